import SaraptamaLoading

/// Collects every problem of a stage instead of stopping at the first one.
final class DiagnosticCollector {
    private(set) var diagnostics: [Diagnostic] = []

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    func error(_ code: String, _ message: String, file: String, at mark: Mark?) {
        diagnostics.append(Diagnostic(.error, code: code, message: message, file: file, mark: mark))
    }

    func warning(_ code: String, _ message: String, file: String, at mark: Mark?) {
        diagnostics.append(Diagnostic(.warning, code: code, message: message, file: file, mark: mark))
    }

    /// An error whose message is the catalogue's `template` filled with `arguments`.
    func error(_ code: String, template: String, _ arguments: [String: String], file: String, at mark: Mark?) {
        diagnostics.append(Diagnostic(.error, code: code, template: template, arguments: arguments, file: file, mark: mark))
    }

    func append(contentsOf other: [Diagnostic]) { diagnostics.append(contentsOf: other) }
}
