/// Checks a list of document files with one engine, in the given order. A document that fails
/// to load becomes a result with problems; it never stops the batch.
public struct BatchChecker: Sendable {
    public let engine: Engine
    public let language: Language

    public init(engine: Engine, language: Language) {
        self.engine = engine
        self.language = language
    }

    /// One result per file, in the order of `files`.
    public func check(files: [String]) -> [DocumentResult] {
        files.map(check(file:))
    }

    public func check(file: String) -> DocumentResult {
        switch DocumentLoader.load(path: file) {
        case .loaded(let document): engine.check(document, language: language)
        case .failed(let result): result
        }
    }
}
