import Foundation
import SaraptamaLoading
import Testing
@testable import Saraptama

/// The Markdown cases of `Cases/` are twins of YAML cases: the same TA written as prose
/// (front matter, headings, text, tables). Each must give the same findings — rule id and path —
/// as its twin, and its expected.yaml must say the same as the twin's.
@Suite("Prose twin cases")
struct ProseTwinCaseTests {
    struct Twin: CustomTestStringConvertible, Sendable {
        let markdown: String
        let yaml: String
        var testDescription: String { "\(markdown) ↔ \(yaml)" }
    }

    static let twins: [Twin] = [
        Twin(markdown: "ta-mz-lab-register-md", yaml: "ta-mz-lab-register"),
        Twin(markdown: "ta-mz-telemedicine-md", yaml: "ta-mz-telemedicine"),
        Twin(markdown: "ta-akimat-green-kk-md", yaml: "ta-akimat-green-kk"),
    ]

    static func load(_ file: String) throws -> Document {
        switch DocumentLoader.load(path: Repository.cases + "/" + file, tables: Repository.tables) {
        case .loaded(let document): return document
        case .failed(let result):
            Issue.record("\(file) did not load: \(result.problems.map(\.description).joined(separator: "; "))")
            throw CancellationError()
        }
    }

    /// `rule path` of every finding, sorted.
    static func findings(_ file: String) throws -> [String] {
        let result = Repository.engine.check(try load(file), language: .en)
        #expect(result.problems.isEmpty, "\(file): \(result.problems.map(\.description))")
        return result.findings.map { "\($0.ruleID) \($0.path)" }.sorted()
    }

    @Test(arguments: twins)
    func sameFindingsAsTheYAMLTwin(_ twin: Twin) throws {
        let prose = try Self.findings(twin.markdown + "/document.md")
        let yaml = try Self.findings(twin.yaml + "/document.yaml")
        #expect(prose == yaml, "only in Markdown: \(prose.filter { !yaml.contains($0) }); only in YAML: \(yaml.filter { !prose.contains($0) })")
    }

    @Test(arguments: twins)
    func sameExpectations(_ twin: Twin) throws {
        let prose = try CaseRunner.expectedFindings(Repository.cases + "/" + twin.markdown + "/expected.yaml").sorted()
        let yaml = try CaseRunner.expectedFindings(Repository.cases + "/" + twin.yaml + "/expected.yaml").sorted()
        #expect(prose == yaml)
    }

    /// The same structured parts reach the rules: functions, integrations, data, budget, schedule,
    /// standard solutions and software come from the tables, in the twin's order and with the
    /// twin's values (key order aside; an integration's `data` list has no table column).
    @Test(arguments: twins)
    func tablesGiveTheTwinsStructuredParts(_ twin: Twin) throws {
        let prose = try Self.load(twin.markdown + "/document.md").root
        let yaml = try Self.load(twin.yaml + "/document.yaml").root
        for path in ["functions", "integrations", "data", "budget", "schedule", "standard_solutions", "software"] {
            #expect(Self.canonical(prose, path) == Self.canonical(yaml, path), "\(twin.markdown): \(path) differs")
        }
    }

    /// What the twins are for: headings recognized by title, and a requirement stated only in prose.
    @Test func theMarkdownCasesExerciseTitlesAndText() throws {
        let lab = try Self.load("ta-mz-lab-register-md/document.md").root
        let unnumbered = lab["sections"]?.sequence?.filter { $0["number"] == nil }.compactMap { $0["title"]?.string } ?? []
        #expect(unnumbered.count == 4, "\(unnumbered)")
        let kk = try Self.load("ta-akimat-green-kk-md/document.md").root
        #expect(kk["sections"]?.sequence?.filter { $0["number"] == nil }.count == 2)
        let telemedicine = try Self.load("ta-mz-telemedicine-md/document.md").root
        #expect(telemedicine["security"]?["backups"] == nil, "the backups must be stated in the prose only")
        #expect(telemedicine["sections"]?.sequence?.contains { $0["number"] == nil && $0["title"]?.string == "Требования к системе" } == true)
        let result = Repository.engine.check(try Self.load("ta-mz-telemedicine-md/document.md"), language: .en)
        #expect(result.checkedRules.contains("SEC-001") && !result.findings.contains { $0.ruleID == "SEC-001" })
    }

    /// The node at a dotted path as text with sorted keys, without the integrations' `data` lists.
    static func canonical(_ root: Node, _ path: String) -> String {
        var node: Node? = root
        for key in path.split(separator: ".") { node = node?[String(key)] }
        guard let node else { return "absent" }
        return canonical(node, dropping: path == "integrations" ? ["data"] : [])
    }

    static func canonical(_ node: Node, dropping: Set<String>) -> String {
        if let items = node.sequence { return "[" + items.map { canonical($0, dropping: dropping) }.joined(separator: ", ") + "]" }
        if let mapping = node.mapping {
            return "{" + mapping.keys.filter { !dropping.contains($0) }.sorted().map { key in
                "\(key): " + canonical(mapping[key]!, dropping: dropping)
            }.joined(separator: ", ") + "}"
        }
        return node.scalar.map { "\($0)" } ?? "?"
    }
}
