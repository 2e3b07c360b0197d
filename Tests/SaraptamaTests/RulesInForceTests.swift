import Foundation
import SaraptamaLoading
import Testing
@testable import Saraptama

/// A document submitted today is examined as fully as one submitted before the Digital Code and the
/// Budget Code 171-VIII: every requirement has a rule in force today (or ended, with its source),
/// and every case re-dated to today has the same questions examined as on its own date.
@Suite("Rules in force today")
struct RulesInForceTests {
    static let today = CalendarDay.parse("2026-12-01")!
    static let engine = Repository.engine

    /// Every YAML and Markdown document of the cases (dossiers' documents included), with its bytes.
    static let documents: [String] = {
        var files: [String] = []
        for directory in CaseRunner.caseDirectories(under: Repository.cases) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            for name in names.sorted() where ["yaml", "md"].contains((name as NSString).pathExtension) {
                guard !["expected.yaml", "dossier.yaml", "waivers.yaml"].contains(name) else { continue }
                files.append(directory + "/" + name)
            }
        }
        return files
    }()

    @Test func everyRequirementHasARuleInForceTodayOrEndedWithItsSource() throws {
        let requirements = try #require(Self.engine.ruleSet.requirements)
        for requirement in requirements.requirements where requirement.status == .active {
            if let ends = requirement.ends, ends.day <= Self.today {
                #expect(!ends.source.isEmpty, "\(requirement.id) ends without a source")
                continue
            }
            let rules = Self.engine.ruleSet.rules.filter { $0.implements.contains(requirement.id) }
            let inForce = rules.filter { rule in requirement.kinds.contains { rule.inForce(for: $0, on: Self.today) } }
            #expect(!inForce.isEmpty, "\(requirement.id) has no rule in force on 2026-12-01 (rules: \(rules.map(\.id)))")
        }
    }

    @Test func aRuleInForceTodayCitesAnActInForceToday() {
        for rule in Self.engine.ruleSet.rules where rule.validUntil == nil {
            let current = rule.basis.inForce(on: Self.today)
            #expect(!current.isEmpty, "\(rule.id) has no basis entry in force on 2026-12-01")
            #expect(current.allSatisfy { ["digital_code", "budget_code_2025", "gost_34_602"].contains($0.editionKey) },
                "\(rule.id) cites \(current.map(\.editionKey)) on 2026-12-01")
        }
    }

    @Test func theCasesAreFound() {
        #expect(Self.documents.count >= 20)
    }

    @Test(arguments: documents)
    func aCaseRedatedToTodayIsExaminedAsOnItsOwnDate(_ file: String) throws {
        let bytes = try #require(FileManager.default.contents(atPath: file))
        guard case .loaded(let original) = DocumentLoader.load(bytes: Array(bytes), path: file, tables: Repository.tables) else {
            Issue.record("\(file) does not load")
            return
        }
        let text = try #require(String(data: bytes, encoding: .utf8))
        let redatedText = Self.redate(text)
        #expect(redatedText != text, "no date line to change in \(file)")
        guard case .loaded(let redated) = DocumentLoader.load(bytes: Array(redatedText.utf8), path: file, tables: Repository.tables) else {
            Issue.record("\(file) re-dated does not load")
            return
        }
        #expect(redated.header.date == Self.today)
        let before = Self.engine.check(original, language: .en)
        let after = Self.engine.check(redated, language: .en)
        #expect(after.problems.isEmpty, "\(file): \(after.problems.map(\.description))")
        let ended = Set(Self.engine.ruleSet.questions.filter { ($0.validUntil ?? .max) <= Self.today }.map(\.id))
        let examinedBefore = Set(before.questions.filter { $0.status == .examined }.map(\.question)).subtracting(ended)
        let examinedAfter = Set(after.questions.filter { $0.status == .examined }.map(\.question))
        #expect(examinedBefore.isSubset(of: examinedAfter), "\(file): examined on its date \(examinedBefore), on 2026-12-01 \(examinedAfter)")
        for outcome in after.questions where outcome.status == .notExamined {
            #expect(!outcome.rulesInForce.isEmpty, "\(file): \(outcome.question) has no rule in force on 2026-12-01")
        }
    }

    /// The document's own `date:` (the first top-level one) set to 2026-12-01.
    static func redate(_ text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        if let index = lines.firstIndex(where: { $0.hasPrefix("date:") }) { lines[index] = "date: \"2026-12-01\"" }
        return lines.joined(separator: "\n")
    }
}

/// The normative basis is documented inside the project: every requirement and every edition the
/// rules cite appears in `Rules/normative-basis.md`, and nothing there names a file outside it.
@Suite("Normative basis document")
struct NormativeBasisDocumentTests {
    static let text = (try? String(contentsOfFile: Repository.rules + "/normative-basis.md", encoding: .utf8)) ?? ""

    @Test func everyRequirementAndEditionIsDocumented() throws {
        let requirements = try #require(Repository.engine.ruleSet.requirements)
        for id in requirements.ids { #expect(Self.text.contains("| \(id) |"), "\(id) is missing from normative-basis.md") }
        let cited = Set(Repository.engine.ruleSet.rules.flatMap { $0.basis.map(\.editionKey) })
        for edition in cited { #expect(Self.text.contains("`\(edition)`"), "edition \(edition) is missing from normative-basis.md") }
    }

    @Test func itStandsAlone() {
        for leak in ["NORMS.md", "CATALOGUE.md", "../shared", "seed 00", "quyse"] {
            #expect(!Self.text.contains(leak), "normative-basis.md names \(leak)")
        }
    }
}
