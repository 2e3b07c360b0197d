import Foundation
import SaraptamaLoading
import Testing
@testable import Saraptama

/// `requirements.yaml` and the traceability table: the loader's checks of `implements`, the table
/// computed on a small rule set written for the test, and the shipped rule set's coverage.
@Suite("Traceability")
struct TraceabilityTests {
    static let manifest = """
        ruleset: trace-test
        version: 0.0.1
        editions:
          law_418v: {date: 2016-01-01, title: {ru: "Закон", kk: "Заң", en: "Law"}}
          act: {title: {ru: "Акт", kk: "Акт", en: "Act"}}
        """

    static let requirements = """
        provenance: test
        requirements:
          - id: R01
            title: {ru: "Требование один", kk: "Бірінші талап", en: "Requirement one"}
            kinds: [technical_assignment]
            basis: "12(10)"
            status: active
          - id: R02
            title: {ru: "Требование два", kk: "Екінші талап", en: "Requirement two"}
            kinds: [technical_assignment, investment_proposal]
            basis: "43(2)"
            status: active
          - id: X01
            title: {ru: "Согласованность", kk: "Келісімділік", en: "Consistency"}
            kinds: [technical_assignment]
            basis: "examination consistency"
            status: deferred
            reason: "needs dossiers"
        """

    /// Two rules: TST-001 (R01, TA only, 2 passing + 1 failing example) and TST-002 (TA and IP,
    /// implementing `implementsOfSecond`, R01 by default).
    static func rules(implementsOfSecond: String = "[R01]") -> String {
        """
        rules:
          - id: TST-001
            title: {ru: "Т", kk: "Т", en: "T"}
            message: {ru: "м", kk: "м", en: "m"}
            severity: error
            kinds: [technical_assignment]
            implements: [R01]
            basis: [{edition: act, clause: "art. 1", confidence: verified}]
            assert: "has(doc.sections)"
            fix: {ru: "ф", kk: "ф", en: "f"}
            examples: {pass: [{doc: {sections: []}}, {doc: {sections: [1]}}], fail: [{doc: {}, findings: ["$"]}]}
          - id: TST-002
            title: {ru: "Т", kk: "Т", en: "T"}
            message: {ru: "м", kk: "м", en: "m"}
            severity: warning
            kinds: [technical_assignment, investment_proposal]
            implements: \(implementsOfSecond)
            basis: [{edition: act, clause: "art. 2", confidence: inferred}]
            assert: "true"
            fix: {ru: "ф", kk: "ф", en: "f"}
            examples: {pass: [{doc: {}}], fail: [{doc: {}, findings: ["$"]}]}
        """
    }

    static func load(_ files: [String: String]) throws -> (RuleSet, TemporaryTree) {
        let tree = try TemporaryTree(files)
        do {
            return (try RuleSetLoader.load(directory: tree.path), tree)
        } catch {
            tree.remove()
            throw error
        }
    }

    // MARK: - Loading requirements.yaml

    @Test func requirementsAreLoadedAndExposed() throws {
        let (ruleSet, tree) = try Self.load(["ruleset.yaml": Self.manifest, "requirements.yaml": Self.requirements, "p/r.yaml": Self.rules()])
        defer { tree.remove() }
        let requirements = try #require(ruleSet.requirements)
        #expect(requirements.ids == ["R01", "R02", "X01"])
        #expect(requirements["R02"]?.kinds == [.technicalAssignment, .investmentProposal])
        #expect(requirements["R02"]?.basis == "43(2)")
        #expect(requirements["X01"]?.status == .deferred)
        #expect(requirements["X01"]?.reason == "needs dossiers")
        #expect(requirements["R01"]?.title.kk == "Бірінші талап")
    }

    @Test func aRuleSetWithoutRequirementsStillLoads() throws {
        let (ruleSet, tree) = try Self.load(["ruleset.yaml": Self.manifest, "p/r.yaml": Self.rules(implementsOfSecond: "[D05]")])
        defer { tree.remove() }
        #expect(ruleSet.requirements == nil)
        #expect(ruleSet.rules.map(\.id) == ["TST-001", "TST-002"])
    }

