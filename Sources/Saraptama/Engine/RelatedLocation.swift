import SaraptamaLoading

/// The second place a cross-document finding concerns: e.g. the IP's budget total that the
/// TA's total disagrees with.
public struct RelatedLocation: Sendable {
    public let file: String
    public let path: DocumentPath
    public let mark: Mark
    /// The source line at `mark`, quoted by reports.
    public let excerpt: String

    public init(file: String, path: DocumentPath, mark: Mark, excerpt: String) {
        self.file = file
        self.path = path
        self.mark = mark
        self.excerpt = excerpt
    }

    /// The place `path` names in `document` (its deepest existing node, when the rest is missing).
    init(document: Document, path: DocumentPath) {
        let mark = path.deepestExisting(in: document.root).mark
        self.init(file: document.file, path: path, mark: mark, excerpt: document.excerpt(at: mark))
    }
}
