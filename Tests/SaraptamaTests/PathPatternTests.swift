import SaraptamaLoading
import Testing
@testable import Saraptama

@Suite("Path patterns: select and location")
struct PathPatternTests {
    let root = try! YAMLLoader.load(text: """
        data:
          entities:
            - name: Пациент
              attributes:
                - name: ИИН
                - name: Диагноз
            - name: Врач
              attributes:
                - name: ФИО
        """, path: "p.yaml").root

    @Test func wildcardsYieldPathsInDocumentOrder() throws {
        let pattern = try PathPattern.parse("data.entities[*].attributes[*]").get()
        let matches = pattern.matches(in: root)
        #expect(matches.map(\.path.description) == [
            "data.entities[0].attributes[0]", "data.entities[0].attributes[1]", "data.entities[1].attributes[0]",
        ])
        #expect(matches.map { $0.node["name"]?.string } == ["ИИН", "Диагноз", "ФИО"])
        // The parent of an attribute is its entity.
        #expect(matches.map { $0.parent?["name"]?.string } == ["Пациент", "Пациент", "Врач"])
        #expect(matches[2].node.mark.line == 9)
    }

    /// Rules with the same selector share its matches within a document: the shared list must
    /// be what each pattern finds itself, and patterns of other texts must not meet it.
    @Test func selectorMatchesAreSharedByText() throws {
        var selections = SelectorMatches()
        let attributes = try PathPattern.parse("data.entities[*].attributes[*]").get()
        let again = try PathPattern.parse("data.entities[*].attributes[*]").get()
        let entities = try PathPattern.parse("data.entities[*]").get()
        // Same length as `attributes`, other text: must not be taken for it.
        let sameLength = try PathPattern.parse("data.entities[*].attributes[0]").get()
        for pattern in [attributes, entities, again, sameLength, entities] {
            let shared = selections.matches(of: pattern, in: root)
            #expect(shared.map(\.path.description) == pattern.matches(in: root).map(\.path.description), "\(pattern)")
            #expect(shared.map { $0.node.mark } == pattern.matches(in: root).map { $0.node.mark })
        }
    }

    /// `[*]` over a mapping takes its values in order with their keys in the path; after two
    /// wildcards the parent is the element the first one matched, and after one the parent is
    /// none (the document).
    @Test func wildcardsOverMappingsAndNestedSequences() throws {
        let document = try YAMLLoader.load(text: """
            indicators:
              direct: [{name: a}, {name: b}]
              final: [{name: c}]
            years: [{y: 2024}, {y: 2025}]
            """, path: "m.yaml").root
        let nested = try PathPattern.parse("indicators[*][*]").get().matches(in: document)
        #expect(nested.map(\.path.description) == ["indicators.direct[0]", "indicators.direct[1]", "indicators.final[0]"])
        #expect(nested.map { $0.node["name"]?.string } == ["a", "b", "c"])
        #expect(nested.map { $0.parent?.sequence?.count } == [2, 2, 1])
        let years = try PathPattern.parse("years[*]").get().matches(in: document)
        #expect(years.map { $0.node["y"]?.scalar } == [.int(2024), .int(2025)])
        #expect(years.allSatisfy { $0.parent == nil })
        var selections = SelectorMatches()
        let rootMatch = selections.rootMatch(of: document)
        #expect(rootMatch.count == 1 && rootMatch[0].path.description == "$" && rootMatch[0].parent == nil)
        #expect(selections.rootMatch(of: document)[0].node.mark == document.mark)
    }

    @Test func missingKeysMatchNothing() throws {
        #expect(try PathPattern.parse("data.systems[*]").get().matches(in: root).isEmpty)
        #expect(try PathPattern.parse("data.entities[5]").get().matches(in: root).isEmpty)
    }

    @Test func rootAndIndexAndQuotedKeys() throws {
        #expect(try PathPattern.parse("$").get().matches(in: root).map(\.path.description) == ["$"])
        #expect(try PathPattern.parse("data.entities[1]").get().matches(in: root).map(\.path.description) == ["data.entities[1]"])
        #expect(try PathPattern.parse("data[\"entities\"][0].name").get().matches(in: root).first?.node.string == "Пациент")
    }

    @Test(arguments: [
        ("data..x", 5), ("data[", 4), ("data[x]", 5), ("a.", 2), ("a b", 1), ("", 0),
    ])
    func malformedPatternsReportTheirOffset(text: String, offset: Int) {
        guard case .failure(let error) = PathPattern.parse(text) else {
            Issue.record("'\(text)' should not parse")
            return
        }
        #expect(error.offset == offset)
    }

    @Test func documentPathsRenderAndResolve() {
        let path = DocumentPath([.key("data"), .key("entities"), .index(1), .key("name")])
        #expect(path.description == "data.entities[1].name")
        #expect(path.resolve(in: root)?.string == "Врач")
        #expect(DocumentPath([.key("a b")]).description == "[\"a b\"]")
        let missing = DocumentPath([.key("data"), .key("entities"), .index(0), .key("class")])
        #expect(missing.resolve(in: root) == nil)
        #expect(missing.deepestExisting(in: root).mark.line == 3)
    }
}
