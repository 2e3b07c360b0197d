import Foundation
import SaraptamaLoading
import Testing
@testable import Saraptama

/// Rounds of resubmission: `diff` of Cases/ta-mz-telemedicine and its corrected resubmission,
/// matching by fingerprint, JSON reports read back, and malformed baselines.
@Suite("Rounds")
struct RoundTests {
    static let round1 = ReportFixtures.report(caseDirectory: Repository.cases + "/ta-mz-telemedicine")
    static let round2 = ReportFixtures.report(caseDirectory: Repository.cases + "/ta-mz-telemedicine-resubmitted")

    static func keys(_ findings: [RoundFinding]) -> [String] { findings.map { "\($0.rule) \($0.path)" }.sorted() }

    @Test func theResubmissionFixesSomeKeepsOneAndAddsOne() throws {
        let comparison = RoundComparison(old: RoundReport(Self.round1, file: "round-1.json"), new: RoundReport(Self.round2, file: "round-2.json"))
        #expect(comparison.documents.count == 1)
        let delta = comparison.documents[0]
        #expect(delta.id == "ТЗ-МЗ-2025-014")
        #expect(Self.keys(delta.resolved) == [
            "ARC-001 functions[3]", "BUD-001 budget.total", "DAT-001 data.entities[0].attributes[0]",
            "DAT-001 data.entities[0].attributes[1]", "LCY-001 schedule.stages[3]", "STR-001 sections",
        ])
        #expect(Self.keys(delta.open) == ["ARC-002 functions[2]"])
        #expect(Self.keys(delta.new) == ["INF-001 integrations[4].via"])
        // The open finding moved 13 lines down (section 7 was inserted above it) and kept its fingerprint.
        let before = try #require(Self.round1.documents[0].result.findings.first { $0.ruleID == "ARC-002" })
        let after = try #require(Self.round2.documents[0].result.findings.first { $0.ruleID == "ARC-002" })
        #expect(before.mark.line != after.mark.line)
        #expect(before.fingerprint == after.fingerprint)
        #expect(comparison.hasNew(atOrAbove: .error))
        #expect(!comparison.hasNew(atOrAbove: nil))
        #expect(!comparison.ruleSetChanged)
        let text = DiffReport.text(comparison, language: .en)
        #expect(text.contains("6 resolved, 1 still open, 1 new"))
        #expect(text.contains("still open (1):") && text.contains("ARC-002  functions[2]"))
    }

    @Test func theComparisonSurvivesAJSONRoundTrip() throws {
        let json1 = JSONReport.render(Self.round1, options: ReportFixtures.options)
        let json2 = JSONReport.render(Self.round2, options: ReportFixtures.options)
        let old = try RoundReportReader.parse(text: json1, path: "round-1.json")
        let new = try RoundReportReader.parse(text: json2, path: "round-2.json")
        #expect(old.ruleSetHash == ReportFixtures.stableHash)
        let fromJSON = RoundComparison(old: old, new: new).documents[0]
        let inMemory = RoundComparison(old: RoundReport(Self.round1, file: "a"), new: RoundReport(Self.round2, file: "b")).documents[0]
        #expect(Self.keys(fromJSON.resolved) == Self.keys(inMemory.resolved))
        #expect(Self.keys(fromJSON.open) == Self.keys(inMemory.open))
        #expect(Self.keys(fromJSON.new) == Self.keys(inMemory.new))
        #expect(old.documents[0].findings == RoundDocument(Self.round1.documents[0]).findings)
    }

    @Test func checkWithABaselineMarksFindingsAndCountsOnlyNewOnes() throws {
        let reviewed = ReportFixtures.withBaseline(Self.round2, previous: Self.round1, file: "round-1.json")
        let document = reviewed.documents[0]
        let statuses = document.result.findings.map { "\($0.ruleID) \(document.roundStatus(of: $0)?.rawValue ?? "-")" }
        #expect(statuses.sorted() == ["ARC-002 open", "INF-001 new"])
        #expect(reviewed.hasFindings(atOrAbove: .error))
        // Only the old finding left: a baseline run passes.
        var onlyOld = reviewed
        onlyOld.documents[0].round = RoundComparison.DocumentDelta(
            id: "x", oldFile: "a", newFile: "b", resolved: [], open: document.round?.open ?? [], new: [])
        #expect(!onlyOld.hasFindings(atOrAbove: .error))
        let json = JSONReport.render(reviewed, options: ReportFixtures.options)
        #expect(json.contains("\"still_open\": ["))
        #expect(json.contains("\"baseline\": \"round-1.json\""))
    }

    @Test func aRewordedRemarkAtTheSamePlaceIsStillOpen() {
        func finding(_ rule: String, _ path: String, _ fingerprint: String) -> RoundFinding {
            RoundFinding(rule: rule, severity: .error, title: "t", message: "m", path: path, file: "f", line: 1, column: 1, fingerprint: fingerprint, waived: false)
        }
        let old = RoundReport(file: "old", ruleSetName: "r", ruleSetVersion: "1", ruleSetHash: "h", documents: [
            RoundDocument(id: "D1", file: "d1", findings: [finding("STD-003", "standard_solutions.considered[2]", "before"), finding("ARC-002", "functions[2]", "x")]),
        ])
        let new = RoundReport(file: "new", ruleSetName: "r", ruleSetVersion: "1", ruleSetHash: "h", documents: [
            RoundDocument(id: "D1", file: "d1", findings: [finding("STD-003", "standard_solutions.considered[2]", "after"), finding("ARC-002", "functions[3]", "y")]),
        ])
        let d1 = RoundComparison(old: old, new: new).documents[0]
        // The justification was reworded, still without a reason: the same remark, still open.
        #expect(d1.open.map(\.rule) == ["STD-003"])
        // Another function is a duplicate now: that one is new, the old one resolved.
        #expect(d1.new.map(\.path) == ["functions[3]"])
        #expect(d1.resolved.map(\.path) == ["functions[2]"])
    }

    @Test func findingsWithTheSameFingerprintAreMatchedAsMultisets() {
        func finding(_ fingerprint: String, _ severity: Severity = .error, waived: Bool = false) -> RoundFinding {
            RoundFinding(rule: "R-001", severity: severity, title: "t", message: "m", path: "p" + fingerprint, file: "f", line: 1, column: 1, fingerprint: fingerprint, waived: waived)
        }
        let old = RoundReport(file: "old", ruleSetName: "r", ruleSetVersion: "1", ruleSetHash: "h1", documents: [
            RoundDocument(id: "D1", file: "d1", findings: [finding("a"), finding("a"), finding("b")]),
            RoundDocument(id: "GONE", file: "g", findings: [finding("z")]),
        ])
        let new = RoundReport(file: "new", ruleSetName: "r", ruleSetVersion: "2", ruleSetHash: "h2", documents: [
            RoundDocument(id: "D1", file: "d1", findings: [finding("a"), finding("c", .warning), finding("w", waived: true)]),
            RoundDocument(id: nil, file: "broken.yaml", findings: []),
        ])
        let comparison = RoundComparison(old: old, new: new)
        let d1 = comparison.documents[0]
        #expect(d1.open.map(\.fingerprint) == ["a"])
        #expect(d1.resolved.map(\.fingerprint) == ["a", "b"])
        #expect(d1.new.map(\.fingerprint) == ["c", "w"])
        #expect(comparison.documents[1].id == "broken.yaml" && comparison.documents[1].oldFile == nil)
        #expect(comparison.documents[2].id == "GONE" && comparison.documents[2].newFile == nil && comparison.documents[2].resolved.isEmpty)
        #expect(comparison.ruleSetChanged)
        // The new warning fails --fail-on warning; the new error was waived, so --fail-on error passes.
        #expect(comparison.hasNew(atOrAbove: .warning))
        #expect(!comparison.hasNew(atOrAbove: .error))
        #expect(DiffReport.text(comparison, language: .en).contains("the rule set changed (1 → 2)"))
    }

    @Test func malformedBaselinesAreErrorsWithStableCodes() {
        func codes(_ text: String) -> [String] {
            do {
                _ = try RoundReportReader.parse(text: text, path: "old.json")
                return []
            } catch {
                return error.diagnostics.map(\.code)
            }
        }
        #expect(codes("{\"format\": \"saraptama-report\", \"format_version\": 1") == ["yaml-syntax"])
        #expect(codes("[1, 2]") == ["baseline-not-a-report"])
        #expect(codes("{\"format\": \"sarif\"}") == ["baseline-not-a-report"])
        #expect(codes("{\"format\": \"saraptama-report\", \"format_version\": 99}") == ["baseline-unsupported-version"])
        let bad = codes("""
            {"format": "saraptama-report", "format_version": 1, "ruleset": {"name": "r", "version": "1", "hash": "h"},
             "documents": [{"file": "f", "id": "D", "findings": [{"rule": "R-1", "severity": "fatal"}]}]}
            """)
        #expect(!bad.isEmpty && bad.allSatisfy { $0 == "baseline-bad-field" })
        #expect(codes("{\"format\": \"saraptama-report\", \"format_version\": 1, \"ruleset\": {\"name\": \"r\", \"version\": \"1\", \"hash\": \"h\"}, \"documents\": []}").isEmpty)
    }

    @Test func aMissingBaselineIsUnreadable() {
        do {
            _ = try RoundReportReader.read(path: "/no/such/round.json")
            Issue.record("a missing file was read")
        } catch {
            #expect(error.diagnostics.map(\.code) == ["io-unreadable"])
        }
    }
}
