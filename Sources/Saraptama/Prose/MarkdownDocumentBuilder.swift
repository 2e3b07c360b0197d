import Foundation
import SaraptamaLoading

/// Markdown → the node tree the engine checks, with the same shape as a YAML document: the
/// header and any structured parts from the front matter, `sections` from the headings, and
/// the rows of recognised tables at their place in the schema (Rules/documents.md, «Prose form»).
///
/// Every problem of the file is collected (front matter, YAML inside it, table shapes, numbers,
/// conflicts), each with the Markdown file's line:col and a stable `prose-…` code.
public enum MarkdownDocumentBuilder {
    /// The result of building, also when it failed: the source and the locator are there so
    /// that problems can be quoted and located.
    public struct Build: Sendable {
        /// The document; nil when there were problems.
        public let document: LoadedDocument?
        public let source: SourceFile
        public let locator: ProseLocator
        /// Every problem, sorted by position; empty when `document` is there.
        public let problems: [Diagnostic]
        /// What was read (and what could not be, as `reading.*` problems that do not stop the check).
        public var reading: ReadingReport = ReadingReport(format: LocalizedText(ru: "Markdown", kk: "Markdown", en: "Markdown"), header: "front matter")

        init(document: LoadedDocument?, source: SourceFile, locator: ProseLocator, problems: [Diagnostic], reading: ReadingReport? = nil) {
            self.document = document
            self.source = source
            self.locator = locator
            self.problems = problems
            if let reading { self.reading = reading }
        }
    }

