import SaraptamaLoading

/// The diagnostic codes of prose documents (Markdown and DOCX), in one place so that they cannot
/// drift apart. The raw values are the stable, documented codes (README, "Prose documents").
enum ProseCode: String {
    /// The document has neither YAML front matter nor a leading YAML code block: no header.
    case noHeader = "prose-no-header"
    /// The front matter opens with `---` but no closing `---` (or `...`) line follows.
    case frontMatterUnterminated = "prose-front-matter-unterminated"
    /// The front matter (or header block) is not a YAML mapping.
    case headerNotMapping = "prose-header-not-mapping"
    /// A table row has more or fewer cells than the table's header.
    case tableCells = "prose-table-cells"
    /// A table (or the headings, or the text before them) fills a part of the document that the
    /// front matter already gives: the two would have to be merged silently, so neither wins.
    case conflict = "prose-conflict"
    /// A cell of a number column (amount, year) is not a whole number.
    case badNumber = "prose-bad-number"
    /// A cell of a date or period column is not a date this reader knows.
    case badDate = "prose-bad-date"
    /// The document was read without table profiles (no rule set): its tables stay generic.
    case tablesNotRecognised = "prose-tables-not-recognised"
    /// A heading number has more parts than sections may nest (`SectionTree.maxDepth`).
    case headingTooDeep = "prose-heading-too-deep"
    /// `pandoc` is needed to read a .docx and was not found.
    case pandocMissing = "prose-pandoc-missing"
    /// `pandoc` ran but failed on the file.
    case pandocFailed = "prose-pandoc-failed"
    /// A document format that is not read (.doc, .rtf, .pdf, …): save it as .docx.
    case unsupportedFormat = "prose-unsupported-format"
    /// `pandoc` ran longer than its time limit (wall clock or CPU) and was stopped.
    case pandocTimeout = "prose-pandoc-timeout"
    /// `pandoc` needed more memory than its limit (`+RTS -M`, or the address-space limit).
    case pandocMemory = "prose-pandoc-memory"
    /// `pandoc`'s Markdown is larger than the document limit.
    case pandocOutputTooLarge = "prose-pandoc-output-too-large"
}

extension Diagnostic {
    /// An error of a prose document, its message the catalogue's `code.variant`.
    init(_ code: ProseCode, _ variant: String, _ arguments: [String: String], file: String, mark: Mark?) {
        self.init(.error, code: code.rawValue, template: code.rawValue + "." + variant, arguments: arguments, file: file, mark: mark)
    }

    /// An error of a prose document.
    init(_ code: ProseCode, _ message: String, file: String, mark: Mark?) {
        self.init(.error, code: code.rawValue, message: message, file: file, mark: mark)
    }
}