    @Test func anUnlistedRequirementIsReportedAtItsPositionWithASuggestion() throws {
        let files = ["ruleset.yaml": Self.manifest, "requirements.yaml": Self.requirements, "p/r.yaml": Self.rules(implementsOfSecond: "[R01, R03]")]
        let tree = try TemporaryTree(files)
        defer { tree.remove() }
        let error = try #require(throws: DiagnosticError.self) { try RuleSetLoader.load(directory: tree.path) }
        #expect(error.diagnostics.count == 1)
        let diagnostic = try #require(error.diagnostics.first)
        #expect(diagnostic.code == "rule-bad-requirement")
        #expect(diagnostic.file?.hasSuffix("p/r.yaml") == true)
        // Line 17 of the rule file, the second element of `    implements: [R01, R03]` (column 23).
        #expect(diagnostic.mark?.line == 17)
        #expect(diagnostic.mark?.column == 23)
        #expect(diagnostic.message == "requirement 'R03' is not listed in requirements.yaml; did you mean 'R01'?")
    }

    @Test func aDeferredRequirementCannotBeImplemented() throws {
        let tree = try TemporaryTree(["ruleset.yaml": Self.manifest, "requirements.yaml": Self.requirements, "p/r.yaml": Self.rules(implementsOfSecond: "[X01]")])
        defer { tree.remove() }
        let error = try #require(throws: DiagnosticError.self) { try RuleSetLoader.load(directory: tree.path) }
        #expect(error.diagnostics.map(\.code) == ["rule-bad-requirement"])
        #expect(error.diagnostics.first?.message.contains("'X01' is deferred (needs dossiers)") == true)
    }

