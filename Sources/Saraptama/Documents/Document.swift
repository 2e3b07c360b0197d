import SaraptamaLoading

/// A document under examination: its node tree, its source, and its fixed header.
///
/// The engine reads only the header (kind, id, date, state body) itself; everything else is
/// reached by rules through the generic node tree, so the body schema can change without an
/// engine change.
/// A class: the engine hands it to every rule, and one reference count is cheaper than copying
/// the header's strings each time.
public final class Document: Sendable {
    public let root: Node
    public let source: SourceFile
    public let header: DocumentHeader
    /// Says where a position is in words, for prose documents (Markdown, DOCX); nil for YAML.
    public let locator: (any PositionLocator)?
    /// What was read of a prose document (and what could not be); nil for YAML.
    public let reading: ReadingReport?

    /// Checks the header and wraps a loaded document; throws every header problem at once.
    public convenience init(_ loaded: LoadedDocument, locator: (any PositionLocator)? = nil, reading: ReadingReport? = nil) throws(DiagnosticError) {
        try self.init(root: loaded.root, source: loaded.source, locator: locator, reading: reading)
    }

    /// A document whose nodes come from `source` (rule examples live inside rule files).
    public init(root: Node, source: SourceFile, locator: (any PositionLocator)? = nil, reading: ReadingReport? = nil) throws(DiagnosticError) {
        self.root = root
        self.source = source
        self.locator = locator
        self.reading = reading
        self.header = try DocumentHeader(root: root, file: source.path)
    }

    public var file: String { source.path }

    /// The source line at `mark`, which findings quote ("" past the end).
    func excerpt(at mark: Mark) -> String { source.line(mark.line).map(String.init) ?? "" }
}

/// The fixed header every document starts with.
public struct DocumentHeader: Sendable {
    public var kind: DocumentKind
    public var id: String
    public var title: String?
    public var stateBodyID: String?
    public var stateBodyName: String?
    public var objectName: String?
    /// The document's date as days since 1970-01-01; rules are selected by it.
    public var date: Int64
    public var dateText: String
    public var language: String?

    init(root: Node, file: String) throws(DiagnosticError) {
        var problems: [Diagnostic] = []
        func problem(_ code: String, _ variant: String, _ arguments: [String: String] = [:], at node: Node?) {
            problems.append(Diagnostic(code: code, template: code + "." + variant, arguments: arguments, file: file, mark: (node ?? root).mark))
        }
        let kinds = DocumentKind.allCases.map(\.rawValue).joined(separator: ", ")
        guard root.mapping != nil else {
            throw DiagnosticError([Diagnostic(code: "doc-not-a-mapping", template: "doc-not-a-mapping.found",
                arguments: root.kindArguments(), file: file, mark: root.mark)])
        }
        let kindNode = root["kind"]
        let kindText = kindNode?.string
        let kind = kindText.flatMap(DocumentKind.init(rawValue:))
        if kindNode == nil {
            problem("doc-missing-header", "kind", ["kinds": kinds], at: nil)
        } else if kind == nil {
            problem("doc-bad-kind", "found", ["found": kindText ?? kindNode!.kindName, "kinds": kinds], at: kindNode)
        }
        let idNode = root["id"]
        let id = idNode.flatMap(Self.text)
        if idNode == nil {
            problem("doc-missing-header", "id", at: nil)
        } else if id == nil || id!.isEmpty {
            problem("doc-bad-header", "id", at: idNode)
        }
        let dateNode = root["date"]
        let dateText = dateNode?.string
        let date = dateText.flatMap(CalendarDay.parse)
        if dateNode == nil {
            problem("doc-missing-header", "date", at: nil)
        } else if date == nil {
            problem("doc-bad-date", "found", ["found": dateText ?? dateNode!.kindName], at: dateNode)
        }
        guard problems.isEmpty, let kind, let id, let date, let dateText else { throw DiagnosticError(problems) }
        self.kind = kind
        self.id = id
        self.date = date
        self.dateText = dateText
        self.title = root["title"].flatMap(Self.text)
        self.stateBodyID = root["state_body"]?["id"].flatMap(Self.text)
        self.stateBodyName = root["state_body"]?["name"].flatMap(Self.text)
        self.objectName = root["object"]?["name"].flatMap(Self.text)
        self.language = root["language"]?.string
    }

    // Ids are often written as numbers (`id: 2024017`); accept any scalar's text.
    private static func text(_ node: Node) -> String? {
        switch node.scalar {
        case .string(let value): value
        case .int(let value): String(value)
        default: nil
        }
    }
}
