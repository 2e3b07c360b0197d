import SaraptamaLoading
import Testing
@testable import Saraptama

@Suite("Prose: Markdown and YAML twins")
struct ProseTwinTests {
    @Test("a Markdown TA and its YAML twin draw the same findings (rule id and path) from the shipped rules")
    func sameFindings() throws {
        guard case .loaded(let markdown) = DocumentLoader.load(bytes: Array(proseTwinMarkdown.utf8), path: "twin.md", tables: Repository.tables) else {
            Issue.record("the Markdown twin does not load")
            return
        }
        guard case .loaded(let yaml) = DocumentLoader.load(bytes: Array(proseTwinYAML.utf8), path: "twin.yaml", tables: Repository.tables) else {
            Issue.record("the YAML twin does not load")
            return
        }
        let fromMarkdown = Repository.engine.check(markdown, language: .en)
        let fromYAML = Repository.engine.check(yaml, language: .en)
        #expect(fromMarkdown.problems.isEmpty, "\(fromMarkdown.problems)")
        #expect(fromYAML.problems.isEmpty, "\(fromYAML.problems)")
        let keys = findingKeys(fromMarkdown)
        #expect(keys == findingKeys(fromYAML))
        // The twin is built to draw findings; an empty list would compare nothing.
        #expect(keys.contains("ARC-001 functions[1]"))
        #expect(keys.contains { $0.hasPrefix("STR-001") })
        #expect(keys.contains { $0.hasPrefix("BUD-001") })
    }

    @Test("findings of a Markdown document carry a locator; YAML findings do not")
    func locators() throws {
        guard case .loaded(let markdown) = DocumentLoader.load(bytes: Array(proseTwinMarkdown.utf8), path: "twin.md", tables: Repository.tables),
            case .loaded(let yaml) = DocumentLoader.load(bytes: Array(proseTwinYAML.utf8), path: "twin.yaml", tables: Repository.tables)
        else {
            Issue.record("a twin does not load")
            return
        }
        let result = Repository.engine.check(markdown, language: .en)
        let arc = try #require(result.findings.first { $0.ruleID == "ARC-001" })
        #expect(arc.locator == "§4.2, table 1, row 2")
        #expect(arc.mark.line == 33)
        #expect(Repository.engine.check(yaml, language: .en).findings.allSatisfy { $0.locator == nil })
        // The locator reaches the text and JSON reports.
        let report = CheckReport(ruleSet: Repository.engine.ruleSet, language: .en, documents: [result])
        #expect(TextReport.render(report).contains("functions[1]  (§4.2, table 1, row 2)"))
        #expect(JSONReport.findingMembers(arc).contains { $0.0 == "locator" })
    }
}
