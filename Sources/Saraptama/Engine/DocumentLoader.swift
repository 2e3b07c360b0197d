import Foundation
import SaraptamaLoading

/// Loads a document file (or standard input, `-`) and checks its header. Failures become a
/// `DocumentResult` with problems, so one bad document never stops a batch.
public enum DocumentLoader {
    public enum Outcome: Sendable {
        case loaded(Document)
        case failed(DocumentResult)
    }

    /// A `memo` carries the short scalar texts of the documents loaded before on this thread
    /// (see `ScalarMemo`); the document is the same with or without it. `tables` are the rule
    /// set's table profiles (`RuleSet.tables`), which a prose document's tables are recognised
    /// with; nil where no rule set is at hand (its tables then stay generic, a reading problem).
    public static func load(path: String, display: String? = nil, options: LoadOptions = LoadOptions(), tables: TableProfiles?, memo: ScalarMemo? = nil) -> Outcome {
        let displayPath = display ?? (path == BoundedReader.standardInput ? "<stdin>" : path)
        let bytes: [UInt8]
        // Read within the limit: a 1 GB file is refused from its size, a pipe once it passes it.
        switch BoundedReader.contents(of: path, limit: options.maxBytes) {
        case .success(let read): bytes = read
        case .failure(let failure):
            return .failed(DocumentResult(
                file: displayPath, header: nil, findings: [], problems: [failure.diagnostic(file: displayPath, limit: options.maxBytes)],
                checkedRules: [], source: nil))
        }
        return load(bytes: bytes, path: displayPath, options: options, tables: tables, memo: memo)
    }

    /// As `load(path:…)`, from the bytes of a file named `path`.
    public static func load(bytes: [UInt8], path: String, options: LoadOptions = LoadOptions(), tables: TableProfiles?, memo: ScalarMemo? = nil) -> Outcome {
        if let format = ProseLoader.Format(path: path) { return loadProse(bytes: bytes, path: path, format: format, options: options, tables: tables) }
        do {
            let loaded = try YAMLLoader.load(bytes: bytes, path: path, options: options, memo: memo)
            do {
                return .loaded(try Document(loaded))
            } catch {
                return .failed(DocumentResult(file: path, header: nil, findings: [], problems: error.diagnostics, checkedRules: [], source: loaded.source))
            }
        } catch {
            return .failed(DocumentResult(
                file: path, header: nil, findings: [], problems: error.diagnostics, checkedRules: [],
                source: YAMLLoader.source(bytes: bytes, path: path)))
        }
    }

    /// Markdown (`.md`, `.markdown`) and Word (`.docx`, `.odt`, through pandoc): see `ProseLoader`.
    private static func loadProse(bytes: [UInt8], path: String, format: ProseLoader.Format, options: LoadOptions, tables: TableProfiles?) -> Outcome {
        let build = ProseLoader.load(bytes: bytes, path: path, format: format, options: options, tables: tables)
        let source = build.source.bytes.isEmpty ? nil : build.source
        guard let loaded = build.document else {
            return .failed(DocumentResult(file: path, header: nil, findings: [], problems: build.problems, checkedRules: [], source: source))
        }
        do {
            return .loaded(try Document(loaded, locator: build.locator, reading: build.reading))
        } catch {
            // Header problems of a DOCX say where they are in words, like its other problems.
            let problems = error.diagnostics.map { problem -> Diagnostic in
                guard format == .docx, let mark = problem.mark, let place = build.locator.locate(mark) else { return problem }
                var located = problem
                located.message += " [\(place)]"
                for language in [Language.ru, .kk] {
                    located.place[language.rawValue] = build.locator.locate(mark, language: language) ?? place
                }
                return located
            }
            return .failed(DocumentResult(file: path, header: nil, findings: [], problems: problems, checkedRules: [], source: source))
        }
    }
}
