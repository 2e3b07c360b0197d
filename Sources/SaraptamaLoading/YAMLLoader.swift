/// Stage 1 of the pipeline: YAML or JSON bytes → a positioned `Node` tree.
///
/// JSON is loaded by the same parser (it is YAML flow syntax). Scalars are resolved with the
/// YAML 1.2 core schema; anchors, aliases and `<<` merge keys are supported; mapping keys keep
/// their order and are stored by their source text. Every failure throws a `DiagnosticError`
/// holding all problems found, each with `file` = the given path and a position; render them
/// with a `DiagnosticRenderer` fed with `source(bytes:path:)`.
public enum YAMLLoader {
    /// Loads exactly one document (an empty file gives a null root). Throws DiagnosticError
    /// holding ALL problems found; a stream with a second document is `yaml-multiple-documents`.
    ///
    /// A `memo` carries the short scalar texts of earlier loads to this one (see `ScalarMemo`):
    /// the same tree, made with fewer allocations when documents repeat texts.
    public static func load(
        bytes: [UInt8], path: String, options: LoadOptions = LoadOptions(), memo: ScalarMemo? = nil
    ) throws(DiagnosticError) -> LoadedDocument {
        let documents = try loadStream(bytes, path: path, options: options, single: true, memo: memo)
        if let document = documents.first { return document }
        let empty = Node(.scalar(.null, .plain), mark: .start)
        return LoadedDocument(root: empty, source: source(bytes: bytes, path: path))
    }

    /// Loads exactly one document from text (see `load(bytes:path:options:)`).
    public static func load(
        text: String, path: String, options: LoadOptions = LoadOptions()
    ) throws(DiagnosticError) -> LoadedDocument {
        try load(bytes: Array(text.utf8), path: path, options: options)
    }

    /// Reads the file (error code `io-unreadable` with the OS reason when it cannot) then loads it.
    public static func load(
        file path: String, options: LoadOptions = LoadOptions()
    ) throws(DiagnosticError) -> LoadedDocument {
        switch BoundedReader.contents(of: path, limit: options.maxBytes) {
        case .success(let bytes):
            return try load(bytes: bytes, path: path, options: options)
        case .failure(.unreadable(let reason)):
            throw DiagnosticError([
                Diagnostic(.ioUnreadable, LoadMessage("reason", ["reason": reason]), file: path, mark: nil)
            ])
        case .failure(.tooLarge(let size)):
            throw DiagnosticError([tooLarge(size: size, options: options, path: path)])
        }
    }

    /// Every document of a multi-document stream, in order (none for an empty stream). All
    /// documents share one `SourceFile` and one alias budget.
    public static func loadAll(
        bytes: [UInt8], path: String, options: LoadOptions = LoadOptions()
    ) throws(DiagnosticError) -> [LoadedDocument] {
        try loadStream(bytes, path: path, options: options, single: false, memo: nil)
    }

    /// The source of `bytes` for quoting lines in diagnostics, also when loading failed: invalid
    /// UTF-8 is decoded lossily (U+FFFD), and a byte order mark is dropped so that columns on the
    /// first line agree with the loader's.
    public static func source(bytes: [UInt8], path: String) -> SourceFile {
        source(bytes: bytes, path: path, isValidUTF8: false)
    }

    /// The source, `isValidUTF8` when libyaml has read the bytes to their end without a problem.
    static func source(bytes: [UInt8], path: String, isValidUTF8: Bool) -> SourceFile {
        let hasBOM = bytes.starts(with: [0xEF, 0xBB, 0xBF])
        return SourceFile(path: path, bytes: hasBOM ? Array(bytes.dropFirst(3)) : bytes, isValidUTF8: isValidUTF8)
    }

    // MARK: - Implementation

    private static func loadStream(
        _ bytes: [UInt8], path: String, options: LoadOptions, single: Bool, memo: ScalarMemo?
    ) throws(DiagnosticError) -> [LoadedDocument] {
        if bytes.count > options.maxBytes {
            throw DiagnosticError([tooLarge(size: bytes.count, options: options, path: path)])
        }
        // libyaml validates UTF-8 itself and stops at the first bad sequence; only then is the
        // input scanned again to report the first bad byte's exact position, so valid documents —
        // nearly all of them — are not scanned twice. A UTF-16 byte order mark would make libyaml
        // switch encodings, so such input is checked (and refused) up front.
        if let first = bytes.first, first == 0xFE || first == 0xFF, let problem = invalidUTF8(bytes, path: path) {
            throw DiagnosticError([problem])
        }

        let parser = YAMLEventParser(bytes: FlowTabs.normalized(bytes) ?? bytes)
        var builder = NodeBuilder(options: options, path: path, table: memo?.take() ?? ScalarTable())
        var roots: [Node] = []
        stream: while true {
            let event: YAMLEvent
            do {
                event = try parser.next()
            } catch {
                if let said = error.said { builder.report(.syntax, said, at: error.mark) } else { builder.report(.syntax, error.message, at: error.mark) }
                break
            }
            switch event {
            case .documentStart:
                if single, !roots.isEmpty {
                    builder.report(
                        .multipleDocuments,
                        LoadMessage("here"), at: parser.mark)
                    break stream
                }
                guard let root = builder.document(from: parser) else { break stream }
                roots.append(root)
            case .streamEnd:
                break stream
            default:
                continue
            }
        }
        let diagnostics = builder.diagnostics
        if let memo { memo.keep(builder.finish()) }
        if diagnostics.contains(where: { $0.code == LoadCode.syntax.rawValue }),
            let problem = invalidUTF8(bytes, path: path)
        {
            throw DiagnosticError([problem])
        }
        if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
        // No problem at all: libyaml has decoded every character up to the end of the stream.
        let source = source(bytes: bytes, path: path, isValidUTF8: true)
        return roots.map { LoadedDocument(root: $0, source: source) }
    }

    private static func invalidUTF8(_ bytes: [UInt8], path: String) -> Diagnostic? {
        bytes.withUnsafeBufferPointer { buffer in
            guard let offset = UTF8Check.firstInvalidByte(in: buffer) else { return nil }
            let mark = LineTable(buffer).mark(atByte: offset, in: buffer)
            let hex = String(buffer[offset], radix: 16, uppercase: true)
            return Diagnostic(
                .invalidUTF8, LoadMessage("byte", ["byte": hex, "offset": "\(offset)"]),
                file: path, mark: mark)
        }
    }

    private static func tooLarge(size: Int?, options: LoadOptions, path: String) -> Diagnostic {
        BoundedReader.Failure.tooLarge(size: size).diagnostic(file: path, limit: options.maxBytes, code: LoadCode.tooLarge.rawValue, mark: .start)
    }
}
