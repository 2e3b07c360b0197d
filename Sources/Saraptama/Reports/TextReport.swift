import SaraptamaLoading

/// The terminal report (`--format text`): per document, its header, then its findings grouped by
/// severity (errors first) and aligned, each with the quoted source line and a caret under the
/// offending node, the node path, the basis and the fix hint; then waived findings, waiver
/// notices, the verdict and the comparison with the previous round; a summary at the end.
///
/// Load and evaluation problems are not repeated here: the CLI prints them on stderr. Documents
/// render one at a time (`renderDocument`, then `renderSummary`), so a run over a huge batch can
/// stream them.
public enum TextReport {
    /// The English-or-other report of a plain check, without colour (golden cases use this).
    public static func render(_ report: CheckReport) -> String {
        render(ReviewedReport(report), options: RenderOptions())
    }

    /// Every document, then the summary.
    public static func render(_ report: ReviewedReport, options: RenderOptions) -> String {
        var out = ""
        var tally = ReportTally(threshold: options.failOn)
        for document in report.documents {
            out += renderDocument(document, language: report.language, options: options)
            tally.add(document)
        }
        return out + renderSummary(tally, language: report.language, options: options)
    }

    /// One document's block, ending with an empty line.
    public static func renderDocument(_ document: ReviewedDocument, language: Language, options: RenderOptions) -> String {
        let labels = ReportLabels(language: language)
        let paint = TerminalPaint(enabled: options.colour)
        let result = document.result
        var out = paint.strong(safe(result.file)) + "\n"
        if let header = result.header {
            var line = "  \(safe(header.id)) · \(ConclusionLabels(language: language).kind(header.kind)) · \(safe(header.dateText))"
            if let body = header.stateBodyName ?? header.stateBodyID { line += " · \(safe(body))" }
            out += line + "\n"
            if let title = header.title { out += "  «\(safe(title))»\n" }
        }
        if result.findings.isEmpty, result.header != nil { out += "  " + paint.good(labels.noFindings) + "\n" }
        let grouped = result.findings.sorted { $0.severity != $1.severity ? $0.severity > $1.severity : Finding.byLocation($0, $1) }
        let layout = Layout(grouped + document.waived.map(\.finding), labels: labels)
        for finding in grouped {
            let mark = document.roundStatus(of: finding).map { $0 == .new ? labels.newMark : labels.openMark }
            out += entry(finding, layout: layout, roundMark: mark, labels: labels, paint: paint, style: options.textStyle)
        }
        if !document.waived.isEmpty {
            out += "  \(labels.waived) (\(document.waived.count)):\n"
            for waived in document.waived {
                let waiver = waived.waiver
                out += layout.lead(waived.finding, paint: paint, mark: labels.waivedMark) + message(waived.finding.message, indent: layout.indent) + "\n"
                out += layout.indent + paint.dim(safe(waived.finding.path.description + (waived.finding.locator.map { "  (\($0))" } ?? ""))) + "\n"
                out += layout.indent + safe("\(labels.until) \(waiver.expiresText), \(labels.approvedBy): \(waiver.approvedBy); \(labels.justification): \(waiver.justification)") + "\n"
            }
        }
        if !document.waiverNotices.isEmpty {
            out += "  \(labels.waiverNotices):\n"
            for notice in document.waiverNotices { out += "    " + safe(notice.description) + "\n" }
        }
        let counts = labels.counts(errors: result.count(.error), warnings: result.count(.warning), infos: result.count(.info))
        let examined = result.questions.reduce(into: Set<String>()) { $0.formUnion($1.rulesExamined) }.count
        out += "  → \(paint.verdict(result.verdict, labels.verdict(result.verdict))): \(counts); \(labels.rulesChecked): \(result.checkedRules.count)"
        out += result.questions.isEmpty ? "\n" : ", \(labels.rulesExamined): \(examined)\n"
        // Reading-report hook: what was read of a prose document (Markdown, Word).
        if let reading = result.reading { out += reading.summaryLine(language) }
        let unexamined = result.unexaminedQuestions
        if !unexamined.isEmpty {
            out += "  " + paint.verdict(.inconclusive, labels.questionsNotExamined) + ":\n"
            for outcome in unexamined { out += "    – \(outcome.title[language]): \(outcome.reason?[language] ?? "")\n" }
        }
        if let round = document.round {
            out += "  \(labels.sincePrevious): " + labels.roundSummary(resolved: round.resolved.count, open: round.open.count, new: round.new.count) + "\n"
            for finding in round.resolved {
                out += "    \(labels.resolved)  " + safe("\(finding.rule)  \(finding.path)  (\(finding.file):\(finding.line):\(finding.column))") + "\n"
            }
        }
        return out + "\n"
    }

