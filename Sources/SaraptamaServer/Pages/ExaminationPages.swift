import Foundation
import Saraptama
import SaraptamaRegistry

/// The experts' pages: the registry with its filters and the intake form, one examination with
/// its rounds side by side, its stored copy and conclusion, and the statistics dashboard.
enum ExaminationPages {
    static func route(_ context: RequestContext, session: SessionStore.Session, route: Route, service: Service) -> HTTPResponse {
        do {
            if route.match("GET", "examinations") != nil { return try list(context, session: session, service: service) }
            if route.match("POST", "examinations") != nil { return record(context, session: session, service: service) }
            if route.match("GET", "statistics") != nil { return try StatisticsPage.render(context, service: service) }
            if let id = route.match("GET", "examinations/*")?.first { return try detail(context, id: id, session: session, service: service) }
            if let id = route.match("GET", "examinations/*/conclusion")?.first { return try ExaminationFiles.conclusion(context, id: id, service: service) }
            if let id = route.match("GET", "examinations/*/copy")?.first { return try ExaminationFiles.copy(context, id: id, service: service) }
            if let id = route.match("POST", "examinations/*/approve")?.first {
                guard session.role.mayApprove else { return Layout.error(context, status: 403, message: context.t("error.forbidden"), back: "/examinations/\(id)") }
                guard let number = Int64(id) else { return Layout.error(context, status: 404, message: context.t("error.notFound")) }
                try service.registry.with { registry throws(RegistryError) in try registry.approve(examinationID: number, by: session.account) }
                return .redirect("/examinations/\(number)")
            }
            return Layout.error(context, status: 404, message: context.t("error.notFound"))
        } catch {
            return Layout.error(context, status: 500, message: context.t("error.registry", ["message": error.message]))
        }
    }

    static let pageRows = 500

    /// The registry filters of a query: body, kind, year, verdict, status.
    struct Filter {
        var body, kind, year, verdict, status: String?

        init(_ query: [String: String]) {
            func value(_ name: String) -> String? { query[name].flatMap { $0.isEmpty ? nil : $0 } }
            body = value("body"); kind = value("kind"); year = value("year"); verdict = value("verdict"); status = value("status")
        }

        func matches(_ examination: Examination, intake: Intake?) -> Bool {
            if let body, examination.stateBodyID != body { return false }
            if let kind, examination.kind.rawValue != kind, examination.kind.abbreviation != kind { return false }
            if let year, !CalendarDay.format(examination.concluded).hasPrefix(year) { return false }
            if let verdict, examination.verdict.rawValue != verdict { return false }
            if let status, (intake?.approvedBy != nil ? "approved" : "pending") != status { return false }
            return true
        }
    }

    static func filtered(_ query: [String: String], service: Service) throws(RegistryError) -> [(Examination, Intake?)] {
        let filter = Filter(query)
        return try service.registry.with { registry throws(RegistryError) in
            let intakes = try registry.intakes()
            return try registry.examinations(withFindings: false).reversed().compactMap { examination in
                let intake = intakes[examination.id!]
                return filter.matches(examination, intake: intake) ? (examination, intake) : nil
            }
        }
    }

