import Foundation
import SaraptamaLoading

/// GitHub Actions workflow commands (`--format github`): one line per finding,
/// `::error file=F,line=L,col=C,title=RULE::message`, which the runner turns into annotations
/// on the pull request. Levels: error → error, warning → warning, info → notice. The fix hint
/// follows the message on its own line. Problems that kept a document from being checked and
/// waiver notices are annotated too; waived findings are not (they are approved).
public enum GitHubAnnotations {
    /// One workflow command per finding, problem and waiver notice, in document order.
    public static func render(_ report: ReviewedReport, options: RenderOptions) -> String {
        report.documents.map { renderDocument($0, language: report.language) }.joined()
    }

    /// One document's commands (a batch streams them document by document).
    public static func renderDocument(_ document: ReviewedDocument, language: Language) -> String {
        let labels = ReportLabels(language: language)
        var out = ""
        for finding in document.result.findings {
            var message = finding.message
            if let fix = finding.fix { message += "\n\(labels.fix): \(fix)" }
            out += line(
                level(finding.severity), file: finding.file, line: finding.mark.line, column: finding.mark.column,
                title: finding.ruleID, message: message)
        }
        for outcome in document.result.unexaminedQuestions {
            out += line(
                "warning", file: document.result.file, line: nil, column: nil, title: labels.questionsNotExamined,
                message: "\(outcome.title[language]): \(outcome.reason?[language] ?? "")")
        }
        for diagnostic in document.result.problems + document.waiverNotices {
            let level = diagnostic.severity == .error ? "error" : diagnostic.severity == .warning ? "warning" : "notice"
            out += line(level, file: diagnostic.file, line: diagnostic.mark?.line, column: diagnostic.mark?.column, title: diagnostic.code, message: diagnostic.message(in: language.rawValue))
        }
        return out
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    static func line(_ level: String, file: String?, line: Int?, column: Int?, title: String, message: String) -> String {
        var properties: [String] = []
        if let file { properties.append("file=" + property(file)) }
        if let line { properties.append("line=\(line)") }
        if let column { properties.append("col=\(column)") }
        properties.append("title=" + property(title))
        return "::\(level) \(properties.joined(separator: ","))::\(data(message))\n"
    }

    /// Escaping of a command's message, as the runner's toolkit does it: `%`, CR and LF; other
    /// control characters (ESC and the like, from a document's values) are shown escaped
    /// (`ControlEscaping`) so they cannot reach the log viewer raw.
    static func data(_ text: String) -> String {
        ControlEscaping.escaped(
            text.replacingOccurrences(of: "%", with: "%25")
                .replacingOccurrences(of: "\r", with: "%0D")
                .replacingOccurrences(of: "\n", with: "%0A"))
    }

    /// Escaping of a property value: as `data`, plus `:` and `,`, which delimit properties.
    static func property(_ text: String) -> String {
        data(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
