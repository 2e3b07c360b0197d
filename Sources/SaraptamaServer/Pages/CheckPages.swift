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
    static func result(_ context: RequestContext, report: ReviewedReport, today: String, ruleSetDirectory: String) -> HTTPResponse {
        var body = ""
        for document in report.documents {
            body += documentSection(context, document.result, language: report.language)
        }
        let options = RenderOptions(today: today)
        var downloads: [(key: String, type: String, file: String, bytes: [UInt8])] = []
        // The conclusion to edit and sign, in Word (pandoc); left out, with a word, when pandoc cannot make it.
        let docx = try? ConclusionConverter(settings: options.conclusion, ruleSetDirectory: ruleSetDirectory).convert(IssuedConclusion.render(report, options: options), to: .docx, title: "")
        if let docx { downloads.append(("download.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "conclusion.docx", docx)) }
        downloads += [
            ("download.html", "text/html;charset=utf-8", "conclusion.html", Array(HTMLConclusion.render(report, options: options).utf8)),
            ("download.json", "application/json;charset=utf-8", "report.json", Array(JSONReport.render(report, options: options).utf8)),
            ("download.sarif", "application/sarif+json;charset=utf-8", "report.sarif", Array(SARIFReport.render(report, options: options).utf8)),
        ]
        body += "<section aria-labelledby=\"downloads\"><h2 id=\"downloads\">\(context.t("result.downloads"))</h2><ul>"
        for download in downloads {
            let id = "download-" + download.file.replacingOccurrences(of: ".", with: "-")
            body += "<li><a id=\"\(id)\" download=\"\(download.file)\" href=\"data:\(download.type);base64,\(Data(download.bytes).base64EncodedString())\">\(context.t(download.key))</a></li>"
        }
        if docx == nil { body += "<li>\(context.t("download.docxUnavailable"))</li>" }
        body += "</ul></section><p><a href=\"/\">\(context.t("result.again"))</a></p>"
        return Layout.page(context, title: context.t("result.title"), body: body)
    }

    static func documentSection(_ context: RequestContext, _ result: DocumentResult, language: Language) -> String {
        let e = Escape.html
        let title = result.header.map { "\($0.kind.abbreviation(language)) \($0.id)" + ($0.title.map { " — \($0)" } ?? "") } ?? result.file
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
                html += "<li class=\"finding\"><span class=\"severity-\(finding.severity.rawValue)\">\(e(finding.severity.name(language)))</span> "
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
                "<li><code>\(e(problem.code))</code> \(e(problem.message(in: language.rawValue)))\(problem.mark.map { " (\($0.line):\($0.column))" } ?? "")</li>"
            }.joined() + "</ul>"
        }
        return html + "</section>"
    }
}
