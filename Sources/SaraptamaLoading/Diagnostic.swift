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
    public var message: String
    /// The file the diagnostic concerns (path as given), or nil for command-line problems.
    public var file: String?
    /// Where in `file` the problem is; nil when it concerns the file as a whole.
    public var mark: Mark?

    public init(
        _ severity: DiagnosticSeverity = .error, code: String, message: String,
        file: String? = nil, mark: Mark? = nil
    ) {
        self.severity = severity
        self.code = code
        self.message = message
        self.file = file
        self.mark = mark
    }

    /// `file:line:col: severity: code: message` (without the quoted source line).
    public var description: String {
        var location = ""
        if let file {
            location = file
            if let mark { location += ":\(mark.line):\(mark.column)" }
            location += ": "
        }
        return "\(location)\(severity.rawValue): \(code): \(message)"
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