    private static func list(_ context: RequestContext, session: SessionStore.Session, service: Service) throws(RegistryError) -> HTTPResponse {
        let e = Escape.html
        let query = context.request.query
        let rows = try filtered(query, service: service)
        var body = "<p>\(context.t("signin.as", ["name": session.account, "role": PageText.get("role.\(session.role.rawValue)", context.language)]))</p>"
        if session.role.mayRecord { body += recordForm(context) }
        func select(_ name: String, _ label: String, _ options: [(String, String)]) -> String {
            let chosen = query[name] ?? ""
            return "<label for=\"f-\(name)\">\(label)</label><select id=\"f-\(name)\" name=\"\(name)\"><option value=\"\">\(context.t("exams.any"))</option>"
                + options.map { "<option value=\"\(e($0.0))\"\($0.0 == chosen ? " selected" : "")>\(e($0.1))</option>" }.joined() + "</select>"
        }
        body += "<section aria-labelledby=\"filter\"><h2 id=\"filter\">\(context.t("exams.filter"))</h2><form method=\"get\" action=\"/examinations\">"
        body += "<label for=\"f-body\">\(context.t("exams.body"))</label><input id=\"f-body\" name=\"body\" value=\"\(e(query["body"] ?? ""))\">"
        body += select("kind", context.t("exams.kind"), DocumentKind.allCases.map { ($0.rawValue, $0.abbreviation) })
        body += "<label for=\"f-year\">\(context.t("exams.year"))</label><input id=\"f-year\" name=\"year\" inputmode=\"numeric\" value=\"\(e(query["year"] ?? ""))\">"
        body += select("verdict", context.t("result.verdict"), ["positive", "negative", "inconclusive"].map { ($0, PageText.get("verdict.\($0)", context.language)) })
        body += select("status", context.t("exams.status"), [("approved", PageText.get("status.approved", context.language)), ("pending", PageText.get("status.pending", context.language))])
        body += "<p><button type=\"submit\">\(context.t("exams.apply"))</button></p></form></section>"
        body += "<section aria-labelledby=\"list\"><h2 id=\"list\">\(context.t("exams.title"))</h2>"
        if rows.isEmpty { body += "<p>\(context.t("exams.none"))</p>" } else {
            body += "<table id=\"examinations\"><thead><tr>" + ["№", context.t("exams.document"), context.t("exams.kind"), context.t("exams.body"), context.t("exams.round"),
                context.t("exams.incoming"), context.t("exams.received"), context.t("exams.concluded"), context.t("result.verdict"), context.t("exams.status")]
                .map { "<th scope=\"col\">\($0)</th>" }.joined() + "</tr></thead><tbody>"
            // The newest first, at most `pageRows` of them: a filter narrows the rest down.
            for (examination, intake) in rows.prefix(pageRows) {
                let id = examination.id ?? 0
                let status = intake?.approvedBy != nil ? "status.approved" : "status.pending"
                body += "<tr><td><a href=\"/examinations/\(id)\">\(id)</a></td><td>\(e(examination.documentID))</td><td>\(examination.kind.abbreviation)</td>"
                body += "<td>\(e(examination.stateBodyID ?? ""))</td><td>\(examination.round ?? 0)</td><td>\(e(intake?.incomingNumber ?? ""))</td>"
                body += "<td>\(CalendarDay.format(examination.received))</td><td>\(CalendarDay.format(examination.concluded))</td>"
                body += "<td>\(context.t("verdict.\(examination.verdict.rawValue)"))</td><td>\(context.t(status))</td></tr>"
            }
            body += "</tbody></table>"
            if rows.count > pageRows { body += "<p>\(context.t("exams.more", ["shown": String(pageRows), "total": String(rows.count)]))</p>" }
        }
        body += "</section>"
        return Layout.page(context, title: context.t("exams.title"), body: body)
    }

    private static func recordForm(_ context: RequestContext) -> String {
        """
        <section aria-labelledby="record"><h2 id="record">\(context.t("exams.record"))</h2>
        <form method="post" action="/examinations" enctype="multipart/form-data">
        \(Layout.csrfField(context))
        <label for="r-file">\(context.t("check.file"))</label>
        <input id="r-file" name="file" type="file" multiple required accept=".docx,.md,.markdown,.yaml,.yml,.json">
        <label for="r-incoming">\(context.t("exams.incoming"))</label><input id="r-incoming" name="incoming_number" required>
        <label for="r-received">\(context.t("exams.received"))</label><input id="r-received" name="received" type="date" required>
        <label for="r-round">\(context.t("exams.round")) (\(context.t("exams.roundAuto")))</label><input id="r-round" name="round" inputmode="numeric">
        <p><button type="submit">\(context.t("exams.recordSubmit"))</button></p>
        </form></section>
        """
    }

    private static func record(_ context: RequestContext, session: SessionStore.Session, service: Service) -> HTTPResponse {
        guard session.role.mayRecord else { return Layout.error(context, status: 403, message: context.t("error.forbidden"), back: "/examinations") }
        let request = context.request
        let received = request.field("received").flatMap { $0.isEmpty ? nil : CalendarDay.parse($0) }
        let round = request.field("round").flatMap { Int($0) }
        do {
            let stored = try service.record(request.files.filter { !$0.name.isEmpty }, context: context, incoming: request.field("incoming_number"), received: received, round: round)
            return .redirect("/examinations/\(stored.first?.id ?? 0)")
        } catch {
            switch error {
            case .check(let failure): return PageRoutes.checkFailure(context, failure, service: service, back: "/examinations")
            case .notRecorded(let message): return Layout.error(context, status: 422, message: context.t("error.notRecorded", ["message": message]), back: "/examinations")
            }
        }
    }