    @Test func aMalformedRequirementsFileIsReportedInFull() throws {
        let broken = """
            provenance: test
            requirements:
              - id: R01
                title: {ru: "Т", kk: "Т", en: "T"}
                kinds: [technical_assignment]
                basis: "1"
                status: active
              - id: R01
                title: {ru: "Т", kk: "Т", en: "T"}
                kinds: [technical_assignment]
                basis: "1"
                status: active
              - id: X01
                title: {ru: "Т", kk: "Т", en: "T"}
                kinds: [technical_assignment]
                basis: "1"
                status: later
              - id: D09
                title: {ru: "Т", kk: "Т", en: "T"}
                kinds: [technical_assignment]
                basis: "1"
                status: deferred
              - id: R05
                title: {ru: "Т", kk: "Т", en: "T"}
                kinds: [technical_asignment]
                basis: "1"
                status: active
            """
        let tree = try TemporaryTree(["ruleset.yaml": Self.manifest, "requirements.yaml": broken])
        defer { tree.remove() }
        let error = try #require(throws: DiagnosticError.self) { try RuleSetLoader.load(directory: tree.path) }
        let found = error.diagnostics.map { "\($0.code) \($0.mark?.line ?? 0):\($0.mark?.column ?? 0)" }
        #expect(found == [
            "requirement-duplicate-id 8:5", "requirement-bad-status 17:13", "rule-missing-field 18:5", "rule-bad-kind 25:13",
        ])
        #expect(error.diagnostics[0].message.contains("already listed at line 3"))
        #expect(error.diagnostics[3].message.contains("did you mean 'technical_assignment'?"))
    }

    // MARK: - The table

    @Test func theTableCountsExamplesAndCasesPerRule() throws {
        let (ruleSet, tree) = try Self.load(["ruleset.yaml": Self.manifest, "requirements.yaml": Self.requirements, "p/r.yaml": Self.rules()])
        defer { tree.remove() }
        let cases = [
            Traceability.CaseUsage(name: "a", fired: ["TST-001"], checked: ["TST-001", "TST-002"]),
            Traceability.CaseUsage(name: "b", fired: [], checked: ["TST-002"]),
        ]
        let trace = Traceability(rules: ruleSet.rules, requirements: try #require(ruleSet.requirements), cases: cases)
        #expect(trace.rows.map(\.requirement.id) == ["R01", "R02", "X01"])
        #expect(trace.rows[0].rules == [
            Traceability.RuleUse(id: "TST-001", severity: .error, basis: try #require(ruleSet.rule("TST-001")).basis, passingExamples: 2, failingExamples: 1, casesFired: 1, casesChecked: 1),
            Traceability.RuleUse(id: "TST-002", severity: .warning, basis: try #require(ruleSet.rule("TST-002")).basis, passingExamples: 1, failingExamples: 1, casesFired: 0, casesChecked: 2),
        ])
        #expect(trace.rows[0].rules.map(\.confidence) == [.verified, .inferred])
        #expect(trace.rows[1].rules.isEmpty && trace.rows[1].isUnimplemented)
        #expect(trace.rows[2].rules.isEmpty && !trace.rows[2].isUnimplemented)
        #expect(trace.unimplemented.map(\.id) == ["R02"])
        #expect(trace.deferred.map(\.id) == ["X01"])
        #expect(trace.ruleCount == 2 && trace.exampleCount == 5 && trace.caseCount == 2)
        #expect(trace.rulesWithoutRequirement.isEmpty)

        let text = TraceabilityReport.text(trace, language: .en)
        #expect(text.contains("R01  active   TA         Requirement one\n"))
        #expect(text.contains("     TST-001  error    examples 2 pass + 1 fail cases: fires in 1, checked in 1 of 2\n"))
        #expect(text.contains("     TST-002  warning  examples 1 pass + 1 fail cases: fires in 0, checked in 2 of 2  [inferred]\n"))
        #expect(text.contains("R02  active   TA,IP      Requirement two\n     basis: 43(2)\n     NOT IMPLEMENTED — no rule\n"))
        #expect(text.contains("     deferred: needs dossiers\n"))
        #expect(text.hasSuffix("""
            Not implemented (active, no rule): R02
            Deferred: X01
            3 requirements (2 active, 1 deferred); 1 of 2 active implemented; 2 rules, 5 examples, 2 cases

            """))
        #expect(TraceabilityReport.text(trace, language: .kk).contains("Бірінші талап"))

        let json = TraceabilityReport.json(trace).text()
        #expect(json.hasPrefix(#"{"format":"saraptama-trace","format_version":1,"requirements":[{"id":"R01","status":"active","reason":null,"#))
        #expect(json.contains(#""rules":[{"id":"TST-001","severity":"error","confidence":"verified","basis":[{"edition":"act","act":"Act","edition_text":null,"clause":"art. 1","confidence":"verified","note":null,"valid_from":null,"valid_until":null}],"examples":{"pass":2,"fail":1},"cases":{"fired":1,"checked":1}}"#))
        #expect(json.contains(#""unimplemented":["R02"],"deferred":["X01"],"rules_without_requirement":[]"#))
        #expect(json.hasSuffix(#""summary":{"requirements":3,"rules":2,"examples":5,"cases":2}}"#))
    }

    @Test func caseUsageComesFromCheckingTheCaseDocuments() throws {
        let (ruleSet, tree) = try Self.load(["ruleset.yaml": Self.manifest, "requirements.yaml": Self.requirements, "p/r.yaml": Self.rules()])
        defer { tree.remove() }
        let cases = try TemporaryTree([
            "bad/document.yaml": "kind: technical_assignment\nid: B\ndate: \"2024-01-01\"\n",
            "bad/expected.yaml": "findings: []\n",
            "good/document.yaml": "kind: investment_proposal\nid: G\ndate: \"2024-01-01\"\nsections: []\n",
            "good/expected.yaml": "findings: []\n",
        ])
        defer { cases.remove() }
        let engine = Engine(ruleSet: ruleSet, architectures: ArchitectureLibrary())
        let usage = Traceability.caseUsage(engine: engine, caseDirectories: CaseRunner.caseDirectories(under: cases.path))
        #expect(usage == [
            // TST-001 (TA only) fails the TA without sections; TST-002 (assert true) never fires;
            // the IP is checked by TST-002 only.
            Traceability.CaseUsage(name: "bad", fired: ["TST-001"], checked: ["TST-001", "TST-002"]),
            Traceability.CaseUsage(name: "good", fired: [], checked: ["TST-002"]),
        ])
    }

    // MARK: - The shipped rule set

    static let shipped: Traceability = {
        let engine = Repository.engine
        let usage = Traceability.caseUsage(engine: engine, caseDirectories: CaseRunner.caseDirectories(under: Repository.cases))
        return Traceability(rules: engine.ruleSet.rules, requirements: engine.ruleSet.requirements!, cases: usage, editions: engine.ruleSet.editions)
    }()

    @Test("the table in Russian and Kazakh names acts and dates as people write them", arguments: [Language.ru, .kk])
    func localizedTable(language: Language) {
        let text = TraceabilityReport.text(Self.shipped, language: language)
        let editionKeys = Repository.engine.ruleSet.editions.map(\.name)
        for key in editionKeys { #expect(!text.contains(key), "\(language): edition key \(key)") }
        #expect(text.firstMatch(of: /\b\d{4}-\d{2}-\d{2}\b/) == nil, "\(language): an ISO date")
        #expect(text.contains(language == .ru ? "01.01.2016 – " : "01.01.2016 – "))
        // Every requirement's basis line names its act (or is text of its own) in the language.
        let basisWord = language == .ru ? "основание" : "негіздеме"
        let lines = text.split(separator: "\n").filter { $0.hasPrefix("     \(basisWord): ") }
        #expect(lines.count == Self.shipped.rows.count)
        for line in lines {
            // Latin letters only in the Roman numerals of act numbers (418-V, 95-IV).
            #expect(line.firstMatch(of: /\b(?![IVXLCDM]+\b)[A-Za-z]{2,}/) == nil, "\(language): \(line)")
        }
        // The source of a repealed requirement is given in the language too.
        #expect(text.contains(language == .ru ? "Статья 24 Закона № 418-V" : "№ 418-V Заңның 24-бабы"))
        let budget = RequirementBasisText(editions: Repository.engine.ruleSet.editions)
        #expect(budget.text("BC 154(2)", language: .ru) == "Бюджетный кодекс РК от 04.12.2008 № 95-IV, ст. 154(2)")
        #expect(budget.text("12(10), 22", language: .kk) == "«Ақпараттандыру туралы» 2015 жылғы 24 қарашадағы № 418-V ҚР Заңы, 12(10), 22-баптар")
        #expect(budget.text("examination consistency", language: .ru) == nil)
    }

    @Test func theShippedRuleSetImplementsEveryActiveRequirement() throws {
        let requirements = try #require(Repository.engine.ruleSet.requirements, "the shipped rule set must have requirements.yaml")
        let trace = Self.shipped
        #expect(trace.unimplemented.map(\.id) == [], "active requirements without a rule")
        #expect(trace.deferred.map(\.id) == [], "X01 is implemented by the dossier rules")
        #expect(trace.rulesWithoutRequirement == [])
        #expect(requirements.requirements.count == 39)
        for row in trace.rows where row.requirement.status == .active {
            #expect(row.rules.contains { $0.failingExamples > 0 && $0.passingExamples > 0 }, "\(row.requirement.id) has no rule with examples")
        }
        #expect(trace.caseCount >= 15)
    }

    @Test func theArchitectureJoinsHitRealFaultsInSeveralCases() {
        // D01 master data, D02 duplicate systems, D03 untraced functions, D04 decommissioned systems,
        // R08 gateway bypass, R11 hosting, R40 missing GOST sections: each fires in at least two cases.
        let rows = Dictionary(uniqueKeysWithValues: Self.shipped.rows.map { ($0.requirement.id, $0) })
        for id in ["D01", "D02", "D03", "D04", "R08", "R11", "R40"] {
            let cases = rows[id]?.rules.map(\.casesFired).max() ?? 0
            #expect(cases >= 2, "\(id): its rules fire in at most \(cases) case(s)")
        }
    }

    @Test func theCommandPrintsTheTableAndExitsZero() throws {
        let text = try CommandLineTests.run(["rules", "trace", "--lang", "en"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("Not implemented (active, no rule): none\n"))
        #expect(text.stdout.contains("Deferred: none\n"))
        #expect(text.stdout.contains("\nX01  active   TA,IP,FEJ  "))
        #expect(text.stdout.contains("\nD02  active   TA,IP,FEJ  "))
        let json = try CommandLineTests.run(["rules", "trace", "--format", "json"])
        #expect(json.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "saraptama-trace")
        #expect((object["unimplemented"] as? [String]) == [])
        let bad = try CommandLineTests.run(["rules", "trace", "--format", "xml"])
        #expect(bad.status == 2)
    }

    @Test func rulesListPrintsTheBasisOfEveryRule() throws {
        let list = try CommandLineTests.run(["rules", "list", "--lang", "en"])
        #expect(list.status == 0)
        let lines = list.stdout.split(separator: "\n")
        let basisLines = lines.filter { $0.hasPrefix("          basis: ") }
        #expect(basisLines.count == Repository.engine.ruleSet.rules.reduce(0) { $0 + $1.basis.count })
        #expect(list.stdout.contains("STR-001   error    TA         R40       The TA has all nine sections of GOST 34.602\n          basis: GOST 34.602-89 / GOST 34.602-2020 Technical assignment for creating an automated system, composition of the technical assignment, sections 1–9\n"))
        #expect(list.stdout.contains("          basis: Digital Code of the RK No. 255-VIII of 09.01.2026, art. 83 p. 3\n"))
    }
}
