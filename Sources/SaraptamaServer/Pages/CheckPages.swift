import Foundation
import Saraptama

/// The open pages: the upload form and the result of a check. Nothing is stored: the
/// downloads are carried in the result page itself as data: links.
enum CheckPages {
    static func form(_ context: RequestContext, limits: ServiceLimits) -> HTTPResponse {
        let options = Language.allCases.map { language in
            "<option value=\"\(language.rawValue)\"\(language == context.language ? " selected" : "")>\(language.rawValue.uppercased())</option>"
        }.joined()
        let mb = String(limits.maximumUploadBytes / (1024 * 1024))
        return Layout.page(context, title: context.t("check.title"), body: """
            <p>\(context.t("check.intro"))</p>
            <form method="post" action="/check" enctype="multipart/form-data">
            \(Layout.csrfField(context))
            <label for="file">\(context.t("check.file"))</label>
            <input id="file" name="file" type="file" multiple required accept=".docx,.md,.markdown,.yaml,.yml,.json" aria-describedby="file-limits">
            <p id="file-limits">\(context.t("check.limits", ["files": String(limits.maximumFiles), "mb": mb]))</p>
            <label for="lang">\(context.t("check.language"))</label>
            <select id="lang" name="lang">\(options)</select>
            <p><button type="submit">\(context.t("check.submit"))</button></p>
            </form>
            """)
    }

    /// The result: per document its verdict, the questions, findings grouped by question, the
    /// reading report, then the downloads of the whole report.
    static func result(_ context: RequestContext, report: ReviewedReport, today: String) -> HTTPResponse {
        var body = ""
        for document in report.documents {
            body += documentSection(context, document.result, language: report.language)
        }
        let options = RenderOptions(today: today)
        let downloads: [(String, String, String, String)] = [
            ("download.html", "text/html", "conclusion.html", HTMLConclusion.render(report, options: options)),
            ("download.json", "application/json", "report.json", JSONReport.render(report, options: options)),
            ("download.sarif", "application/sarif+json", "report.sarif", SARIFReport.render(report, options: options)),
        ]
        body += "<section aria-labelledby=\"downloads\"><h2 id=\"downloads\">\(context.t("result.downloads"))</h2><ul>"
        for (key, type, file, text) in downloads {
            body += "<li><a id=\"download-\(file.replacingOccurrences(of: ".", with: "-"))\" download=\"\(file)\" href=\"data:\(type);charset=utf-8;base64,\(Data(text.utf8).base64EncodedString())\">\(context.t(key))</a></li>"
        }
        body += "</ul></section><p><a href=\"/\">\(context.t("result.again"))</a></p>"
        return Layout.page(context, title: context.t("result.title"), body: body)
    }

    static func documentSection(_ context: RequestContext, _ result: DocumentResult, language: Language) -> String {
        let e = Escape.html
        let title = result.header.map { "\($0.kind.abbreviation) \($0.id)" + ($0.title.map { " — \($0)" } ?? "") } ?? result.file
        var html = "<section class=\"document\"><h2>\(e(title))</h2><p>\(e(result.file))</p>"
        let verdict = result.verdict.rawValue
        // A document that did not load says so, not that questions went unexamined.
        let verdictKey = result.header == nil ? "verdict.unreadable" : "verdict.\(verdict)"
        html += "<p class=\"verdict verdict-\(verdict)\" id=\"verdict\" data-verdict=\"\(verdict)\" role=\"status\">\(context.t("result.verdict")): \(context.t(verdictKey))</p>"
        if !result.questions.isEmpty {
            html += "<h3>\(context.t("result.questions"))</h3><table><thead><tr><th scope=\"col\">№</th><th scope=\"col\">\(context.t("result.questions"))</th><th scope=\"col\">\(context.t("exams.status"))</th></tr></thead><tbody>"
            for (index, outcome) in result.questions.enumerated() {
                let status = switch outcome.status {
                case .examined: context.t("question.examined")
                case .notExamined: context.t("question.notExamined")
                case .notApplicable: context.t("question.notApplicable")
                }
                let reason = outcome.reason.map { ": " + e($0[language]) } ?? ""
                html += "<tr class=\"question-\(outcome.status.rawValue)\"><td>\(index + 1)</td><td>\(e(outcome.title[language]))</td><td>\(status)\(reason)</td></tr>"
            }
            html += "</tbody></table>"
        }
        if result.header != nil {
            html += "<h3>\(context.t("result.findings"))</h3>"
            if result.findings.isEmpty { html += "<p>\(context.t("result.noFindings"))</p>" }
        }
        let order = result.questions.map(\.question) + ExaminationQuestion.allCases
        var seen = Set<ExaminationQuestion>()
        for question in order where seen.insert(question).inserted {
            let findings = result.findings.filter { $0.question == question }
            guard !findings.isEmpty else { continue }
            let heading = result.questions.first { $0.question == question }.map { $0.title[language] } ?? question.rawValue
            html += "<h4>\(e(heading))</h4><ul class=\"findings\">"
            for finding in findings {
                let place = finding.locator ?? "\(finding.path) (\(finding.mark.line):\(finding.mark.column))"
                html += "<li class=\"finding\"><span class=\"severity-\(finding.severity.rawValue)\">\(e(finding.severity.rawValue))</span> "
                html += "<strong>\(e(finding.ruleID))</strong> \(e(finding.title)). \(e(finding.message))"
                html += "<br>\(context.t("result.where")): \(e(place))"
                if let fix = finding.fix { html += "<br>\(context.t("result.fix")): \(e(fix))" }
                html += "</li>"
            }
            html += "</ul>"
        }
        html += "<h3>\(context.t("result.reading"))</h3>"
        if result.problems.isEmpty {
            html += "<p>\(context.t("result.readingClean"))</p>"
        } else {
            html += "<ul class=\"problems\">" + result.problems.map { problem in
                "<li><code>\(e(problem.code))</code> \(e(problem.message))\(problem.mark.map { " (\($0.line):\($0.column))" } ?? "")</li>"
            }.joined() + "</ul>"
        }
        return html + "</section>"
    }
}
