import SaraptamaLoading

// The public surface of the expression language. Internals (lexer, parser, checker, planner,
// evaluator, built-ins) live in their own files; callers only see these types.

/// A problem found while parsing or checking an expression. `offset` counts Unicode scalars
/// from the start of the expression text, so callers can map it back into the YAML file.
public struct ExpressionIssue: Sendable, Hashable {
    public var code: String
    public var message: String
    public var offset: Int
    /// The catalogue entry of the message and its arguments (`DiagnosticCatalogue`), when the
    /// checker wrote it from one; nil for a message in English only.
    public var template: String?
    public var arguments: [String: String] = [:]

    public init(code: String, message: String, offset: Int) {
        self.code = code
        self.message = message
        self.offset = offset
    }

    /// An issue whose message is the catalogue's `template` filled with `arguments`.
    public init(code: String, template: String, arguments: [String: String], offset: Int) {
        self.init(code: code, message: DiagnosticCatalogue.render(template, arguments: arguments, language: "en") ?? template, offset: offset)
        self.template = template
        self.arguments = arguments
    }

    /// The issue as a diagnostic at `mark` of `file`, keeping its catalogue entry.
    public func diagnostic(file: String, mark: Mark) -> Diagnostic {
        guard let template else { return Diagnostic(.error, code: code, message: message, file: file, mark: mark) }
        return Diagnostic(.error, code: code, template: template, arguments: arguments, file: file, mark: mark)
    }
}

/// An error raised while evaluating an expression (missing key, wrong type, division by zero…).
/// It is a diagnostic of the rule for that document, never a crash and never a silent pass.
public struct EvaluationError: Error, Sendable, Hashable {
    public var code: String
    public var message: String
    /// Offset (Unicode scalars) in the expression text of the sub-expression that failed.
    public var offset: Int
    /// The catalogue entry of the message and its arguments (`DiagnosticCatalogue`); nil for a
    /// message in English only.
    public var template: String?
    public var arguments: [String: String] = [:]

    public init(code: String, message: String, offset: Int) {
        self.code = code
        self.message = message
        self.offset = offset
    }

    /// An error whose message is the catalogue's `template` filled with `arguments`.
    public init(code: String, template: String, arguments: [String: String], offset: Int) {
        self.init(code: code, message: DiagnosticCatalogue.render(template, arguments: arguments, language: "en") ?? template, offset: offset)
        self.template = template
        self.arguments = arguments
    }

    /// The message in Russian, Kazakh and English as arguments `name.ru`, `name.kk`, `name.en`
    /// (for a sentence that wraps it), each after `prefix` in its language; nil when the message
    /// was built in English only.
    public func localizedMessage(_ name: String = "detail", prefix: (ru: String, kk: String, en: String) = ("", "", "")) -> [String: String]? {
        guard let template,
            let ru = DiagnosticCatalogue.render(template, arguments: arguments, language: "ru"),
            let kk = DiagnosticCatalogue.render(template, arguments: arguments, language: "kk")
        else { return nil }
        return DiagnosticCatalogue.localized(name, (prefix.ru + ru, prefix.kk + kk, prefix.en + message))
    }
}

/// Lookups into reference data and into the state body's approved architecture. Implemented by
/// the engine over indexes built once at load, so every lookup is a hash lookup. Answers must
/// depend on the arguments only: evaluations with one activation remember them.
public protocol LookupProvider: Sendable {
    /// The entries of reference catalogue `catalogue` indexed under `key` (already normalized
    /// with `TextNormalization.key`), in file order; empty when none.
    func lookup(catalogue: String, key: String) -> [Value]
    /// The entries of the current state body's architecture index `index` under `key`.
    func architectureLookup(index: String, key: String) -> [Value]
    /// The entries of catalogue `catalogue` with a keyword stem (its declared `stems` field)
    /// contained in `text` (already normalized), in file order, each once; empty when none.
    func stemLookup(catalogue: String, text: String) -> [Value]
}

extension LookupProvider {
    /// Providers without stem indexes find nothing.
    public func stemLookup(catalogue: String, text: String) -> [Value] { [] }
}

/// A provider with no data: every lookup answers nothing.
public struct EmptyLookupProvider: LookupProvider {
    public init() {}
    public func lookup(catalogue: String, key: String) -> [Value] { [] }
    public func architectureLookup(index: String, key: String) -> [Value] { [] }
}
