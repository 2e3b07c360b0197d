/// The draft expert conclusion (`--format html`): one self-contained, printable HTML file with
/// no external assets and no script. Per document: the header (document, state body, object,
/// kind, date, rule set), the verdict, the remarks numbered and grouped by the questions of the
/// examination — each with its basis, its location and the quoted line of the document — then
/// waived findings, waivers that no longer apply, what the previous round had that is now
/// resolved, the passed checks (folded, so they are not printed) and a signature block. Dates are
/// written dd.mm.yyyy and amounts in tenge grouped by thousands; a remark in a Word or Markdown
/// document is placed by its section, table and row. The file and the rule set's hash are only in
/// the page's footer: the draft is about the document, not the file it came in.
///
/// Every value taken from a document, a rule or a waiver is HTML-escaped, and a Content
/// Security Policy forbids scripts, so a document that contains markup cannot inject it.
public enum HTMLConclusion {
    /// The whole conclusion: one `<article>` per document, in the report's language.
    public static func render(_ report: ReviewedReport, options: RenderOptions) -> String {
        let labels = ConclusionLabels(language: report.language)
        let ids = report.documents.compactMap { $0.result.header?.id }
        var out = "<!DOCTYPE html>\n<html lang=\"\(report.language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"saraptama \(e(options.toolVersion))\">\n"
        out += "<title>\(e(labels.pageTitle))\(ids.isEmpty ? "" : " — " + e(ids.joined(separator: ", ")))</title>\n"
        out += "<style>\n\(ConclusionStyle.css)</style>\n</head>\n<body>\n"
        for (index, document) in report.documents.enumerated() {
            out += article(document, number: index + 1, report: report, labels: labels, options: options)
        }
        return out + "</body>\n</html>\n"
    }

    private static func e(_ text: String) -> String { Escape.html(text) }

