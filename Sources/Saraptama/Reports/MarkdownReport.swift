/// Markdown (`--format markdown`), for pasting into a review or a ticket: per document, a header
/// table, the verdict, and a table of findings (position, severity, rule, path, message, fix);
/// then waived findings, waiver notices and the comparison with the previous round. Every cell
/// is escaped: pipes cannot break a table and markup in a document cannot reach a renderer.
public enum MarkdownReport {
    /// A heading for the rule set, a section per document, and the totals.
    public static func render(_ report: ReviewedReport, options: RenderOptions) -> String {
        let labels = ReportLabels(language: report.language)
        var out = "# Saraptama — \(Escape.markdownCell(report.ruleSetName)) \(Escape.markdownCell(report.ruleSetVersion))\n\n"
        for document in report.documents { out += self.document(document, labels: labels) }
        let tally = ReportTally(report, threshold: options.failOn)
        out += "**\(labels.documents)**: \(tally.documents) — \(labels.positive): \(tally.positive), \(labels.negative): \(tally.negative), "
        out += "\(labels.inconclusive): \(tally.inconclusive); " + labels.counts(errors: tally.errors, warnings: tally.warnings, infos: tally.infos)
        if tally.waived > 0 { out += "; " + labels.waivedCount(tally.waived) }
        return out + "\n"
    }

    static func document(_ document: ReviewedDocument, labels: ReportLabels) -> String {
        let result = document.result
        let cell = Escape.markdownCell
        var out = "## " + cell(result.header.map { $0.id + ($0.title.map { " — " + $0 } ?? "") } ?? result.file) + "\n\n"
        out += "| | |\n|---|---|\n"
        out += "| \(labels.file) | \(code(result.file)) |\n"
        if let header = result.header {
            out += "| \(labels.kind) | \(cell(ConclusionLabels(language: labels.language).kind(header.kind))) |\n"
            out += "| \(labels.date) | \(cell(header.dateText)) |\n"
            if let body = header.stateBodyName ?? header.stateBodyID { out += "| \(labels.stateBody) | \(cell(body)) |\n" }
            if let object = header.objectName { out += "| \(labels.object) | \(cell(object)) |\n" }
        }
        let counts = labels.counts(errors: result.count(.error), warnings: result.count(.warning), infos: result.count(.info))
        out += "| \(labels.verdictLabel) | **\(labels.verdict(result.verdict))** — \(counts) |\n\n"
        let unexamined = result.unexaminedQuestions
        if !unexamined.isEmpty {
            let heading = labels.questionsNotExamined.prefix(1).uppercased() + labels.questionsNotExamined.dropFirst()
            out += "### \(cell(heading))\n\n"
            for outcome in unexamined { out += "- **\(cell(outcome.title[labels.language]))**: \(cell(outcome.reason?[labels.language] ?? ""))\n" }
            out += "\n"
        }
        if result.findings.isEmpty {
            if result.header != nil { out += "_\(labels.noFindings)_\n\n" }
        } else {
            out += table(result.findings, labels: labels, status: { document.roundStatus(of: $0).map { $0 == .new ? labels.newMark : labels.openMark } })
        }
        if !document.waived.isEmpty {
            out += "### \(cell(labels.waived)) (\(document.waived.count))\n\n"
            out += "| \(labels.line) | \(labels.rule) | \(labels.path) | \(labels.finding) | \(cell(labels.justification)) |\n|---:|---|---|---|---|\n"
            for waived in document.waived {
                let finding = waived.finding, waiver = waived.waiver
                out += "| \(finding.mark.line):\(finding.mark.column) | \(cell(finding.ruleID)) | \(code(finding.path.description)) | \(cell(finding.message)) | "
                out += cell("\(waiver.justification) (\(labels.approvedBy) \(waiver.approvedBy), \(labels.until) \(waiver.expiresText))") + " |\n"
            }
            out += "\n"
        }
        if !document.waiverNotices.isEmpty {
            out += "### \(cell(labels.waiverNotices))\n\n"
            for notice in document.waiverNotices { out += "- " + cell(notice.description) + "\n" }
            out += "\n"
        }
        if !result.problems.isEmpty {
            out += "### \(cell(labels.problems))\n\n"
            for problem in result.problems { out += "- " + cell(problem.description(in: labels.language.rawValue)) + "\n" }
            out += "\n"
        }
        if let round = document.round {
            let heading = labels.sincePrevious.prefix(1).uppercased() + labels.sincePrevious.dropFirst()
            out += "### \(cell(heading))\n\n" + cell(labels.roundSummary(resolved: round.resolved.count, open: round.open.count, new: round.new.count)) + "\n\n"
            for finding in round.resolved {
                out += "- \(cell(labels.resolved)): \(cell(finding.rule)) \(code(finding.path)) — \(cell(finding.message))\n"
            }
            if !round.resolved.isEmpty { out += "\n" }
        }
        return out
    }

    static func table(_ findings: [Finding], labels: ReportLabels, status: (Finding) -> String?) -> String {
        let cell = Escape.markdownCell
        var out = "| # | \(labels.line) | \(labels.severityLabel) | \(labels.rule) | \(labels.path) | \(labels.finding) | \(labels.fixColumn) |\n"
        out += "|---:|---:|---|---|---|---|---|\n"
        for (index, finding) in findings.enumerated() {
            var rule = cell(finding.ruleID)
            if let mark = status(finding) { rule += " (\(cell(mark)))" }
            out += "| \(index + 1) | \(finding.mark.line):\(finding.mark.column) | \(cell(labels.severity(finding.severity))) | \(rule) | "
            // A cross-document finding names the other document's place after its message.
            let related = finding.related.map { " (\(labels.seeAlso): \($0.file):\($0.mark.line):\($0.mark.column) \($0.path))" }.joined()
            out += "\(code(finding.path.description)) | \(cell(finding.message + related)) | \(cell(finding.fix ?? "")) |\n"
        }
        return out + "\n"
    }

    /// A code span when the text holds no backtick (paths, file names); escaped text otherwise.
    static func code(_ text: String) -> String {
        guard !text.contains("`"), !text.contains("|"), !text.contains("\n") else { return Escape.markdownCell(text) }
        return "`" + text + "`"
    }
}
