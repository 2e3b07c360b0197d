import Foundation
import SaraptamaLoading
import Testing
@testable import Saraptama

/// Waivers: applied, expired (against an explicit "today"), stale (content changed), unused,
/// matched by document id or path, and malformed files reported with positions.
@Suite("Waivers")
struct WaiverTests {
    static let directory = Repository.cases + "/ta-mz-telemedicine"
    static func day(_ text: String) throws -> Int64 { try #require(CalendarDay.parse(text)) }

    static func report() -> ReviewedReport { ReportFixtures.report(caseDirectory: directory) }

    static func finding(_ rule: String, in report: ReviewedReport) throws -> Finding {
        try #require(report.documents[0].result.findings.first { $0.ruleID == rule })
    }

    static func waivers(_ entries: String) throws -> [Waiver] {
        try WaiverFile.parse(text: "waivers:\n" + entries, path: "waivers.yaml")
    }

    static func entry(rule: String, document: String = "ТЗ-МЗ-2025-014", path: String, expires: String = "2025-12-31", fingerprint: String) -> String {
        """
          - rule: \(rule)
            document: "\(document)"
            path: "\(path)"
            justification: "Agreed with the service integrator"
            approved_by: "A. Seitkali"
            expires: \(expires)
            fingerprint: "\(fingerprint)"

        """
    }

    @Test func anAppliedWaiverSetsTheFindingApartWithoutHidingIt() throws {
        let report = Self.report()
        let budget = try Self.finding("BUD-001", in: report)
        let waivers = try Self.waivers(Self.entry(rule: "BUD-001", path: "budget.total", fingerprint: budget.fingerprint))
        let reviewed = WaiverReview(waivers: waivers, today: try Self.day("2025-06-01")).apply(to: report)
        let document = reviewed.documents[0]
        #expect(document.waived.map(\.finding.ruleID) == ["BUD-001"])
        #expect(!document.result.findings.contains { $0.ruleID == "BUD-001" })
        #expect(document.result.count(.error) == 6)
        #expect(document.waiverNotices.isEmpty)
        #expect(document.waived[0].waiver.approvedBy == "A. Seitkali")
        // Reported apart in every format, never hidden.
        let text = TextReport.render(reviewed, options: ReportFixtures.options)
        #expect(text.contains("waived (1):") && text.contains("BUD-001") && text.contains("A. Seitkali"))
        let json = JSONReport.render(reviewed, options: ReportFixtures.options)
        #expect(json.contains("\"waived\": 1"))
        #expect(HTMLConclusion.render(reviewed, options: ReportFixtures.options).contains("Findings set apart by approved waivers"))
        // Waived findings do not count toward the verdict or the exit code.
        let onlyBudget = try ReportFixtures.report(yaml: """
            kind: investment_proposal
            id: IP-W
            date: "2024-04-01"
            budget: {total: 100, years: [{year: 2024, amount: 90}]}
            """)
        let waivedBudget = try #require(onlyBudget.documents[0].result.findings.first { $0.ruleID == "BUD-001" })
        let errorsBesides = onlyBudget.documents[0].result.findings.filter { $0.severity == .error && $0.ruleID != "BUD-001" }
        let all = try Self.waivers(onlyBudget.documents[0].result.findings.filter { $0.severity == .error }.map {
            Self.entry(rule: $0.ruleID, document: "IP-W", path: $0.path.description, fingerprint: $0.fingerprint)
        }.joined())
        let cleared = WaiverReview(waivers: all, today: try Self.day("2025-06-01")).apply(to: onlyBudget)
        #expect(cleared.documents[0].waived.contains { $0.finding.fingerprint == waivedBudget.fingerprint })
        #expect(cleared.documents[0].waived.count == errorsBesides.count + 1)
        // Not negative any more; not positive either: this bare IP leaves questions of the examination
        // unexamined (it has no functions, integrations or architecture to look at).
        #expect(cleared.documents[0].result.verdict == .inconclusive)
        #expect(!cleared.documents[0].result.unexaminedQuestions.isEmpty)
        #expect(!cleared.hasFindings(atOrAbove: .error))
    }

    @Test func anExpiredWaiverNoLongerAppliesAndIsReported() throws {
        let report = Self.report()
        let budget = try Self.finding("BUD-001", in: report)
        let waivers = try Self.waivers(Self.entry(rule: "BUD-001", path: "budget.total", expires: "2025-05-31", fingerprint: budget.fingerprint))
        // In force through its expiry day…
        let onTheDay = WaiverReview(waivers: waivers, today: try Self.day("2025-05-31")).apply(to: report)
        #expect(onTheDay.documents[0].waived.count == 1)
        // …and expired the day after.
        let after = WaiverReview(waivers: waivers, today: try Self.day("2025-06-01")).apply(to: report)
        let document = after.documents[0]
        #expect(document.waived.isEmpty)
        #expect(document.result.findings.contains { $0.ruleID == "BUD-001" })
        let notice = try #require(document.waiverNotices.first)
        #expect(notice.code == "waiver-expired")
        #expect(notice.severity == .warning)
        #expect(notice.file == "waivers.yaml" && notice.mark?.line == 2)
        #expect(notice.message.contains("expired on 2025-05-31"))
    }

    @Test func aWaiverForChangedContentIsStale() throws {
        let report = Self.report()
        let waivers = try Self.waivers(Self.entry(rule: "BUD-001", path: "budget.total", fingerprint: String(repeating: "ab", count: 16)))
        let document = WaiverReview(waivers: waivers, today: try Self.day("2025-06-01")).apply(to: report).documents[0]
        #expect(document.waived.isEmpty)
        #expect(document.waiverNotices.map(\.code) == ["waiver-stale"])
        let current = try Self.finding("BUD-001", in: report).fingerprint
        #expect(document.waiverNotices[0].message.contains(current), "the notice gives the new fingerprint to re-approve")
    }

    @Test func aWaiverMatchingNothingIsReportedAsUnused() throws {
        let report = Self.report()
        let waivers = try Self.waivers(
            Self.entry(rule: "LCY-002", path: "schedule.stages", fingerprint: String(repeating: "0", count: 32))
                + Self.entry(rule: "BUD-001", document: "ИП-ДРУГОЙ", path: "budget.total", fingerprint: String(repeating: "0", count: 32)))
        let document = WaiverReview(waivers: waivers, today: try Self.day("2025-06-01")).apply(to: report).documents[0]
        // The second waiver concerns another document: not this run's business.
        #expect(document.waiverNotices.map(\.code) == ["waiver-unused"])
        #expect(document.waiverNotices[0].severity == .note)
    }

    @Test func aWaiverNamesItsDocumentByIdOrByPath() throws {
        let file = Self.directory + "/document.yaml"
        guard case .loaded(let loaded) = DocumentLoader.load(path: file, tables: Repository.tables) else {
            Issue.record("the case does not load")
            return
        }
        let report = ReportFixtures.report([Repository.engine.check(loaded, language: .en)])
        let budget = try Self.finding("BUD-001", in: report)
        let roundabout = Self.directory + "/../ta-mz-telemedicine/./document.yaml"
        let byPath = try Self.waivers(Self.entry(rule: "BUD-001", document: roundabout, path: "$.budget.total", fingerprint: budget.fingerprint.uppercased()))
        let document = WaiverReview(waivers: byPath, today: try Self.day("2025-06-01")).apply(to: report).documents[0]
        #expect(document.waived.count == 1, "a path with . and .., a $-rooted node path and an upper-case fingerprint still match")
    }

    @Test func malformedWaiversFilesAreErrorsWithPositions() throws {
        func problems(_ text: String) -> [Diagnostic] {
            do {
                _ = try WaiverFile.parse(text: text, path: "waivers.yaml")
                return []
            } catch {
                return error.diagnostics
            }
        }
        let unknown = problems("waivers:\n  - rule: BUD-001\n    documnt: x\n")
        #expect(unknown.contains { $0.code == "waiver-unknown-field" && $0.mark?.line == 3 && $0.message.contains("did you mean 'document'?") })
        #expect(unknown.contains { $0.code == "waiver-missing-field" && $0.message.contains("'fingerprint'") })
        let bad = problems("""
            waivers:
              - {rule: BUD-001, document: d, path: "a[*]", justification: j, approved_by: a, expires: 2025-02-30, fingerprint: xyz}
            """)
        #expect(Set(bad.map(\.code)) == ["waiver-bad-path", "waiver-bad-date", "waiver-bad-fingerprint"])
        #expect(bad.allSatisfy { $0.file == "waivers.yaml" && $0.mark?.line == 2 })
        #expect(problems("waivers: 3\n").map(\.code) == ["waiver-wrong-type"])
        #expect(problems("waiver: []\n").map(\.code).sorted() == ["waiver-missing-field", "waiver-unknown-field"])
        #expect(problems("waivers: [\n").first?.code == "yaml-syntax")
        #expect(problems("waivers: []\n").isEmpty)
        let digits = problems("waivers:\n  - {rule: R, document: d, path: p, justification: j, approved_by: a, expires: 2025-01-01, fingerprint: 0123}\n")
        #expect(digits.first?.message.contains("write it in quotes") == true)
    }
}