    /// Builds the document from Markdown bytes; `path` names the file in marks and diagnostics.
    /// `tables` are the rule set's table profiles (`RuleSet.tables`); without them no table is
    /// recognised, and the reading report says so.
    public static func build(bytes: [UInt8], path: String, options: LoadOptions = LoadOptions(), tables: TableProfiles?) -> Build {
        let source = YAMLLoader.source(bytes: bytes, path: path)
        if let problem = YAMLLoader.sizeProblem(count: bytes.count, path: path, options: options) ?? YAMLLoader.utf8Problem(in: bytes, path: path) {
            return Build(document: nil, source: source, locator: ProseLocator(regions: []), problems: [problem])
        }
        let lines = MarkdownLine.split(source.text)
        var problems: [Diagnostic] = []
        let frontMatter = ProseHeader.frontMatter(lines: lines, path: path, options: options, problems: &problems)
        var header = frontMatter.header
        if frontMatter.present, header == nil {
            // Unterminated front matter runs to the end: there is no body to read.
            if !lines.contains(where: { $0.number > 1 && ($0.trimmedText() == "---" || $0.trimmedText() == "...") }) {
                return Build(document: nil, source: source, locator: ProseLocator(regions: []), problems: DiagnosticError(problems).diagnostics)
            }
        }
        var scanner = MarkdownScanner(lines: lines, from: header?.bodyStart ?? Self.bodyStart(lines, frontMatter: frontMatter.present))
        var blocks = scanner.scan()
        var reading = ReadingReport(format: LocalizedText(ru: "Markdown", kk: "Markdown", en: "Markdown"), header: frontMatter.present ? "front matter" : "header block")
        var fromTitlePage = false
        if !frontMatter.present {
            if case .code(let code)? = blocks.first, ProseHeader.isHeaderBlock(code) {
                header = ProseHeader.block(code, lines: lines, path: path, options: options, problems: &problems)
                blocks.removeFirst()
                if header == nil, problems.isEmpty { problems.append(noHeader(path)) }
            } else {
                fromTitlePage = true
            }
        }
        var tree = SectionTree(path: path, tables: tables)
        if fromTitlePage { tree.preamblePart = .titlePage }
        tree.add(blocks)
        // A table whose rows do not fit its header is read as far as it goes: a problem of the
        // reading (the verdict is inconclusive), not of the whole document.
        problems += tree.problems.filter { $0.code != ProseCode.tableCells.rawValue }
        reading.problems += tree.problems.filter { $0.code == ProseCode.tableCells.rawValue }

        var root = header?.root.mapping ?? Mapping()
        let rootMark = header?.root.mark ?? .start
        if fromTitlePage {
            // No header block: the header is read from the title page, and what is not there
            // is a reading problem of the check, not a refusal of the document.
            let all = blocks.compactMap { block -> String? in
                if case .paragraph(let paragraph) = block { return paragraph.lines.joined(separator: " ") }
                return nil
            }
            let page = TitlePage(title: tree.title, preamble: tree.preamble, all: all, path: path)
            root = page.root
            reading.header = "title page"
            reading.notes += page.notes
            reading.problems += page.problems
        }
        reading.sections = tree.sectionReadings()
        reading.paragraphs = tree.paragraphReadings
        reading.titlePage = (tree.title.map { [$0.text] } ?? []) + tree.preamble.map(\.text)
        reading.tables = tree.tableReadings
        func add(_ key: String, _ node: Node?, what: (ru: String, kk: String, en: String)) {
            guard let node else { return }
            if let existing = root.entry(key) {
                var arguments = DiagnosticCatalogue.localized("what", what)
                arguments["key"] = key
                arguments["line"] = "\(existing.keyMark.line)"
                problems.append(Diagnostic(.conflict, "header", arguments, file: path, mark: node.mark))
            } else {
                root.insert(.init(key: key, keyMark: node.mark, value: node))
            }
        }
        add("sections", tree.sectionsNode(), what: ("заголовки документа", "құжат тақырыптары", "document's headings"))
        add("preamble", SectionTree.textNode(tree.preamble), what: ("текст до первого раздела", "бірінші бөлімге дейінгі мәтін", "text before the first section"))
        add("tables", tree.preambleTables.first.map { Node(.sequence(tree.preambleTables), mark: $0.mark) }, what: ("таблицы до первого раздела", "бірінші бөлімге дейінгі кестелер", "tables before the first section"))
        if tables?.isEmpty ?? true, !tree.tableReadings.isEmpty {
            // A reader without the rule set: the tables stay generic, and a check of this reading would be inconclusive.
            reading.problems.append(Diagnostic(.tablesNotRecognised, "count", ["count": String(tree.tableReadings.count)], file: path, mark: nil))
        }
        var structured = StructuredTables(path: path, tables: tables ?? TableProfiles())
        for table in tree.profiled { structured.add(table) }
        structured.finish(into: &root)
        // A cell that cannot be read is a diagnostic at that cell; the rest is still checked.
        problems += structured.problems.filter { $0.code == ProseCode.conflict.rawValue }
        reading.problems += structured.problems.filter { $0.code != ProseCode.conflict.rawValue }

        var regions = tree.regions
        if let header { regions.append(.init(firstLine: header.firstLine, lastLine: header.lastLine, label: ProseLocator.Label(header.label), section: nil)) }
        let locator = ProseLocator(regions: regions)
        guard problems.isEmpty else {
            return Build(document: nil, source: source, locator: locator, problems: DiagnosticError(problems).diagnostics, reading: reading)
        }
        let document = LoadedDocument(root: Node(.mapping(root), mark: rootMark), source: source)
        return Build(document: document, source: source, locator: locator, problems: [], reading: reading)
    }

    /// The Markdown with its front matter turned into the leading ```` ```yaml ```` block (same
    /// lines), ready for `pandoc doc.md -o doc.docx`: pandoc drops nested front matter when it
    /// writes a .docx, but keeps a code block (as paragraphs in the «Source Code» style), which is
    /// where a DOCX carries its header. Text without front matter is returned unchanged.
    public static func docxReady(_ markdown: String) -> String {
        var lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func isFence(_ line: String, _ marks: [String]) -> Bool {
            marks.contains(line.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\r", with: ""))
        }
        guard let first = lines.first, isFence(first, ["---"]),
            let closing = lines.indices.dropFirst().first(where: { isFence(lines[$0], ["---", "..."]) })
        else { return markdown }
        lines[0] = "```yaml"
        lines[closing] = "```"
        return lines.joined(separator: "\n")
    }

    /// Where the body starts when the front matter failed to load: after its closing line.
    private static func bodyStart(_ lines: [MarkdownLine], frontMatter: Bool) -> Int {
        guard frontMatter else { return 0 }
        return (lines.indices.dropFirst().first { lines[$0].trimmedText() == "---" || lines[$0].trimmedText() == "..." } ?? lines.count - 1) + 1
    }

    private static func noHeader(_ path: String) -> Diagnostic {
        Diagnostic(
            .noHeader, "start", [:],
            file: path, mark: .start)
    }
}
