import SaraptamaLoading

/// Loads a prose document — Markdown, or DOCX through pandoc — by its file extension.
public enum ProseLoader {
    /// The prose formats.
    public enum Format: Sendable {
        case markdown, docx

        /// The format of a file by its extension (`.md`, `.markdown`, `.docx`), or nil.
        public init?(path: String) {
            let lowered = path.lowercased()
            if lowered.hasSuffix(".md") || lowered.hasSuffix(".markdown") { self = .markdown }
            else if lowered.hasSuffix(".docx") { self = .docx }
            else { return nil }
        }
    }

    /// What a DOCX's locations say, since its line:col are those of pandoc's Markdown of it, in
    /// English (load problems, which are English by convention, end with it).
    public static let docxNote = docxNotes.en

    /// The note of a DOCX's locations in each report language (findings' locators end with it).
    public static let docxNotes = LocalizedText(
        ru: "строка:столбец — по тексту Markdown, который pandoc делает из .docx",
        // kk: to be confirmed by a native speaker.
        kk: "жол:баған — pandoc .docx файлынан жасайтын Markdown мәтіні бойынша",
        en: "line:col are in the Markdown pandoc makes of the .docx")

    /// Loads `bytes` as `format`. On failure the result still has the source (for a DOCX, the
    /// converted text, or nil when there is none) so problems can be quoted.
    public static func load(
        bytes: [UInt8], path: String, format: Format, options: LoadOptions = LoadOptions(),
        pandoc: PandocConverter = PandocConverter()
    ) -> MarkdownDocumentBuilder.Build {
        switch format {
        case .markdown:
            return MarkdownDocumentBuilder.build(bytes: bytes, path: path, options: options)
        case .docx:
            let markdown: [UInt8]
            do {
                markdown = try pandoc.markdown(fromDOCX: bytes, path: path)
            } catch {
                return MarkdownDocumentBuilder.Build(document: nil, source: SourceFile(path: path, bytes: []), locator: ProseLocator(regions: []), problems: error.diagnostics)
            }
            let build = MarkdownDocumentBuilder.build(bytes: markdown, path: path, options: options)
            let locator = build.locator.noting(docxNotes)
            // A DOCX's problems say where they are in words too: its line numbers are the
            // converted text's, which the author never sees. Diagnostics are English: so is the place.
            let problems = build.problems.map { problem -> Diagnostic in
                var located = problem
                if let mark = problem.mark, let place = build.locator.locate(mark) { located.message += " [\(place); \(docxNote)]" }
                return located
            }
            return MarkdownDocumentBuilder.Build(document: build.document, source: build.source, locator: locator, problems: problems)
        }
    }
}
