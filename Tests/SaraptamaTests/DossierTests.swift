import Foundation
import SaraptamaLoading
import Testing
@testable import Saraptama

/// Dossiers: loading (folder, manifest, broken manifests), the cross-document rules with their
/// second place, dossier rule compilation, and `check --dossier` end to end.
@Suite("Dossiers")
struct DossierTests {
    static let ip = """
        kind: investment_proposal
        id: ИП-1
        state_body: {id: mz}
        object: {name: "ИС «Регистр»", system_id: null}
        date: "2024-04-15"
        functions:
          - {code: MZ.04.01}
        budget: {total: 1000000000, years: [{year: 2025, amount: 1000000000}]}
        """

    static func ta(total: Int, body: String = "mz", date: String = "2025-02-03") -> String {
        """
        kind: technical_assignment
        id: ТЗ-1
        state_body: {id: \(body)}
        object: {name: "ИС «Регистр»", system_id: null}
        date: "\(date)"
        functions:
          - {code: MZ.04.01}
          - {code: MZ.04.09}
        budget:
          total: \(total)
          years: [{year: 2025, amount: \(total)}]
        """
    }

    static func crossFindings(_ result: DossierResult) -> [String] {
        result.documents.flatMap { document in
            document.findings.filter { $0.ruleID.hasPrefix("XDOC") }.map { "\($0.ruleID) \(document.header?.kind.abbreviation ?? "?") \($0.path)" }
        }.sorted()
    }

