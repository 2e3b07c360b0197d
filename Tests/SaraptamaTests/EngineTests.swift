import SaraptamaLoading
import Testing
@testable import Saraptama

/// The engine over a small rule set written for the test, so each behaviour is pinned down
/// independently of the shipped rules.
@Suite("Engine")
struct EngineTests {
    static let files: [String: String] = [
        "ruleset.yaml": """
            ruleset: engine-test
            version: 1.0.0
            editions:
              law_418v: {date: 2016-01-01, until: digital_code, title: {ru: "Закон 418-V", kk: "418-V Заңы", en: "Law 418-V"}}
              digital_code: {date: 2026-07-01, confidence: inferred, title: {ru: "Кодекс", kk: "Кодекс", en: "Code"}}
              act: {title: {ru: "Акт", kk: "Акт", en: "Act"}}
            architecture_indexes:
              functions: {collection: activity.functions, key: [code, name]}
            """,
        "reference/attributes.yaml": """
            catalogue: attributes
            provenance: test
            confidence: verified
            key: [synonyms]
            entries:
              - {id: iin, owner: ГБД ФЛ, synonyms: [ИИН, ЖСН, iin]}
            """,
        "data/master.yaml": """
            rules:
              - id: DAT-901
                title: {ru: "Мастер-данные", kk: "Мастер-деректер", en: "Master data"}
                message:
                  ru: "Атрибут {{ item.name }} принадлежит {{ lookup('attributes', item.name).owner }}"
                  kk: "{{ item.name }} атрибуты {{ lookup('attributes', item.name).owner }} дерекқорына тиесілі"
                  en: "Attribute {{ item.name }} is owned by {{ lookup('attributes', item.name).owner }}"
                severity: error
                kinds: [technical_assignment]
                implements: [D01]
                basis: [{edition: law_418v, clause: "art. 43", confidence: inferred}]
                select: "data.entities[*].attributes[*]"
                when: "lookup('attributes', item.name) != null"
                assert: "item.source == 'integration'"
                location: "source"
                fix: {ru: "Получать по интеграции", kk: "Интеграция арқылы алу", en: "Obtain it by integration"}
                examples:
                  pass: [{doc: {data: {entities: [{attributes: [{name: ИИН, source: integration}]}]}}}]
                  fail: [{doc: {data: {entities: [{attributes: [{name: ЖСН, source: own}]}]}}, findings: ["data.entities[0].attributes[0].source"]}]
              - id: DAT-902
                title: {ru: "Тип", kk: "Түр", en: "Type"}
                message: {ru: "м", kk: "м", en: "m"}
                severity: warning
                kinds: [technical_assignment]
                implements: [D01]
                basis: [{edition: act, clause: "art. 1", confidence: verified}]
                assert: "doc.budget.total > 0"
                fix: {ru: "ф", kk: "ф", en: "f"}
                examples:
                  pass: [{doc: {budget: {total: 5}}}]
                  fail: [{doc: {budget: {total: 0}}, findings: ["$"]}]
            """,
    ]

    static func engine() throws -> (Engine, TemporaryTree) {
        let tree = try TemporaryTree(files)
        let ruleSet = try RuleSetLoader.load(directory: tree.path)
        return (Engine(ruleSet: ruleSet, architectures: ArchitectureLibrary()), tree)
    }

    @Test func findingsCarryEverythingAReportNeeds() throws {
        let (engine, tree) = try Self.engine()
        defer { tree.remove() }
        let doc = try document("""
            kind: technical_assignment
            id: TA-1
            date: 2024-05-01
            budget: {total: 10}
            data:
              entities:
                - name: Пациент
                  attributes:
                    - name: ЖСН
                      source: own
                    - name: Диагноз
                      source: own
            """)
        let result = engine.check(doc, language: .en)
        #expect(result.problems.isEmpty)
        #expect(result.checkedRules == ["DAT-901", "DAT-902"])
        let finding = try #require(result.findings.first)
        #expect(result.findings.count == 1)
        #expect(finding.ruleID == "DAT-901")
        #expect(finding.severity == .error)
        #expect(finding.message == "Attribute ЖСН is owned by ГБД ФЛ")
        #expect(finding.path.description == "data.entities[0].attributes[0].source")
        #expect((finding.mark.line, finding.mark.column) == (10, 19))
        #expect(finding.basis.map(\.clause.en) == ["art. 43"] && finding.basis.first?.confidence == .inferred)
        #expect(finding.fix == "Obtain it by integration")
        #expect(result.verdict == .negative)
        #expect(engine.check(doc, language: .kk).findings.first?.message == "ЖСН атрибуты ГБД ФЛ дерекқорына тиесілі")
    }

