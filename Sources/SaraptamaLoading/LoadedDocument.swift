/// One successfully loaded document: its node tree and the source it came from (for quoting
/// lines in later diagnostics). Documents of one stream share the same `SourceFile`.
public struct LoadedDocument: Sendable {
    /// The document's root node (a null scalar at 1:1 for an empty file).
    public let root: Node
    /// The file the document was loaded from.
    public let source: SourceFile

    /// A document from an already built tree (for tests and generated documents).
    public init(root: Node, source: SourceFile) {
        self.root = root
        self.source = source
    }
}
