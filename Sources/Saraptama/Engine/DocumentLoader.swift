import Foundation
import SaraptamaLoading

/// Loads a document file (or standard input, `-`) and checks its header. Failures become a
/// `DocumentResult` with problems, so one bad document never stops a batch.
public enum DocumentLoader {
    public enum Outcome: Sendable {
        case loaded(Document)
        case failed(DocumentResult)
    }

    public static func load(path: String, options: LoadOptions = LoadOptions()) -> Outcome {
        let bytes: [UInt8]
        let displayPath = path == "-" ? "<stdin>" : path
        if path == "-" {
            bytes = Array(FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard let data = FileManager.default.contents(atPath: path) else {
                let reason = FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "no such file"
                return .failed(DocumentResult(
                    file: path, header: nil, findings: [],
                    problems: [Diagnostic(code: "io-unreadable", message: reason, file: path)], checkedRules: [], source: nil))
            }
            bytes = Array(data)
        }
        return load(bytes: bytes, path: displayPath, options: options)
    }

    public static func load(bytes: [UInt8], path: String, options: LoadOptions = LoadOptions()) -> Outcome {
        do {
            let loaded = try YAMLLoader.load(bytes: bytes, path: path, options: options)
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
}