    /// The closing summary; in lint style, followed by what to do next.
    public static func renderSummary(_ tally: ReportTally, language: Language, options: RenderOptions) -> String {
        let labels = ReportLabels(language: language)
        var out = "\(labels.documents): \(tally.documents) — \(labels.positive): \(tally.positive), "
        out += "\(labels.negative): \(tally.negative), \(labels.inconclusive): \(tally.inconclusive); "
        out += labels.counts(errors: tally.errors, warnings: tally.warnings, infos: tally.infos)
        if tally.waived > 0 { out += "; " + labels.waivedCount(tally.waived) }
        out += "\n"
        if options.textStyle == .lint {
            out += lintSummary(tally, labels: labels, paint: TerminalPaint(enabled: options.colour)) + "\n"
        }
        return out
    }

    /// The lint summary line alone (formats other than text print it on stderr).
    public static func lintSummary(_ tally: ReportTally, language: Language, colour: Bool = false) -> String {
        lintSummary(tally, labels: ReportLabels(language: language), paint: TerminalPaint(enabled: colour))
    }

    static func lintSummary(_ tally: ReportTally, labels: ReportLabels, paint: TerminalPaint) -> String {
        let text = labels.lintSummary(
            toFix: tally.atOrAboveThreshold, documents: tally.documents, failing: tally.failingDocuments, threshold: tally.threshold,
            inconclusive: tally.inconclusive)
        return tally.atOrAboveThreshold == 0 && tally.inconclusive == 0 ? paint.good(text) : paint.severity(.error, text)
    }

    /// One finding: the aligned head line, then (indented under the message) the path, the
    /// quoted line with a caret, the basis and the fix — or the fix first in lint style.
    static func entry(_ finding: Finding, layout: Layout, roundMark: String?, labels: ReportLabels, paint: TerminalPaint, style: RenderOptions.TextStyle) -> String {
        var out = layout.lead(finding, paint: paint, mark: roundMark) + message(finding.message, indent: layout.indent) + "\n"
        let indent = layout.indent
        if style == .lint, let fix = finding.fix { out += indent + paint.strong("\(labels.fix):") + " " + message(fix, indent: indent) + "\n" }
        out += indent + paint.dim(safe(finding.path.description + (finding.locator.map { "  (\($0))" } ?? ""))) + "\n"
        out += quote(finding, indent: indent, paint: paint)
        // A cross-document finding shows the other document's place too, quoted the same way.
        for related in finding.related {
            out += indent + paint.dim(safe("\(labels.seeAlso): \(related.file):\(related.mark.line):\(related.mark.column) \(related.path)")) + "\n"
            out += quote(excerpt: related.excerpt, mark: related.mark, indent: indent, paint: paint)
        }
        let basis = "\(labels.basis): " + finding.basis.citation(labels.language, inferredMark: labels.inferred)
        out += indent + paint.dim(safe(basis)) + "\n"
        if style == .report, let fix = finding.fix { out += indent + "\(labels.fix): " + message(fix, indent: indent) + "\n" }
        return out
    }

    /// A one-line field of a document (a title, a path, a file name) with its control
    /// characters shown escaped: see `ControlEscaping`.
    static func safe(_ text: String) -> String { ControlEscaping.escaped(text) }

    /// A message or fix: control characters escaped, and each further line indented under the
    /// first, so that no text of a document can start a line of its own that looks like the
    /// report's (a fake verdict).
    static func message(_ text: String, indent: String) -> String {
        ControlEscaping.escaped(text, keepingLineFeeds: true).replacingOccurrences(of: "\n", with: "\n" + indent)
    }

    /// The finding's source line with its number and a caret under the column. Long lines are
    /// shown as a window around the column so the caret stays on screen.
    static func quote(_ finding: Finding, indent: String, paint: TerminalPaint) -> String {
        quote(excerpt: finding.excerpt, mark: finding.mark, indent: indent, paint: paint)
    }

