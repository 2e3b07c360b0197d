/// The terminal report (`--format text`): findings grouped by document, each with its position,
/// severity, rule id and message, the basis and the fix hint; then a verdict per document and a
/// summary. Load and evaluation problems are not repeated here: the CLI prints them on stderr.
public enum TextReport {
    public static func render(_ report: CheckReport) -> String {
        let labels = ReportLabels(language: report.language)
        var out = ""
        for result in report.documents {
            out += result.file + "\n"
            if let header = result.header {
                var line = "  \(header.id) · \(header.kind.rawValue) · \(header.dateText)"
                if let body = header.stateBodyName ?? header.stateBodyID { line += " · \(body)" }
                out += line + "\n"
                if let title = header.title { out += "  «\(title)»\n" }
            }
            if result.findings.isEmpty, result.header != nil { out += "  \(labels.noFindings)\n" }
            let positionWidth = result.findings.map { "\($0.mark.line):\($0.mark.column)".count }.max() ?? 0
            let severityWidth = result.findings.map { labels.severity($0.severity).count }.max() ?? 0
            for finding in result.findings {
                let position = "\(finding.mark.line):\(finding.mark.column)"
                let severity = labels.severity(finding.severity)
                let lead = "  " + position.padding(positionWidth) + "  " + severity.padding(severityWidth) + "  " + finding.ruleID + "  "
                out += lead + finding.message + "\n"
                let indent = String(repeating: " ", count: lead.count)
                out += indent + finding.path.description + "\n"
                var basis = "\(labels.basis): \(finding.basis.act) (\(finding.basis.edition)), \(finding.basis.clause)"
                if finding.basis.confidence == .inferred { basis += " — \(labels.inferred)" }
                out += indent + basis + "\n"
                if let fix = finding.fix { out += indent + "\(labels.fix): \(fix)\n" }
            }
            let counts = labels.counts(errors: result.count(.error), warnings: result.count(.warning), infos: result.count(.info))
            out += "  → \(labels.verdict(result.verdict)): \(counts); \(labels.rulesChecked): \(result.checkedRules.count)\n\n"
        }
        func tally(_ verdict: Verdict) -> Int { report.documents.count { $0.verdict == verdict } }
        out += "\(labels.documents): \(report.documents.count) — \(labels.positive): \(tally(.positive)), "
        out += "\(labels.negative): \(tally(.negative)), \(labels.inconclusive): \(tally(.inconclusive)); "
        out += labels.counts(errors: report.count(.error), warnings: report.count(.warning), infos: report.count(.info)) + "\n"
        return out
    }
}

extension String {
    /// Pads with spaces on the right to `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
