/// The formats `saraptama check --format` (and `--output FORMAT=PATH`) can produce.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// For terminals: grouped, aligned, the quoted line with a caret, basis and fix.
    case text
    /// The documented, versioned report for machines (and for `diff` / `--baseline`).
    case json
    /// SARIF 2.1.0, for code-scanning dashboards and IDEs.
    case sarif
    /// JUnit XML: one test case per rule × document, for CI systems.
    case junit
    /// Markdown tables, for pasting into a review or a ticket.
    case markdown
    /// The draft expert conclusion: one self-contained, printable HTML file.
    case html
    /// GitHub Actions workflow commands: one `::error file=…::` line per finding.
    case github
    /// The issued conclusion as pandoc Markdown, the text `--output docx=PATH` converts to Word.
    case conclusion

    /// Renders a report in this format.
    public func render(_ report: ReviewedReport, options: RenderOptions) -> String {
        switch self {
        case .text: TextReport.render(report, options: options)
        case .json: JSONReport.render(report, options: options)
        case .sarif: SARIFReport.render(report, options: options)
        case .junit: JUnitReport.render(report, options: options)
        case .markdown: MarkdownReport.render(report, options: options)
        case .html: HTMLConclusion.render(report, options: options)
        case .github: GitHubAnnotations.render(report, options: options)
        case .conclusion: IssuedConclusion.render(report, options: options)
        }
    }

    /// Renders a plain check report (no waivers, no baseline, no rule descriptions).
    public func render(_ report: CheckReport) -> String {
        render(ReviewedReport(report), options: RenderOptions())
    }

    /// The usual file extension, for naming output files.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .json: "json"
        case .sarif: "sarif"
        case .junit: "junit.xml"
        case .markdown: "md"
        case .html: "html"
        case .github: "github.txt"
        case .conclusion: "conclusion.md"
        }
    }
}
