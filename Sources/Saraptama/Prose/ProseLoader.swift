import Foundation
import SaraptamaLoading

/// Loads a prose document — Markdown, or Word (DOCX, ODT) through pandoc's JSON AST — by its
/// file extension. Formats no tool here reads faithfully (.doc, .rtf, .pdf, …) are refused with
/// a message that says to save the file as .docx.
public enum ProseLoader {
    /// The prose formats.
    public enum Format: Sendable, Equatable {
        case markdown, docx, odt
        /// A document format that is not read (its extension, lowercased).
        case unsupported(String)

        /// Extensions of documents people send that are not read: old Word, RTF, PDF, pages, …
        static let unsupportedExtensions: Set<String> = ["doc", "rtf", "pdf", "dot", "dotx", "docm", "pages", "wps", "txt", "html", "htm", "xls", "xlsx"]

        /// The format of a file by its extension (`.md`, `.markdown`, `.docx`, `.odt`, or one of
        /// the unsupported ones), or nil (a YAML or JSON document).
        public init?(path: String) {
            let lowered = path.lowercased()
            let ext = (lowered as NSString).pathExtension
            if ext == "md" || ext == "markdown" { self = .markdown }
            else if ext == "docx" { self = .docx }
            else if ext == "odt" { self = .odt }
            else if Self.unsupportedExtensions.contains(ext) { self = .unsupported(ext) }
            else { return nil }
        }
    }

    /// What a DOCX's locations say, since its line:col are those of the text read from it, in
    /// English (load problems, which are English by convention, end with it).
    public static let docxNote = docxNotes.en

    /// The note of a DOCX's locations in each report language (findings' locators end with it).
    public static let docxNotes = LocalizedText(
        ru: "строка:столбец — по тексту, прочитанному из .docx (saraptama read)",
        // kk: to be confirmed by a native speaker.
        kk: "жол:баған — .docx файлынан оқылған мәтін бойынша (saraptama read)",
        en: "line:col are in the text read from the .docx (saraptama read)")

    /// Loads `bytes` as `format`. On failure the result still has the source (for a DOCX, the
    /// converted text, or nil when there is none) so problems can be quoted. `tables` are the rule
    /// set's table profiles (`RuleSet.tables`): without them no table is recognised.
    public static func load(
        bytes: [UInt8], path: String, format: Format, options: LoadOptions = LoadOptions(), tables: TableProfiles?,
        pandoc: PandocConverter = PandocConverter()
    ) -> MarkdownDocumentBuilder.Build {
        switch format {
        case .markdown:
            return MarkdownDocumentBuilder.build(bytes: bytes, path: path, options: options, tables: tables)
        case .unsupported(let ext):
            let problem = Diagnostic(
                .error, code: ProseCode.unsupportedFormat.rawValue, template: "prose-unsupported-format.ext",
                arguments: ["ext": ext], file: path, mark: nil)
            return MarkdownDocumentBuilder.Build(document: nil, source: SourceFile(path: path, bytes: []), locator: ProseLocator(regions: []), problems: [problem])
        case .docx, .odt:
            let rendition: WordRendition
            do {
                let json = try pandoc.convert(bytes, path: path, from: format == .odt ? "odt" : "docx", to: "json")
                rendition = WordRendition.render(try WordAST.blocks(json: Data(json)))
            } catch let error as DiagnosticError {
                return MarkdownDocumentBuilder.Build(document: nil, source: SourceFile(path: path, bytes: []), locator: ProseLocator(regions: []), problems: error.diagnostics)
            } catch {
                let problem = Diagnostic(.pandocFailed, "pandoc's JSON could not be read: \(error)", file: path, mark: nil)
                return MarkdownDocumentBuilder.Build(document: nil, source: SourceFile(path: path, bytes: []), locator: ProseLocator(regions: []), problems: [problem])
            }
            var build = MarkdownDocumentBuilder.build(bytes: Array(rendition.text.utf8), path: path, options: options, tables: tables)
            let ext = format == .odt ? "odt" : "docx"
            build.reading.format = LocalizedText(ru: "Word (.\(ext)), прочитан через JSON-дерево pandoc", kk: "Word (.\(ext)), pandoc JSON ағашы арқылы оқылды", en: "Word (.\(ext)) read through pandoc's JSON AST")
            build.reading.notes = rendition.notes + build.reading.notes
            let locator = build.locator.noting(docxNotes)
            // A DOCX's problems say where they are in words too: its line numbers are the
            // converted text's, which the author never sees. The place is kept in each language.
            let problems = build.problems.map { problem -> Diagnostic in
                var located = problem
                if let mark = problem.mark, let place = build.locator.locate(mark) {
                    located.message += " [\(place); \(docxNote)]"
                    for language in [Language.ru, .kk] {
                        located.place[language.rawValue] = (build.locator.locate(mark, language: language) ?? place) + "; " + docxNotes[language]
                    }
                }
                return located
            }
            return MarkdownDocumentBuilder.Build(document: build.document, source: build.source, locator: locator, problems: problems, reading: build.reading)
        }
    }
}