    @Test func folderWithoutManifestIsOneDossierWithTheDefaultRoute() throws {
        let tree = try TemporaryTree(["ip.yaml": Self.ip, "ta.yaml": Self.ta(total: 1_200_000_000, body: "mtszn")])
        defer { tree.remove() }
        let dossier = DossierLoader.load(path: tree.path, tables: Repository.tables)
        #expect(dossier.manifest == nil)
        #expect(dossier.members.map(\.document.header.kind) == [.investmentProposal, .technicalAssignment])
        #expect(dossier.route == Dossier.defaultRoute)
        let result = DossierChecker(engine: Repository.engine).check(dossier, language: .en)
        #expect(Self.crossFindings(result) == [
            "XDOC-001 TA state_body.id", "XDOC-003 TA functions[1].code", "XDOC-004 TA budget.total", "XDOC-005 TA budget.years[0].amount",
        ])
        // Each cross-document finding points at the other document too.
        let total = try #require(result.documents.flatMap(\.findings).first { $0.ruleID == "XDOC-004" })
        let related = try #require(total.related.first)
        #expect(related.file.hasSuffix("ip.yaml"))
        #expect(related.path.description == "budget.total")
        #expect(related.mark.line == 8)
        #expect(related.excerpt.contains("1000000000"))
        #expect(total.message.contains("1200000000") && total.message.contains("1000000000"))
    }

    @Test func manifestRouteAndMissingDocument() throws {
        let tree = try TemporaryTree([
            "project/dossier.yaml": """
                dossier:
                  id: P-1
                  route: [investment_proposal, feasibility_study, technical_assignment]
                documents:
                  - ../shared/ta.yaml
                """,
            "shared/ta.yaml": Self.ta(total: 1_000_000_000),
        ])
        defer { tree.remove() }
        let dossier = DossierLoader.load(path: tree.path + "/project", tables: Repository.tables)
        #expect(dossier.id == "P-1")
        #expect(dossier.members.first?.document.file == DossierLoader.normalized(tree.path + "/shared/ta.yaml"))
        let result = DossierChecker(engine: Repository.engine).check(dossier, language: .ru)
        #expect(Self.crossFindings(result) == ["XDOC-008 TA kind"])
        let missing = try #require(result.documents.first?.findings.first { $0.ruleID == "XDOC-008" })
        #expect(missing.message.contains("инвестиционного предложения") && missing.message.contains("ФЭО"))
    }

    @Test func brokenManifestsReportEveryProblemWithItsPosition() throws {
        let tree = try TemporaryTree([
            "dossier.yaml": """
                dossier:
                  route: [investment_proposal, technical_asignment]
                  owner: somebody
                documents:
                  - ta.yaml
                  - nowhere.yaml
                  - {path: x}
                  - ta-copy.yaml
                extra: 1
                """,
            "ta.yaml": Self.ta(total: 1),
            "ta-copy.yaml": Self.ta(total: 2),
        ])
        defer { tree.remove() }
        let dossier = DossierLoader.load(path: tree.path, tables: Repository.tables)
        let found = dossier.problems.map { "\($0.code) \($0.mark?.line ?? 0):\($0.mark?.column ?? 0)" }
        #expect(found.contains("dossier-bad-kind 2:32"), "\(found)")
        #expect(found.contains("dossier-unknown-field 3:3"), "\(found)")
        #expect(found.contains("dossier-missing-file 6:5"), "\(found)")
        #expect(found.contains("dossier-bad-manifest 7:5"), "\(found)")
        #expect(found.contains("dossier-unknown-field 9:1"), "\(found)")
        #expect(found.contains { $0.hasPrefix("dossier-duplicate-kind") }, "\(found)")
        #expect(dossier.problems.first { $0.code == "dossier-bad-kind" }?.message.contains("did you mean 'technical_assignment'") == true)
        // The second TA is still checked on its own; nothing is lost.
        #expect(dossier.standalone.count == 1)
        let result = DossierChecker(engine: Repository.engine).check(dossier, language: .en)
        #expect(result.documents.count == 3)
        #expect(result.documents[0].header == nil && result.documents[0].file.hasSuffix("dossier.yaml"))
        #expect(result.documents.contains { $0.problems.contains { $0.code == "dossier-duplicate-kind" } })
    }

    @Test func unreadableOrMalformedManifestIsAProblemNotACrash() throws {
        let tree = try TemporaryTree(["dossier.yaml": "documents: [a, b\n", "list.yaml": "- a\n"])
        defer { tree.remove() }
        let malformed = DossierLoader.load(path: tree.path, tables: Repository.tables)
        #expect(malformed.problems.contains { $0.code.hasPrefix("yaml-") })
        #expect(malformed.members.isEmpty)
        let wrongShape = DossierLoader.load(path: tree.path + "/list.yaml", tables: Repository.tables)
        #expect(wrongShape.problems.map(\.code) == ["dossier-bad-manifest"])
        let absent = DossierLoader.load(path: tree.path + "/absent.yaml", tables: Repository.tables)
        #expect(absent.problems.map(\.code) == ["io-unreadable"])
    }

    @Test func dossierVariablesAreOnlyForDossierRules() throws {
        let rule = { (extra: String, assertion: String) in
            """
            rules:
              - id: TST-001
                title: {ru: "Т", kk: "Т", en: "T"}
                message: {ru: "м", kk: "м", en: "m"}
                severity: error
                kinds: [technical_assignment]
                implements: [X01]
                basis: [{edition: act, clause: "art. 1", confidence: inferred}]
            \(extra)
                assert: "\(assertion)"
                fix: {ru: "ф", kk: "ф", en: "f"}
                examples: {pass: [{doc: {}}], fail: [{doc: {}, findings: ["$"]}]}
            """
        }
        let tree = try TemporaryTree([
            "ruleset.yaml": RuleCompilerTests.manifest,
            "a/document.yaml": rule("    related: budget.total", "other.budget.total == 1"),
            "b/scope.yaml": rule("    scope: dosier", "true").replacingOccurrences(of: "TST-001", with: "TST-002"),
        ])
        defer { tree.remove() }
        let error = try #require(throws: DiagnosticError.self) { try RuleSetLoader.load(directory: tree.path) }
        let found = error.diagnostics.map { "\($0.code) \($0.mark?.line ?? 0):\($0.mark?.column ?? 0)" }
        #expect(found.contains("rule-dossier-field 9:14"), "\(found)")
        #expect(found.contains("expr-unknown-identifier 10:14"), "\(found)")
        #expect(found.contains("rule-bad-scope 9:12"), "\(found)")
        #expect(error.diagnostics.first { $0.code == "rule-bad-scope" }?.message.contains("did you mean 'dossier'") == true)
    }

    @Test func dossierRulesNeverRunOnASingleDocument() throws {
        let document = try document(Self.ta(total: 5), path: "ta.yaml")
        let result = Repository.engine.check(document, language: .en)
        #expect(!result.checkedRules.contains { $0.hasPrefix("XDOC") })
        #expect(Repository.engine.ruleSet.rules.filter { $0.scope.isDossier }.count >= 8)
    }

    @Test func commandLineChecksADossierAndEmitsRelatedLocations() throws {
        let text = try CommandLineTests.run(["check", "--dossier", "Cases/dossier-mz-telemedicine", "--lang", "en"])
        #expect(text.status == 1, "\(text.stderr)")
        #expect(text.stdout.contains("XDOC-004"))
        #expect(text.stdout.contains("compared with: Cases/dossier-mz-telemedicine/ip.yaml:"))
        let json = try CommandLineTests.run(["check", "--dossier", "Cases/dossier-mz-telemedicine/dossier.yaml", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let documents = try #require(object["documents"] as? [[String: Any]])
        let findings = documents.flatMap { ($0["findings"] as? [[String: Any]]) ?? [] }
        let cross = try #require(findings.first { $0["rule"] as? String == "XDOC-003" })
        let related = try #require((cross["related"] as? [[String: Any]])?.first)
        #expect(related["path"] as? String == "functions")
        #expect((related["file"] as? String)?.hasSuffix("ip.yaml") == true)
        let clean = try CommandLineTests.run(["check", "--dossier", "Cases/dossier-mz-lab-register", "--fail-on", "never"])
        #expect(clean.status == 0, "\(clean.stderr)")
        #expect(!clean.stdout.contains("XDOC"))
    }
}
