import Foundation
import SaraptamaLoading

/// Applies waivers to checked documents on a given day.
///
/// A finding is waived when a waiver names its rule, its document (id or path) and its node
/// path, is in force on `today`, and holds the finding's current fingerprint. A waiver that
/// names a finding but has expired (`waiver-expired`) or was approved for other content
/// (`waiver-stale`) does not apply: the finding counts, and the waiver is reported as a
/// warning. A waiver of a checked document that names no finding any more is reported as a
/// note (`waiver-unused`) so the file can be cleaned up. Waivers of documents not in the run
/// are left alone: one file may serve many documents.
public struct WaiverReview: Sendable {
    public let waivers: [Waiver]
    /// The day expiry is judged on (days since 1970-01-01); passed in, so tests and golden
    /// files do not depend on the clock.
    public let today: Int64

    /// Reviews with `waivers` on the day `today` (days since 1970-01-01).
    public init(waivers: [Waiver], today: Int64) {
        self.waivers = waivers
        self.today = today
    }

    /// The report with every document reviewed.
    public func apply(to report: ReviewedReport) -> ReviewedReport {
        var reviewed = report
        reviewed.documents = report.documents.map(apply)
        return reviewed
    }

    /// One document reviewed: waived findings moved out of its result, notices added.
    public func apply(to document: ReviewedDocument) -> ReviewedDocument {
        let result = document.result
        let mine = waivers.indices.filter { concerns(waivers[$0], result) }
        guard !mine.isEmpty, let header = result.header else { return document }
        var used = Set<Int>()
        var kept: [Finding] = []
        var waived = document.waived
        var notices = document.waiverNotices
        for finding in result.findings {
            let candidates = mine.filter { waivers[$0].rule == finding.ruleID && waivers[$0].path == finding.path.description }
            used.formUnion(candidates)
            if let applying = candidates.first(where: { waivers[$0].isInForce(on: today) && waivers[$0].fingerprint == finding.fingerprint }) {
                waived.append(WaivedFinding(finding: finding, waiver: waivers[applying]))
                continue
            }
            kept.append(finding)
            for index in candidates {
                notices.append(notice(about: waivers[index], finding: finding, documentID: header.id))
            }
        }
        for index in mine where !used.contains(index) {
            let waiver = waivers[index]
            notices.append(Diagnostic(
                .note, code: "waiver-unused", template: "waiver-unused.document",
                arguments: ["rule": waiver.rule, "path": "\(waiver.path)", "document": header.id],
                file: waiver.file, mark: waiver.mark))
        }
        var reviewed = document
        reviewed.result = DocumentResult(
            file: result.file, header: result.header, findings: kept, problems: result.problems,
            checkedRules: result.checkedRules, source: result.source, questions: result.questions)
        reviewed.result.reading = result.reading
        reviewed.waived = waived
        reviewed.waiverNotices = notices.sorted(by: Diagnostic.byLocation)
        return reviewed
    }

    /// Why a waiver that names `finding` does not apply to it.
    private func notice(about waiver: Waiver, finding: Finding, documentID: String) -> Diagnostic {
        if !waiver.isInForce(on: today) {
            var arguments = ["rule": waiver.rule, "path": "\(waiver.path)", "document": documentID, "expires": waiver.expiresText, "approver": waiver.approvedBy]
            arguments["expires.ru"] = LocalFormat.date(waiver.expiresText)
            arguments["expires.kk"] = LocalFormat.date(waiver.expiresText)
            return Diagnostic(
                .warning, code: "waiver-expired", template: "waiver-expired.document", arguments: arguments,
                file: waiver.file, mark: waiver.mark)
        }
        return Diagnostic(
            .warning, code: "waiver-stale", template: "waiver-stale.document",
            arguments: ["rule": waiver.rule, "path": "\(waiver.path)", "document": documentID, "fingerprint": "\(waiver.fingerprint)", "now": "\(finding.fingerprint)"],
            file: waiver.file, mark: waiver.mark)
    }

    /// True when the waiver names this document, by id or by path.
    private func concerns(_ waiver: Waiver, _ result: DocumentResult) -> Bool {
        if let id = result.header?.id, waiver.document == id { return true }
        return Self.samePath(waiver.document, result.file)
    }

    /// Paths compared after resolving `.`, `..` and the working directory, so `./Cases/x.yaml`
    /// and `Cases/x.yaml` name the same document.
    static func samePath(_ lhs: String, _ rhs: String) -> Bool {
        func absolute(_ path: String) -> String {
            let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
            return (full as NSString).standardizingPath
        }
        return lhs == rhs || absolute(lhs) == absolute(rhs)
    }
}
