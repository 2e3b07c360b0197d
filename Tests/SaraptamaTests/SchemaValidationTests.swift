import Foundation
import Testing
@testable import Saraptama

/// Output validated by a real JSON Schema validator: the JSON report against the schema shipped
/// in `Sources/Saraptama/Reports/Schemas/`, the round comparison against its own, and SARIF
/// against the official SARIF 2.1.0 schema (OASIS, kept in `Tests/Schemas/sarif-2.1.0.json`).
@Suite("Schema validation")
struct SchemaValidationTests {
    static let schemas = Repository.root + "/Sources/Saraptama/Reports/Schemas"
    static let sarifSchema = ((Repository.root + "/Tests/Schemas/sarif-2.1.0.json") as NSString).standardizingPath
    static let directories = CaseRunner.caseDirectories(under: Repository.cases)

    /// A report with everything optional in it: waived findings, waiver notices, a baseline with
    /// resolved findings, and a document that did not load.
    static func richReport() throws -> ReviewedReport {
        let previous = ReportFixtures.report(caseDirectory: Repository.cases + "/ta-mz-telemedicine")
        var results = ReportFixtures.results(caseDirectory: Repository.cases + "/ta-mz-telemedicine-resubmitted", language: .en)
        if case .failed(let broken) = DocumentLoader.load(bytes: Array("kind: technical_assignment\nid: [unclosed\n".utf8), path: "broken.yaml", tables: Repository.tables) {
            results.append(broken)
        }
        let current = ReportFixtures.report(results)
        let open = try #require(current.documents.first?.result.findings.first { $0.ruleID == "ARC-002" })
        let waivers = try WaiverFile.parse(text: """
            waivers:
              - {rule: ARC-002, document: ТЗ-МЗ-2025-014, path: "functions[2]", justification: "РПН is extended in 2026", approved_by: "Head of architecture", expires: 2025-12-31, fingerprint: "\(open.fingerprint)"}
              - {rule: INF-001, document: ТЗ-МЗ-2025-014, path: "integrations[4].via", justification: "pilot only", approved_by: "Head of IS", expires: 2025-01-31, fingerprint: "\(open.fingerprint)"}
            """, path: "waivers.yaml")
        var reviewed = WaiverReview(waivers: waivers, today: try #require(CalendarDay.parse("2025-06-01"))).apply(to: current)
        reviewed.waiversFile = "waivers.yaml"
        return ReportFixtures.withBaseline(reviewed, previous: previous, file: "round-1.json")
    }

    @Test func richReportHasEverySection() throws {
        let report = try Self.richReport()
        #expect(report.waivedCount == 1)
        #expect(report.documents[0].waiverNotices.map(\.code) == ["waiver-expired"])
        #expect(report.documents[0].round?.resolved.count == 6)
        #expect(report.documents[1].result.header == nil)
    }

    @Test(arguments: directories)
    func jsonReportOfCaseValidates(_ directory: String) throws {
        let json = JSONReport.render(ReportFixtures.report(caseDirectory: directory), options: ReportFixtures.options)
        let errors = try SchemaValidator.errors(json: json, schema: Self.schemas + "/saraptama-report.schema.json")
        #expect(errors.isEmpty, "\(errors.joined(separator: "\n"))")
    }

    @Test func richJSONReportValidates() throws {
        let json = JSONReport.render(try Self.richReport(), options: ReportFixtures.options)
        #expect(json.contains("\"waiver_notices\": ["))
        let errors = try SchemaValidator.errors(json: json, schema: Self.schemas + "/saraptama-report.schema.json")
        #expect(errors.isEmpty, "\(errors.joined(separator: "\n"))")
    }

    @Test(arguments: directories)
    func sarifOfCaseValidatesAgainstTheOfficialSchema(_ directory: String) throws {
        #expect(FileManager.default.fileExists(atPath: Self.sarifSchema), "the official SARIF schema is missing at \(Self.sarifSchema)")
        let sarif = SARIFReport.render(ReportFixtures.report(caseDirectory: directory), options: ReportFixtures.options)
        let errors = try SchemaValidator.errors(json: sarif, schema: Self.sarifSchema)
        #expect(errors.isEmpty, "\(errors.joined(separator: "\n"))")
    }

    @Test func richSARIFValidatesAndCarriesSuppressionsBaselineAndNotifications() throws {
        let sarif = SARIFReport.render(try Self.richReport(), options: ReportFixtures.options)
        let errors = try SchemaValidator.errors(json: sarif, schema: Self.sarifSchema)
        #expect(errors.isEmpty, "\(errors.joined(separator: "\n"))")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.contains { ($0["suppressions"] as? [[String: Any]])?.first?["status"] as? String == "accepted" })
        #expect(results.contains { $0["baselineState"] as? String == "new" })
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["executionSuccessful"] as? Bool == false)
        #expect((invocation["toolExecutionNotifications"] as? [Any])?.isEmpty == false)
        #expect((invocation["toolConfigurationNotifications"] as? [Any])?.count == 1)
    }

    @Test func diffJSONValidates() throws {
        let old = RoundReport(ReportFixtures.report(caseDirectory: Repository.cases + "/ta-mz-telemedicine"), file: "round-1.json")
        let new = RoundReport(ReportFixtures.report(caseDirectory: Repository.cases + "/ta-mz-telemedicine-resubmitted"), file: "round-2.json")
        let json = DiffReport.json(RoundComparison(old: old, new: new), toolVersion: "golden")
        let errors = try SchemaValidator.errors(json: json, schema: Self.schemas + "/saraptama-diff.schema.json")
        #expect(errors.isEmpty, "\(errors.joined(separator: "\n"))")
    }

    /// The validator really validates: a SARIF level SARIF does not know, and a report missing a
    /// required field, are rejected.
    @Test func theValidatorRejectsInvalidOutput() throws {
        let sarif = SARIFReport.render(ReportFixtures.report(caseDirectory: Repository.cases + "/ta-mz-telemedicine"), options: ReportFixtures.options)
        let broken = sarif.replacingOccurrences(of: "\"level\": \"error\"", with: "\"level\": \"fatal\"")
        #expect(broken != sarif)
        #expect(!(try SchemaValidator.errors(json: broken, schema: Self.sarifSchema)).isEmpty)
        let json = JSONReport.render(ReportFixtures.report(caseDirectory: Repository.cases + "/ta-mz-telemedicine"), options: ReportFixtures.options)
        let missing = json.replacingOccurrences(of: "\"fingerprint\":", with: "\"fingerprint_\":")
        #expect(!(try SchemaValidator.errors(json: missing, schema: Self.schemas + "/saraptama-report.schema.json")).isEmpty)
    }
}