    @Test func rulesOutOfForceOnTheDocumentsDateDoNotApply() throws {
        let (engine, tree) = try Self.engine()
        defer { tree.remove() }
        let doc = try document("""
            kind: technical_assignment
            id: TA-2
            date: 2026-08-01
            budget: {total: 10}
            data: {entities: [{attributes: [{name: ИИН, source: own}]}]}
            """)
        let result = engine.check(doc, language: .en)
        #expect(result.checkedRules == ["DAT-902"])
        #expect(result.findings.isEmpty)
        #expect(result.verdict == .positive)
    }

    @Test func anEvaluationErrorIsAProblemNeverASilentPass() throws {
        let (engine, tree) = try Self.engine()
        defer { tree.remove() }
        // No budget at all: `doc.budget.total` is an error of the rule, reported at the rule file.
        let doc = try document("kind: technical_assignment\nid: TA-3\ndate: 2024-01-01\n")
        let result = engine.check(doc, language: .en)
        #expect(result.findings.isEmpty)
        let problem = try #require(result.problems.first)
        #expect(problem.code == "eval-no-such-key")
        #expect(problem.file?.hasSuffix("data/master.yaml") == true)
        #expect(problem.message.contains("DAT-902"))
        #expect(problem.mark?.line == 27)
        #expect(result.verdict == .inconclusive)
    }

    @Test func otherKindsAreNotChecked() throws {
        let (engine, tree) = try Self.engine()
        defer { tree.remove() }
        let doc = try document("kind: investment_proposal\nid: IP-1\ndate: 2024-01-01\n")
        #expect(engine.check(doc, language: .ru).checkedRules.isEmpty)
    }

    @Test(arguments: [
        ("id: X\ndate: 2024-01-01\n", "doc-missing-header"),
        ("kind: memo\nid: X\ndate: 2024-01-01\n", "doc-bad-kind"),
        ("kind: feasibility_study\nid: X\ndate: 2024-02-30\n", "doc-bad-date"),
        ("- a\n- b\n", "doc-not-a-mapping"),
    ])
    func headerProblems(yaml: String, code: String) {
        guard case .failed(let result) = DocumentLoader.load(bytes: Array(yaml.utf8), path: "h.yaml", tables: Repository.tables) else {
            Issue.record("expected a header problem")
            return
        }
        #expect(result.problems.map(\.code).contains(code))
        #expect(result.verdict == .inconclusive)
    }
}

@Suite("Finding fingerprints")
struct FingerprintTests {
    func fingerprint(_ yaml: String, path: DocumentPath) throws -> String {
        let root = try YAMLLoader.load(text: yaml, path: "f.yaml").root
        return Fingerprint.of(ruleID: "DAT-001", documentID: "TA-1", path: path, node: path.resolve(in: root))
    }

    @Test func survivesUnrelatedEditsAndChangesWithTheContent() throws {
        let original = try fingerprint("a:\n  - {name: ИИН, source: own}\n", path: DocumentPath([.key("a"), .index(0)]))
        // Another item inserted before it, and different indentation: same fingerprint.
        let shifted = try fingerprint("x: 1\na:\n    - {name: Диагноз}\n    - name: ИИН\n      source: own\n", path: DocumentPath([.key("a"), .index(1)]))
        #expect(original == shifted)
        let edited = try fingerprint("a:\n  - {name: ИИН, source: integration}\n", path: DocumentPath([.key("a"), .index(0)]))
        #expect(original != edited)
        #expect(original.count == 32)
        // Another rule or another document: another fingerprint.
        let root = try YAMLLoader.load(text: "a:\n  - {name: ИИН, source: own}\n", path: "f.yaml").root
        let path = DocumentPath([.key("a"), .index(0)])
        #expect(Fingerprint.of(ruleID: "DAT-002", documentID: "TA-1", path: path, node: path.resolve(in: root)) != original)
        #expect(Fingerprint.of(ruleID: "DAT-001", documentID: "TA-2", path: path, node: path.resolve(in: root)) != original)
    }
}
