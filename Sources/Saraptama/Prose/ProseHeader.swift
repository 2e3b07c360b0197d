import SaraptamaLoading

/// The header of a prose document, and the structured parts written with it, in YAML: either
/// front matter between `---` lines at the very top (Markdown), or — the DOCX convention — a code
/// block that is the document's first block (fenced with no info string or `yaml`, or indented,
/// which is how pandoc renders a Word paragraph in the «Source Code» style).
///
/// The YAML is loaded by `YAMLLoader` from a copy of the text in which every line outside the
/// YAML is blanked (the opening `---` becomes the comment `#--`, other lines become empty), so
/// YAML errors and node marks carry the Markdown file's own line:col.
struct ProseHeader {
    /// The root mapping the header gives (empty when the document has none).
    var root: Node
    /// The lines the header takes, for the locator.
    var firstLine: Int
    var lastLine: Int
    /// «front matter» or «header block».
    var label: ProseLocator.Part
    /// 0-based index of the first line after the front matter (0 for a header block, whose
    /// block the caller drops from the scanned blocks).
    var bodyStart: Int

    /// Front matter, if the text starts with `---` (`present`). Problems (unterminated front
    /// matter, YAML errors, not a mapping) are appended to `problems`, and `header` is nil then.
    static func frontMatter(lines: [MarkdownLine], path: String, options: LoadOptions, problems: inout [Diagnostic]) -> (present: Bool, header: ProseHeader?) {
        guard let first = lines.first, first.trimmedText() == "---" else { return (false, nil) }
        guard let closing = lines.indices.dropFirst().first(where: { lines[$0].trimmedText() == "---" || lines[$0].trimmedText() == "..." }) else {
            problems.append(Diagnostic(.frontMatterUnterminated, "line", [:], file: path, mark: first.mark(at: 0)))
            return (true, nil)
        }
        var text = "#--"
        for index in 1..<closing { text += "\n" + lines[index].text(0..<lines[index].scalars.count) }
        guard let root = load(text, path: path, options: options, fallback: first.mark(at: 0), problems: &problems) else { return (true, nil) }
        return (true, ProseHeader(root: root, firstLine: 1, lastLine: lines[closing].number, label: .frontMatter, bodyStart: closing + 1))
    }

    /// Whether a block can be the header block.
    static func isHeaderBlock(_ code: MarkdownCode) -> Bool {
        let info = code.info.lowercased().trimmingPrefix("{").trimmingPrefix(".")
        return info.isEmpty || info.hasPrefix("yaml")
    }

    /// The header block `code` (see `isHeaderBlock`).
    static func block(_ code: MarkdownCode, lines: [MarkdownLine], path: String, options: LoadOptions, problems: inout [Diagnostic]) -> ProseHeader? {
        var text = String(repeating: "\n", count: max(0, code.content.lowerBound))
        text += code.content.map { lines[$0].text(0..<lines[$0].scalars.count) }.joined(separator: "\n")
        guard let root = load(text, path: path, options: options, fallback: code.mark, problems: &problems) else { return nil }
        return ProseHeader(root: root, firstLine: code.mark.line, lastLine: code.lastLine, label: .headerBlock, bodyStart: 0)
    }

    private static func load(_ text: String, path: String, options: LoadOptions, fallback: Mark, problems: inout [Diagnostic]) -> Node? {
        let loaded: LoadedDocument
        do {
            loaded = try YAMLLoader.load(text: text, path: path, options: options)
        } catch {
            problems += error.diagnostics
            return nil
        }
        switch loaded.root.content {
        case .mapping:
            return loaded.root
        case .scalar(.null, _):
            // An empty header: the document's header checks report each missing field.
            return Node(.mapping(Mapping()), mark: fallback)
        default:
            problems.append(Diagnostic(
                .headerNotMapping, "found", loaded.root.kindArguments(),
                file: path, mark: loaded.root.mark))
            return nil
        }
    }
}

private extension String {
    func trimmingPrefix(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
}