    static func article(_ document: ReviewedDocument, number: Int, report: ReviewedReport, labels: ConclusionLabels, options: RenderOptions) -> String {
        let result = document.result
        var out = "<article class=\"conclusion\" id=\"document-\(number)\">\n"
        out += "<p class=\"draft-notice\">\(e(labels.draftNotice))</p>\n"
        out += "<header>\n<h1>\(e(labels.heading))</h1>\n"
        if let header = result.header {
            out += "<p class=\"subject\">\(e(labels.kind(header.kind)))\(header.title.map { " «" + e($0) + "»" } ?? "")</p>\n"
        }
        out += facts(result, report: report, labels: labels, options: options) + "</header>\n"
        out += verdict(document, number: number, labels: labels)
        let errors = result.problems.filter { $0.severity == .error }
        let warnings = result.problems.filter { $0.severity != .error }
        if !errors.isEmpty {
            out += "<section class=\"problems\">\n<h2>\(e(labels.problemsHeading))</h2>\n<ul>\n"
            for problem in errors { out += "<li><code>\(e(problem.description(in: labels.language.rawValue)))</code></li>\n" }
            out += "</ul>\n</section>\n"
        }
        if !warnings.isEmpty {
            out += "<section class=\"document-warnings\">\n<h2>\(e(labels.documentWarningsHeading))</h2>\n<ul>\n"
            for problem in warnings { out += "<li><code>\(e(problem.description(in: labels.language.rawValue)))</code></li>\n" }
            out += "</ul>\n</section>\n"
        }
        if result.header != nil { out += remarks(document, number: number, report: report, labels: labels) }
        out += waived(document, labels: labels)
        if !document.waiverNotices.isEmpty {
            out += "<section class=\"waiver-notices\">\n<h2>\(e(labels.waiverNoticesHeading))</h2>\n<ul>\n"
            for notice in document.waiverNotices { out += "<li><code>\(e(notice.description))</code></li>\n" }
            out += "</ul>\n</section>\n"
        }
        if let round = document.round, !round.resolved.isEmpty {
            out += "<section class=\"resolved\">\n<h2>\(e(labels.resolvedHeading))</h2>\n<ul>\n"
            for finding in round.resolved {
                out += "<li><span class=\"rule-id\">\(e(finding.rule))</span> <code>\(e(finding.path))</code> — \(e(finding.message))</li>\n"
            }
            out += "</ul>\n</section>\n"
        }
        if result.header != nil { out += passed(document, report: report, labels: labels) }
        out += "<section class=\"signature\">\n<p>\(e(labels.expert)): <span class=\"blank\"></span> / <span class=\"blank\"></span> /"
        out += " <span class=\"hint\">(\(e(labels.signature)))</span></p>\n"
        out += "<p>\(e(labels.conclusionDate)): \(options.today.map { e(LocalFormat.date($0)) } ?? "<span class=\"blank\"></span>")</p>\n</section>\n"
        out += "<footer>\(e(labels.file)): <code>\(e(result.file))</code> · \(e(labels.generatedBy)): saraptama \(e(options.toolVersion)) · \(e(report.ruleSetName)) \(e(report.ruleSetVersion))"
        out += " · sha-256 \(e(String(report.ruleSetHash.prefix(16))))…</footer>\n"
        return out + "</article>\n"
    }

    static func facts(_ result: DocumentResult, report: ReviewedReport, labels: ConclusionLabels, options: RenderOptions) -> String {
        var rows: [(String, String)] = []
        if let header = result.header {
            rows.append((labels.document, e(header.id) + (header.title.map { " — «" + e($0) + "»" } ?? "")))
            rows.append((labels.documentKind, e(labels.kind(header.kind))))
            if let body = header.stateBodyName ?? header.stateBodyID { rows.append((labels.stateBody, e(body))) }
            if let object = header.objectName { rows.append((labels.object, e(object))) }
            rows.append((labels.documentDate, e(LocalFormat.date(header.dateText))))
        }
        rows.append((labels.ruleSet, e("\(report.ruleSetName) \(report.ruleSetVersion)")))
        if let waivers = report.waiversFile { rows.append((labels.waiversFile, "<code>" + e(waivers) + "</code>")) }
        if let baseline = report.baselineFile { rows.append((labels.baseline, "<code>" + e(baseline) + "</code>")) }
        var out = "<table class=\"facts\">\n"
        for (label, value) in rows { out += "<tr><th scope=\"row\">\(e(label))</th><td>\(value)</td></tr>\n" }
        return out + "</table>\n"
    }

    static func verdict(_ document: ReviewedDocument, number: Int, labels: ConclusionLabels) -> String {
        let result = document.result
        var out = "<section class=\"verdict verdict-\(result.verdict.rawValue)\" id=\"verdict-\(number)\">\n"
        out += "<h2>\(e(labels.verdictHeading))</h2>\n"
        out += "<p class=\"verdict-text\">\(e(labels.verdict(result.verdict)))</p>\n"
        out += "<p>\(e(labels.verdictExplanation(result.verdict, errors: result.count(.error))))</p>\n"
        let unexamined = result.unexaminedQuestions
        if !unexamined.isEmpty {
            out += "<h3>\(e(labels.unexaminedHeading))</h3>\n<ul class=\"unexamined\">\n"
            for outcome in unexamined {
                out += "<li>\(e(outcome.title[labels.language])) — \(e(outcome.reason?[labels.language] ?? ""))</li>\n"
            }
            out += "</ul>\n"
        }
        if let round = document.round {
            out += "<p class=\"round\">\(e(labels.roundHeading)): \(e(labels.roundSummary(resolved: round.resolved.count, open: round.open.count, new: round.new.count)))</p>\n"
        }
        return out + "</section>\n"
    }

    /// The remarks, numbered 1…N across the document and grouped by examination question; each
    /// question says whether it was examined, and if not, why.
    static func remarks(_ document: ReviewedDocument, number: Int, report: ReviewedReport, labels: ConclusionLabels) -> String {
        let findings = document.result.findings
        let outcomes = document.result.questions
        var out = "<section class=\"remarks\">\n<h2>\(e(labels.remarksHeading))</h2>\n"
        var remarkNumber = 0
        var sectionNumber = 0
        for question in ExaminationQuestion.allCases {
            let mine = findings.filter { $0.question == question }
            let outcome = outcomes.first { $0.question == question }
            guard outcome != nil || !mine.isEmpty else { continue }
            if question == .other, mine.isEmpty, outcome?.status == .notApplicable { continue }
            sectionNumber += 1
            let title = outcome?.title[labels.language] ?? ExaminationQuestion.otherTitle[labels.language]
            out += "<section class=\"question\" id=\"question-\(number)-\(question.rawValue)\">\n"
            out += "<h3>\(sectionNumber). \(e(title))</h3>\n"
            if let outcome {
                let reason = outcome.reason?[labels.language] ?? ""
                let status = switch outcome.status {
                case .examined: labels.checksApplied(outcome.rulesInForce.count)
                case .notExamined: labels.notExamined(reason)
                case .notApplicable: labels.notApplicable(reason)
                }
                out += "<p class=\"coverage coverage-\(outcome.status.rawValue)\">\(e(status))</p>\n"
            }
            if mine.isEmpty, outcome?.status == .examined { out += "<p class=\"none\">\(e(labels.noRemarks))</p>\n" }
            for finding in mine {
                remarkNumber += 1
                out += remark(
                    finding, id: "remark-\(number)-\(remarkNumber)", number: remarkNumber, status: document.roundStatus(of: finding), labels: labels,
                    lineNumbers: !document.result.file.lowercased().hasSuffix(".docx") && !document.result.file.lowercased().hasSuffix(".odt"))
            }
            out += "</section>\n"
        }
        return out + "</section>\n"
    }

    /// `lineNumbers`: the document is text whose lines the author sees (YAML, Markdown), not Word.
    static func remark(_ finding: Finding, id: String, number: Int, status: RoundComparison.Status?, labels: ConclusionLabels, lineNumbers: Bool) -> String {
        var out = "<div class=\"remark remark-\(finding.severity.rawValue)\" id=\"\(id)\">\n"
        out += "<h4><span class=\"remark-number\">\(number).</span> <span class=\"rule-id\">\(e(finding.ruleID))</span> \(e(finding.title))"
        out += " <span class=\"severity\">\(e(labels.severity(finding.severity)))</span>"
        if let status { out += " <span class=\"round-\(status.rawValue)\">\(e(status == .new ? labels.newRemark : labels.openRemark))</span>" }
        out += "</h4>\n<p class=\"message\">\(e(LocalFormat.prose(finding.message, labels.language)))</p>\n<dl>\n"
        // A Word or Markdown document is placed in its own terms (section, table, row), with the
        // line of a Markdown file; a YAML document by the node's path, line and column.
        let line = "\(e(labels.line)) \(finding.mark.line), \(e(labels.column)) \(finding.mark.column)"
        let place = finding.locator.map { e($0) + (lineNumbers ? " — " + line : "") } ?? "<code>\(e(finding.path.description))</code> — " + line
        out += "<dt>\(e(labels.location))</dt><dd>\(place)</dd>\n"
        for related in finding.related {
            out += "<dt>\(e(labels.comparedWith))</dt><dd><code>\(e(related.file))</code> <code>\(e(related.path.description))</code> — \(e(labels.line)) \(related.mark.line), \(e(labels.column)) \(related.mark.column)</dd>\n"
        }
        let basis = finding.basis.map { entry in
            e(entry.citation(labels.language)) + (entry.confidence == .inferred ? " <span class=\"inferred\">\(e(labels.inferred))</span>" : "")
        }.joined(separator: "; ")
        out += "<dt>\(e(labels.basis))</dt><dd class=\"basis\">\(basis)</dd>\n"
        if let fix = finding.fix { out += "<dt>\(e(labels.recommendation))</dt><dd class=\"fix\">\(e(LocalFormat.prose(fix, labels.language)))</dd>\n" }
        out += "</dl>\n"
        if !finding.excerpt.isEmpty {
            let window = ExcerptWindow(line: finding.excerpt, column: finding.mark.column, width: 120)
            let gutter = String(finding.mark.line)
            out += "<figure class=\"excerpt\"><figcaption>\(e(labels.excerpt))</figcaption>"
            out += "<pre><span class=\"line-number\">\(gutter)</span> <code>\(e(window.text))</code>\n"
            out += "<span class=\"line-number\">\(String(repeating: " ", count: gutter.count))</span> \(e(window.caretPadding))<span class=\"caret\">^</span></pre></figure>\n"
        }
        return out + "</div>\n"
    }

    static func waived(_ document: ReviewedDocument, labels: ConclusionLabels) -> String {
        guard !document.waived.isEmpty else { return "" }
        var out = "<section class=\"waived\">\n<h2>\(e(labels.waivedHeading))</h2>\n<table>\n"
        out += "<thead><tr><th>\(e(labels.rule))</th><th>\(e(labels.location))</th><th>\(e(labels.remarksHeading))</th>"
        out += "<th>\(e(labels.justification))</th><th>\(e(labels.approvedBy))</th><th>\(e(labels.expires))</th></tr></thead>\n<tbody>\n"
        for waived in document.waived {
            let finding = waived.finding, waiver = waived.waiver
            out += "<tr><td class=\"rule-id\">\(e(finding.ruleID))</td><td><code>\(e(finding.path.description))</code></td><td>\(e(finding.message))</td>"
            out += "<td>\(e(waiver.justification))</td><td>\(e(waiver.approvedBy))</td><td>\(e(waiver.expiresText))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    static func passed(_ document: ReviewedDocument, report: ReviewedReport, labels: ConclusionLabels) -> String {
        let ids = document.passedRules
        // Folded: the list is for the expert's screen; a closed <details> is not printed.
        var out = "<details class=\"passed\">\n<summary>\(e(labels.passedHeading)) (\(ids.count))</summary>\n"
        guard !ids.isEmpty else { return out + "<p class=\"none\">\(e(labels.noPassed))</p>\n</details>\n" }
        out += "<table>\n<thead><tr><th>\(e(labels.rule))</th><th>\(e(labels.requirement))</th><th>\(e(labels.question))</th><th>\(e(labels.basis))</th></tr></thead>\n<tbody>\n"
        for id in ids {
            guard let rule = report.rule(id) else {
                out += "<tr><td class=\"rule-id\">\(e(id))</td><td></td><td></td><td></td></tr>\n"
                continue
            }
            let question = document.result.questions.first { $0.question == rule.question }?.title[report.language] ?? ""
            out += "<tr><td class=\"rule-id\">\(e(rule.id))</td><td>\(e(rule.title))</td><td>\(e(question))</td>"
            out += "<td>\(e(rule.basis.map { $0.act[report.language] + ", " + $0.clause[report.language] }.joined(separator: "; ")))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</details>\n"
    }
}
