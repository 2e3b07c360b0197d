/// Renders diagnostics the way compilers do:
///
///     Rules/structure/sections.yaml:12:18: error: expr-unknown-function: unknown function 'sizee'
///         assert: sizee(doc.sections) >= 9
///                 ^
public struct DiagnosticRenderer: Sendable {
    /// Sources by path, so the offending line can be quoted.
    private var sources: [String: SourceFile] = [:]
    /// The language of the messages and severities ("ru", "kk", "en").
    public var language: String

    public init(sources: [SourceFile] = [], language: String = "en") {
        self.language = language
        for source in sources { self.sources[source.path] = source }
    }

    public mutating func add(_ source: SourceFile) { sources[source.path] = source }

    /// One diagnostic: the header line, then (when the source is known) the line and a caret.
    public func render(_ diagnostic: Diagnostic) -> String {
        // A message may quote a document's keys or values: its control characters are escaped.
        var out = ControlEscaping.escaped(diagnostic.description(in: language), keepingLineFeeds: true)
        if let file = diagnostic.file, let mark = diagnostic.mark,
            let source = sources[file], let line = source.line(mark.line)
        {
            out += "\n" + Self.quote(line: line, column: mark.column)
        }
        return out
    }

    /// All diagnostics, sorted by location, each followed by its quoted line.
    public func render(_ diagnostics: [Diagnostic]) -> String {
        diagnostics.sorted(by: Diagnostic.byLocation).map(render).joined(separator: "\n")
    }

    /// The quoted source line (indented by 4) and a caret under `column`; tabs are kept in the
    /// caret line so that it lines up under the character on any terminal, and control
    /// characters are shown escaped (`ControlEscaping`).
    public static func quote(line: Substring, column: Int) -> String {
        let shown = String(line.prefix(400))
        let (text, caret) = ControlEscaping.quoted(shown.unicodeScalars, caretOffset: column - 1)
        return "    " + text + "\n    " + caret + "^"
    }
}