    static func quote(excerpt: String, mark: Mark, indent: String, paint: TerminalPaint) -> String {
        guard !excerpt.isEmpty else { return "" }
        let window = ExcerptWindow(line: excerpt, column: mark.column)
        let number = String(mark.line)
        let gutter = String(repeating: " ", count: number.count)
        var out = indent + "  " + paint.dim(number + " |") + " " + window.text + "\n"
        out += indent + "  " + paint.dim(gutter + " |") + " " + window.caretPadding + paint.caret("^") + "\n"
        return out
    }

    /// Column widths shared by the findings of one document, so they line up.
    struct Layout {
        let positionWidth: Int
        let severityWidth: Int
        let ruleWidth: Int
        let labels: ReportLabels

        init(_ findings: [Finding], labels: ReportLabels) {
            positionWidth = findings.map { "\($0.mark.line):\($0.mark.column)".count }.max() ?? 0
            severityWidth = findings.map { labels.severity($0.severity).count }.max() ?? 0
            ruleWidth = findings.map(\.ruleID.count).max() ?? 0
            self.labels = labels
        }

        var indent: String { String(repeating: " ", count: 2 + positionWidth + 2 + severityWidth + 2 + ruleWidth + 2) }

        func lead(_ finding: Finding, paint: TerminalPaint, mark: String?) -> String {
            let position = "\(finding.mark.line):\(finding.mark.column)".padding(positionWidth)
            let severity = paint.severity(finding.severity, labels.severity(finding.severity).padding(severityWidth))
            let rule = paint.strong(finding.ruleID) + String(repeating: " ", count: max(0, ruleWidth - finding.ruleID.count))
            return "  " + position + "  " + severity + "  " + rule + "  " + (mark.map { "[\($0)] " } ?? "")
        }
    }
}

/// A window of a long source line around a column, with the padding that puts a caret under it
/// (tabs kept, so the caret lines up on any terminal). At most `width` scalars of the line are
/// shown, with `…` where it was cut; control characters are shown escaped (`\u001b`, see
/// `ControlEscaping`), so an excerpt is at most `6 × width + 2` characters whatever the line.
/// Every format quotes through it: output grows linearly with the number of findings, never
/// with the length of a document's lines.
public struct ExcerptWindow: Sendable {
    /// The width every report uses unless it says otherwise (`ExcerptWindow.defaultWidth`).
    public static let defaultWidth = 160
    /// The shown text.
    public let text: String
    /// What to print before a caret so that it sits under the column.
    public let caretPadding: String

    /// The window of `line` around the 1-based `column`.
    /// With `escapingControls` false (JSON and SARIF, whose encoders escape them), control
    /// characters are kept as they are.
    public init(line: String, column: Int, width: Int = ExcerptWindow.defaultWidth, escapingControls: Bool = true) {
        let scalars = Array(line.unicodeScalars)
        let target = max(0, min(column - 1, scalars.count))
        let start = scalars.count > width && target > width / 2 ? min(target - width / 2, max(0, scalars.count - width)) : 0
        let end = min(scalars.count, start + width)
        let (shown, padding) = escapingControls
            ? ControlEscaping.quoted(scalars[start..<end], caretOffset: target - start)
            : (String(String.UnicodeScalarView(scalars[start..<end])), "")
        text = (start > 0 ? "…" : "") + shown + (end < scalars.count ? "…" : "")
        caretPadding = (start > 0 ? " " : "") + padding
    }
}

extension ExcerptWindow {
    /// The width of JSON and SARIF excerpts: wider than a terminal's, since tools read them and
    /// a whole line of a realistic document fits.
    public static let machineWidth = 512

    /// The excerpt JSON and SARIF carry: the line itself when it is at most `machineWidth`
    /// scalars, else the `machineWidth` scalars around `column` with `…` where it was cut.
    static func capped(_ line: String, column: Int) -> String {
        line.unicodeScalars.count <= machineWidth ? line : ExcerptWindow(line: line, column: column, width: machineWidth, escapingControls: false).text
    }
}

extension String {
    /// Pads with spaces on the right to `width` characters.
    func padding(_ width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
