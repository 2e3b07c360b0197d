/// How serious a diagnostic is. Diagnostics are about inputs (documents, rule files, flags);
/// findings about the content of a document are a different type (`Finding`).
public enum DiagnosticSeverity: String, Sendable, Codable, Comparable {
    case note
    case warning
    case error

    private var rank: Int {
        switch self {
        case .note: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// A problem found while loading or compiling an input, with a stable code and a position.
///
/// Codes are kebab-case identifiers grouped by stage (`yaml-…` for loading, `rule-…` for rule
/// files, `expr-…` for expressions, `eval-…` for evaluation, `doc-…` for documents); they never
/// change meaning once released, so scripts and tests can rely on them.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public var severity: DiagnosticSeverity
    public var code: String
    /// The English rendering (kept for callers that want one string; output paths render
    /// `message(in:)` in the report's language instead).
    public var message: String
    /// The file the diagnostic concerns (path as given), or nil for command-line problems.
    public var file: String?
    /// Where in `file` the problem is; nil when it concerns the file as a whole.
    public var mark: Mark?
    /// The catalogue entry of the message (`DiagnosticCatalogue`): the code itself, or
    /// `code.variant` when one code has several sentences. Nil when the message was built in
    /// English only (then other languages show the code's summary and this English text).
    public var template: String?
    /// The varying parts of the message, by the names the catalogue's templates use.
    public var arguments: [String: String]
    /// Where a Word document's problem is in the document's own words, by language code
    /// ("ru", "kk", "en"); appended in brackets to the message of that language.
    public var place: [String: String]

    public init(
        _ severity: DiagnosticSeverity = .error, code: String, message: String,
        file: String? = nil, mark: Mark? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.file = file
        self.mark = mark
        self.template = nil
        self.arguments = [:]
        self.place = [:]
    }

    /// A diagnostic whose message is the catalogue's `template` (default: the code's own entry)
    /// filled with `arguments`; `message` is its English rendering.
    public init(
        _ severity: DiagnosticSeverity = .error, code: String, template: String? = nil,
        arguments: [String: String] = [:], file: String? = nil, mark: Mark? = nil
    ) {
        let key = template ?? code
        self.severity = severity
        self.code = code
        self.template = key
        self.arguments = arguments
        self.message = DiagnosticCatalogue.render(key, arguments: arguments, language: "en") ?? key
        self.file = file
        self.mark = mark
        self.place = [:]
    }

    /// The message in `language` ("ru", "kk", "en"): the catalogue's template filled with the
    /// arguments, with the place in the document when there is one. English is `message`, so
    /// that what scripts matched before stays the same.
    public func message(in language: String) -> String {
        if language == "en" { return message }
        var text: String
        if let template, let rendered = DiagnosticCatalogue.render(template, arguments: arguments, language: language) {
            text = rendered
            if let where_ = place[language] { text += " [\(where_)]" }
        } else if let summary = DiagnosticCatalogue.render(code, arguments: [:], language: language) {
            // A message still built in English: the code's summary in the language, then the
            // English details (rule authors' diagnostics; see Diagnostics.md).
            text = summary + " — " + message
        } else {
            text = message
        }
        return text
    }

    /// `file:line:col: severity: code: message` (without the quoted source line).
    public var description: String { description(in: "en") }

    /// `description` with the message in `language`.
    public func description(in language: String) -> String {
        var location = ""
        if let file {
            location = file
            if let mark { location += ":\(mark.line):\(mark.column)" }
            location += ": "
        }
        return "\(location)\(DiagnosticCatalogue.severityWord(severity, language: language)): \(code): \(message(in: language))"
    }
}

extension Diagnostic {
    /// Orders diagnostics by file, then position, then code, so output is stable.
    public static func byLocation(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
        let lf = lhs.file ?? "", rf = rhs.file ?? ""
        if lf != rf { return lf < rf }
        let lm = lhs.mark ?? Mark(line: 0, column: 0), rm = rhs.mark ?? Mark(line: 0, column: 0)
        if lm != rm { return lm < rm }
        return lhs.code < rhs.code
    }
}

/// The error thrown by a stage that found problems: all of them, sorted by location.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics.sorted(by: Diagnostic.byLocation)
    }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
