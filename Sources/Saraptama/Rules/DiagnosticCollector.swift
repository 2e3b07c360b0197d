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

    func append(contentsOf other: [Diagnostic]) { diagnostics.append(contentsOf: other) }
}