    private static func detail(_ context: RequestContext, id: String, session: SessionStore.Session, service: Service) throws(RegistryError) -> HTTPResponse {
        let e = Escape.html
        guard let number = Int64(id), let found = try service.registry.with({ registry throws(RegistryError) -> (Examination, Intake?, [Examination])? in
            guard let examination = try registry.examination(id: number) else { return nil }
            return (examination, try registry.intake(examinationID: number), try registry.rounds(of: examination.documentID))
        }) else { return Layout.error(context, status: 404, message: context.t("error.notFound"), back: "/examinations") }
        let (examination, intake, rounds) = found
        var body = "<dl><dt>\(context.t("exams.document"))</dt><dd>\(e(examination.documentID)) — \(e(examination.title ?? ""))</dd>"
        body += "<dt>\(context.t("exams.body"))</dt><dd>\(e(examination.stateBodyName ?? examination.stateBodyID ?? ""))</dd>"
        body += "<dt>\(context.t("exams.incoming"))</dt><dd>\(e(intake?.incomingNumber ?? ""))</dd>"
        body += "<dt>\(context.t("exams.round"))</dt><dd>\(examination.round ?? 0)</dd>"
        body += "<dt>\(context.t("result.verdict"))</dt><dd class=\"verdict verdict-\(examination.verdict.rawValue)\">\(context.t("verdict.\(examination.verdict.rawValue)"))</dd>"
        body += "<dt>\(context.t("exams.status"))</dt><dd id=\"approval\">"
        if let by = intake?.approvedBy { body += context.t("exam.approvedBy", ["name": by, "at": intake?.approvedAt ?? ""]) } else { body += context.t("status.pending") }
        body += "</dd><dt>\(context.t("exam.copy"))</dt><dd>"
        body += examination.documentSHA256 != nil ? "<a href=\"/examinations/\(number)/copy\">\(e(examination.sourceFile ?? "copy"))</a> (sha256 \(e(String(examination.documentSHA256!.prefix(16))))…)" : context.t("exam.noCopy")
        body += "</dd></dl>"
        if examination.documentSHA256 != nil { body += "<p><a id=\"conclusion\" href=\"/examinations/\(number)/conclusion\">\(context.t("exam.conclusion"))</a></p>" }
        if session.role.mayApprove, intake?.approvedBy == nil {
            body += "<form method=\"post\" action=\"/examinations/\(number)/approve\">\(Layout.csrfField(context))<button type=\"submit\">\(context.t("exam.approve"))</button></form>"
        }
        body += "<section aria-labelledby=\"rounds\"><h2 id=\"rounds\">\(context.t("exam.rounds"))</h2><div class=\"rounds\">"
        for comparison in RoundView.compare(rounds.sorted { ($0.round ?? 0) < ($1.round ?? 0) }) {
            let round = comparison.examination
            body += "<section class=\"round\" aria-label=\"\(context.t("exams.round")) \(round.round ?? 0)\"><h3><a href=\"/examinations/\(round.id ?? 0)\">\(context.t("exams.round")) \(round.round ?? 0)</a></h3>"
            body += "<p>\(CalendarDay.format(round.concluded)) · \(context.t("verdict.\(round.verdict.rawValue)"))</p><ul>"
            for (status, finding) in comparison.lines {
                body += "<li class=\"status-\(status)\"><span>\(context.t("round.\(status)"))</span>: <strong>\(e(finding.ruleID))</strong> \(e(finding.path ?? ""))</li>"
            }
            body += "</ul></section>"
        }
        body += "</div></section>"
        return Layout.page(context, title: context.t("exam.title", ["id": String(number)]), body: body)
    }
}

/// Each round's findings against the round before: new, still open, or resolved (present in
/// the previous round, gone now), matched by fingerprint.
enum RoundView {
    struct Comparison {
        let examination: Examination
        let lines: [(String, RecordedFinding)]
    }

    static func compare(_ rounds: [Examination]) -> [Comparison] {
        var previous: [RecordedFinding] = []
        return rounds.map { round in
            var remaining = previous.map { $0.fingerprint ?? "\($0.ruleID)|\($0.path ?? "")" }
            var lines: [(String, RecordedFinding)] = []
            for finding in round.findings {
                let key = finding.fingerprint ?? "\(finding.ruleID)|\(finding.path ?? "")"
                if let index = remaining.firstIndex(of: key) {
                    remaining.remove(at: index)
                    lines.append(("open", finding))
                } else {
                    lines.append(("new", finding))
                }
            }
            for finding in previous where remaining.contains(finding.fingerprint ?? "\(finding.ruleID)|\(finding.path ?? "")") {
                lines.append(("resolved", finding))
            }
            previous = round.findings
            return Comparison(examination: round, lines: lines)
        }
    }
}
