import Foundation
import Saraptama
import SaraptamaRegistry
import Testing

/// CSV import and export, JSON export, and reading saved reports.
@Suite("Import, export and reports")
struct ExchangeTests {
    @Test func csvQuotingLineBreaksAndLines() {
        let text = "a,b,c\r\n1,\"x, \"\"y\"\"\",3\n\n2,\"multi\nline\",\"\"\n3,,\n"
        let (records, problems) = CSV.parse(text)
        #expect(problems.isEmpty)
        #expect(records == [
            CSV.Record(line: 1, fields: ["a", "b", "c"]),
            CSV.Record(line: 2, fields: ["1", "x, \"y\"", "3"]),
            CSV.Record(line: 4, fields: ["2", "multi\nline", ""]),
            CSV.Record(line: 6, fields: ["3", "", ""]),
        ])
        #expect(CSV.line(["plain", "a,b", "say \"hi\"", "two\nlines"]) == "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\n")
    }

    @Test func csvSyntaxErrorsNameTheirLines() {
        let (_, problems) = CSV.parse("a,b\n1,x\"y\n2,\"open\n")
        #expect(problems.map(\.line) == [2, 3])
        #expect(problems[0].message.contains("double quote inside an unquoted field"))
        #expect(problems[1].message.contains("not closed"))
    }

    @Test func everyBadRowIsReportedWithItsLineAndNothingIsImported() throws {
        let text = """
            document_id,kind,received,concluded,verdict,errors,findings,round
            ТЗ-1,TA,2021-03-01,2021-03-05,negative,1,STR-001:error,1
            ,XX,2021-13-01,2021-03-05,maybe,,,
            ТЗ-2,TA,2021-03-09,2021-03-05,positive,2,STR-001:error;ARC-002:error,0
            ТЗ-3,feasibility_study,2021-03-01,2021-03-02,negative,5,STR-001:error;bad,1
            ТЗ-1,FEJ,2021-03-01,2021-03-02,negative,,,1
            ТЗ-4,IP,2021-03-01,2021-03-02,negative,1,,,extra
            """
        let error = try #require(throws: RegistryError.self) { try RegistryCSV.parse(text, file: "h.csv") }
        #expect(error.code == .badCSV)
        let lines = error.problems.compactMap(\.line)
        #expect(Set(lines) == [3, 4, 5, 6, 7])
        let messages = error.problems.map(\.message).joined(separator: "\n")
        #expect(messages.contains("document_id is empty"))
        #expect(messages.contains("kind 'XX'"))
        #expect(messages.contains("received '2021-13-01' is not a date"))
        #expect(messages.contains("verdict 'maybe'"))
        #expect(messages.contains("concluded 2021-03-05 is before received 2021-03-09"))
        #expect(messages.contains("round '0' is not a whole number from 1 to 10000"))
        #expect(messages.contains("a positive verdict with 2 error(s)"))
        #expect(messages.contains("finding 'bad' is not RULE-ID:severity"))
        #expect(messages.contains("round 1 is already on line 2"))
        #expect(messages.contains("9 field(s), the header has 8"))

        let scratch = try Scratch()
        defer { scratch.remove() }
        let registry = try Registry(path: scratch.file("r.db"))
        #expect(try registry.counts().examinations == 0)
    }

    @Test func aBadHeaderIsReported() {
        let error = #expect(throws: RegistryError.self) { try RegistryCSV.parse("document_id,knd,received,concluded\n", file: "h.csv") }
        let messages = error?.problems.map(\.message) ?? []
        #expect(messages.contains("unknown column 'knd' (did you mean 'kind'?)"))
        #expect(messages.contains("the required column 'verdict' is missing"))
    }

    @Test func roundsThatExistInTheRegistryFailTheWholeImport() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let registry = try Registry(path: scratch.file("r.db"))
        try registry.record(examination("ТЗ-1", received: "2021-03-01", concluded: "2021-03-02", verdict: .negative))
        let rows = try RegistryCSV.parse("""
            document_id,kind,received,concluded,verdict,round
            ТЗ-9,TA,2021-03-01,2021-03-02,positive,
            ТЗ-1,TA,2021-03-01,2021-03-02,positive,1
            ТЗ-1,TA,2021-03-03,2021-03-04,positive,
            """, file: "h.csv")
        let error = try #require(throws: RegistryError.self) { try registry.importExaminations(rows, file: "h.csv") }
        #expect(error.problems == [RegistryError.Problem(line: 3, message: "document 'ТЗ-1' already has round 1 in the registry")])
        #expect(try registry.counts().examinations == 1)  // the good rows were rolled back too
    }

    @Test func csvExportImportsBackUnchanged() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let first = try Registry(path: scratch.file("a.db"))
        var tricky = examination("ТЗ-\"1\", с запятой", received: "2021-03-01", concluded: "2021-03-10", verdict: .negative, findings: [("STR-001", .error), ("STR-001", .error), ("ARC-000", .info)])
        tricky.title = "Многострочное\nназвание"
        tricky.objectName = "ИС «Тест»"
        tricky.ruleSet = RuleSetStamp(name: "core", version: "1.2", hash: "ff")
        tricky.engineVersion = "0.1.0"
        try first.record(tricky)
        try first.record(examination("ИП-2", .investmentProposal, body: nil, received: "2020-12-30", concluded: "2021-01-05", verdict: .positive))
        try first.record(examination("ТЗ-\"1\", с запятой", received: "2021-04-01", concluded: "2021-04-02", verdict: .positive, findings: [("STR-003", .warning)]))
        let exported = RegistryCSV.render(try first.examinations())

        let second = try Registry(path: scratch.file("b.db"))
        try second.importExaminations(try RegistryCSV.parse(exported, file: "e.csv"), file: "e.csv")
        #expect(RegistryCSV.render(try second.examinations()) == exported)
        let back = try second.examinations()
        #expect(back[0].title == "Многострочное\nназвание")
        #expect(back[0].counts == SeverityCounts(errors: 2, warnings: 0, infos: 1))
        #expect(back.map(\.round) == [1, 1, 2])
        #expect(back.allSatisfy { $0.origin == .import })
    }

    @Test func jsonExportKeepsFindingsPathsAndFingerprints() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let registry = try Registry(path: scratch.file("r.db"))
        var recorded = examination("ТЗ-1", received: "2021-03-01", concluded: "2021-03-10", verdict: .negative)
        recorded.findings = [RecordedFinding(ruleID: "SEC-001", pack: "security", severity: .error, path: "security.backups", fingerprint: "0123abcd")]
        recorded.counts = SeverityCounts(recorded.findings)
        try registry.record(recorded, copy: [1, 2, 3])
        let json = RegistryJSON.render(try registry.examinations(), schemaVersion: 1)
        #expect(json.contains("\"format\": \"saraptama-registry\""))
        #expect(json.contains("\"path\": \"security.backups\""))
        #expect(json.contains("\"fingerprint\": \"0123abcd\""))
        #expect(json.contains("\"document_sha256\": \"\(SHA256.hex(of: [1, 2, 3]))\""))
    }

    @Test func aSavedReportIsReadBack() throws {
        let text = sampleReport(documents: 2)
        let parsed = try ReportReader.parse(bytes: Array(text.utf8), path: "r.json", received: nil, concluded: day("2021-03-15"))
        #expect(parsed.ruleSet == RuleSetStamp(name: "saraptama-core", version: "0.1.0", hash: "abc"))
        guard case .examination(let first, let file) = parsed.entries[0] else { Issue.record("expected an examination"); return }
        #expect(file == "missing/doc-1.yaml")
        #expect(first.documentID == "ТЗ-TEST-1")
        #expect(first.received == day("2021-03-01"))
        #expect(first.concluded == day("2021-03-15"))
        #expect(first.counts == SeverityCounts(errors: 1, warnings: 1, infos: 0))
        #expect(first.findings.map(\.fingerprint) == ["f1a", "f1b"])
        #expect(first.origin == .report)
    }

    @Test func wrongReportsAreRefusedWithPositions() {
        let notReport = #expect(throws: RegistryError.self) {
            try ReportReader.parse(bytes: Array("{\"documents\": []}".utf8), path: "x.json", received: nil, concluded: 0)
        }
        #expect(notReport?.code == .badReport)
        let broken = #expect(throws: RegistryError.self) {
            try ReportReader.parse(bytes: Array("{\"format\": \"saraptama-report\", ".utf8), path: "x.json", received: nil, concluded: 0)
        }
        #expect(broken?.code == .badReport)
        #expect(broken?.problems.first?.line != nil)
        let badFinding = sampleReport(documents: 1).replacingOccurrences(of: "\"severity\": \"warning\"", with: "\"severity\": \"fatal\"")
        let finding = #expect(throws: RegistryError.self) {
            try ReportReader.parse(bytes: Array(badFinding.utf8), path: "x.json", received: nil, concluded: 0)
        }
        #expect(finding?.problems.count == 1)
        #expect(finding?.problems.first?.line == 9)  // the warning finding's line
    }
}
