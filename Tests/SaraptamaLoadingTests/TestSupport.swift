import Testing

@testable import SaraptamaLoading

/// The path every in-memory test document is loaded under.
let testPath = "t.yaml"

/// Loads `text` as one document and returns its root.
func loadRoot(_ text: String, options: LoadOptions = LoadOptions()) throws -> Node {
    try YAMLLoader.load(text: text, path: testPath, options: options).root
}

/// The diagnostics `load` throws for `bytes` (empty when it loads).
func loadDiagnostics(bytes: [UInt8], options: LoadOptions = LoadOptions()) -> [Diagnostic] {
    do {
        _ = try YAMLLoader.load(bytes: bytes, path: testPath, options: options)
        return []
    } catch {
        return error.diagnostics
    }
}

func loadDiagnostics(_ text: String, options: LoadOptions = LoadOptions()) -> [Diagnostic] {
    loadDiagnostics(bytes: Array(text.utf8), options: options)
}

/// `code@line:col` of each diagnostic, the compact form most guard tests compare.
func located(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { "\($0.code)@\($0.mark.map(\.description) ?? "-")" }
}

/// Rendered diagnostics for `bytes`, as the command line prints them.
func rendered(bytes: [UInt8], options: LoadOptions = LoadOptions()) -> String {
    let renderer = DiagnosticRenderer(sources: [YAMLLoader.source(bytes: bytes, path: testPath)])
    return renderer.render(loadDiagnostics(bytes: bytes, options: options))
}

/// Equality that treats two NaNs as equal, for table-driven scalar tests.
func sameScalar(_ lhs: Scalar?, _ rhs: Scalar) -> Bool {
    if case .double(let a)? = lhs, case .double(let b) = rhs, a.isNaN, b.isNaN { return true }
    return lhs == rhs
}

extension Node {
    /// The item at `index` of a sequence node.
    subscript(index: Int) -> Node? {
        guard let items = sequence, items.indices.contains(index) else { return nil }
        return items[index]
    }
}
