import Foundation
import SaraptamaLoading
import Testing
@testable import Saraptama

/// A positive conclusion only for what was examined: the cases dated under the Digital Code, the
/// exit codes, and `lint`, which says "ready" only when everything was read, examined and passed.
@Suite("Honest verdicts")
struct HonestVerdictTests {
    static func result(_ caseName: String) throws -> DocumentResult {
        let path = Repository.cases + "/" + caseName + "/document.yaml"
        let bytes = try #require(FileManager.default.contents(atPath: path))
        guard case .loaded(let document) = DocumentLoader.load(bytes: Array(bytes), path: path, tables: Repository.tables) else {
            Issue.record("\(caseName) does not load")
            throw CancellationError()
        }
        return Repository.engine.check(document, language: .en)
    }

    @Test func aCleanTAUnderTheCodeIsPositiveWithEveryQuestionExamined() throws {
        let result = try Self.result("ta-mz-lab-register-2026")
        #expect(result.verdict == .positive)
        #expect(result.findings.isEmpty)
        let applying = result.questions.filter { $0.status != .notApplicable }
        #expect(applying.count == 6)
        #expect(applying.allSatisfy { $0.status == .examined && !$0.rulesExamined.isEmpty })
        let akimat = try #require(result.questions.first { $0.question == .eAkimatArchitecture })
        #expect(akimat.status == .notApplicable && akimat.reason != nil)
    }

    @Test func anIPWithoutItsBodysArchitectureIsInconclusiveAndSaysWhy() throws {
        let result = try Self.result("ip-mid-consular-2026")
        #expect(result.count(.error) == 0)
        #expect(result.verdict == .inconclusive)
        #expect(result.unexaminedQuestions.map(\.question) == [.approvedArchitecture])
        #expect(result.unexaminedQuestions[0].reason?.ru.contains("архитектура") == true)
        let run = try CommandLineTests.run(["check", "Cases/ip-mid-consular-2026/document.yaml", "--lang", "ru"])
        #expect(run.status == 3)
        #expect(run.stdout.contains("не рассмотрены вопросы экспертизы"))
    }

    @Test func anFEJOfTheFourthQuarterOf2026IsCheckedUnderTheNewBudgetCode() throws {
        let result = try Self.result("fej-mtszn-family-profile-2026")
        let q4 = try #require(result.findings.first { $0.ruleID == "BUD-011" })
        #expect(q4.basis.map(\.editionKey) == ["budget_code_2025"])
        #expect(q4.basis[0].clause.ru == "ст. 150 п. 1, 2")
        #expect(result.verdict == .negative)
    }

    /// A rule set whose one TA question is answered by one rule that selects attributes.
    static let questionTree: [String: String] = {
        var files = EngineTests.files
        // DAT-902 (the budget) moves to a pack of its own, so the data question rests on DAT-901 alone.
        let master = files["data/master.yaml"]!
        let split = master.range(of: "  - id: DAT-902")!
        files["data/master.yaml"] = String(master[..<split.lowerBound])
        files["other/budget.yaml"] = "rules:\n" + master[split.lowerBound...]
        let others = ExaminationQuestion.allCases.filter { $0 != .egovArchitecture }.map { id in
            "  - {id: \(id.rawValue), title: {ru: \"В\", kk: \"М\", en: \"Q\"}, kinds: [investment_proposal]}"
        }.joined(separator: "\n")
        files["questions.yaml"] = """
            questions:
              - id: egov_architecture
                title: {ru: "Архитектура", kk: "Архитектура", en: "Architecture"}
                kinds: [technical_assignment]
                packs: [data]
              - id: e_akimat_architecture
                title: {ru: "А", kk: "Ә", en: "A"}
                kinds: [technical_assignment]
                tags: [never-used]
                requires:
                  - when: "arch != null"
                    reason: {ru: "нет архитектуры", kk: "архитектура жоқ", en: "no architecture"}
            \(others.split(separator: "\n").filter { !$0.contains("e_akimat") }.joined(separator: "\n"))
            """
        return files
    }()

    @Test func aQuestionIsExaminedOnlyWhenARuleFoundSomethingAndItsConditionsHold() throws {
        let tree = try TemporaryTree(Self.questionTree)
        defer { tree.remove() }
        let engine = Engine(ruleSet: try RuleSetLoader.load(directory: tree.path), architectures: ArchitectureLibrary())
        let withData = try document("""
            kind: technical_assignment
            id: TA-Q
            date: 2024-05-01
            budget: {total: 1}
            data: {entities: [{name: P, attributes: [{name: Диагноз, source: own}]}]}
            """)
        let withoutData = try document("kind: technical_assignment\nid: TA-Q\ndate: 2024-05-01\nbudget: {total: 1}\n")
        let examined = engine.check(withData, language: .en)
        let egov = { (result: DocumentResult) in result.questions.first { $0.question == .egovArchitecture } }
        // DAT-901 selects every attribute; its guard holds for catalogue attributes only.
        #expect(egov(examined)?.status == .notExamined, "Диагноз is no catalogue attribute: nothing to examine")
        let withIIN = try document("""
            kind: technical_assignment
            id: TA-Q
            date: 2024-05-01
            budget: {total: 1}
            data: {entities: [{name: P, attributes: [{name: ИИН, source: integration}]}]}
            """)
        #expect(egov(engine.check(withIIN, language: .en))?.status == .examined)
        let bare = engine.check(withoutData, language: .en)
        let nothing = try #require(egov(bare))
        #expect(nothing.status == .notExamined && nothing.rulesInForce == ["DAT-901"] && nothing.rulesExamined.isEmpty)
        #expect(nothing.reason?.en.contains("found nothing in the document to examine") == true)
        // The question with an unmet condition is not examined, whatever its rules did.
        let akimat = try #require(bare.questions.first { $0.question == .eAkimatArchitecture })
        #expect(akimat.status == .notExamined && akimat.reason?.en == "no architecture")
        #expect(bare.verdict == .inconclusive)
        // A question not asked of the kind is not applicable, and does not hold the verdict back.
        #expect(bare.questions.first { $0.question == .budget }?.status == .notApplicable)
    }

    @Test func lintNeverSaysReadyAfterALoadFailure() throws {
        let scratch = NSTemporaryDirectory() + "saraptama-lint-" + UUID().uuidString + ".yaml"
        try "kind: technical_assignment\nid: [unclosed\n".write(toFile: scratch, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        for language in ["en", "ru", "kk"] {
            let run = try CommandLineTests.run(["lint", scratch, "--lang", language])
            #expect(run.status == 2)
            #expect(!run.stdout.contains("✓"), "lint said ready after a load failure: \(run.stdout)")
            #expect(run.stdout.contains("✗"))
        }
    }

    @Test func lintSaysReadyOnlyForAFullyExaminedCleanDocument() throws {
        let clean = try CommandLineTests.run(["lint", "Cases/ta-mz-lab-register-2026/document.yaml", "--lang", "en"])
        #expect(clean.status == 0)
        #expect(clean.stdout.contains("✓ Ready to submit"))
        let unexamined = try CommandLineTests.run(["lint", "Cases/ip-mid-consular-2026/document.yaml", "--lang", "en", "--fail-on", "error"])
        #expect(unexamined.status == 3)
        #expect(unexamined.stdout.contains("✗ Not ready to submit"))
    }
}
