import Foundation
import SaraptamaLoading

/// Converts a .docx to Markdown with pandoc (GitHub Markdown: pipe tables, ATX headings, no line
/// wrapping), for `MarkdownDocumentBuilder`. pandoc is found on `PATH`, or named by the
/// environment variable `SARAPTAMA_PANDOC` (a path, or a command name looked up on `PATH`).
///
/// Input and output go through files in a private temporary folder rather than pipes: pandoc's
/// output is then read after it exits, and a large document cannot deadlock on a full pipe.
public struct PandocConverter: Sendable {
    /// The environment variable that names the pandoc to use.
    public static let environmentKey = "SARAPTAMA_PANDOC"
    /// How long one conversion may take before pandoc is stopped.
    public var timeout: Duration = .seconds(120)
    /// The pandoc executable, or nil when none was found.
    public let executable: String?
    /// What was looked for, for the message when nothing was found.
    let wanted: String

    /// Finds pandoc as described above.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let override = environment[Self.environmentKey].flatMap { $0.isEmpty ? nil : $0 }
        wanted = override ?? "pandoc"
        executable = Self.find(wanted, path: environment["PATH"] ?? "/usr/bin:/bin")
    }

    /// The Markdown text of the .docx `bytes`; `path` names the file in diagnostics.
    public func markdown(fromDOCX bytes: [UInt8], path: String) throws(DiagnosticError) -> [UInt8] {
        try convert(bytes, path: path, from: "docx", to: "gfm")
    }

    /// The document `bytes` in format `from` (`docx`, `odt`) converted to `to` (`json`: pandoc's AST).
    public func convert(_ bytes: [UInt8], path: String, from: String, to: String) throws(DiagnosticError) -> [UInt8] {
        guard let executable else {
            let named = wanted == "pandoc" ? "'pandoc' is not on PATH" : "'\(wanted)' (\(Self.environmentKey)) is not an executable"
            throw DiagnosticError([Diagnostic(
                .pandocMissing,
                "reading a .docx needs pandoc, and \(named); install it (apt-get install pandoc) or set \(Self.environmentKey) to its path",
                file: path, mark: nil)])
        }
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("saraptama-pandoc-" + UUID().uuidString)
        defer { try? manager.removeItem(at: folder) }
        let input = folder.appendingPathComponent("input." + from)
        let output = folder.appendingPathComponent("output." + to)
        let errors = folder.appendingPathComponent("stderr.txt")
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(bytes).write(to: input)
            _ = manager.createFile(atPath: errors.path, contents: nil)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = ["--from=" + from, "--to=" + to, "--wrap=none", "--output=" + output.path, input.path]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = try FileHandle(forWritingTo: errors)
            let finished = DispatchSemaphore(value: 0)
            process.terminationHandler = { _ in finished.signal() }
            try process.run()
            let seconds = Double(timeout.components.seconds)
            if finished.wait(timeout: .now() + seconds) == .timedOut {
                process.terminate()
                finished.wait()
                throw failure("pandoc did not finish within \(Int(seconds)) s", path: path)
            }
            guard process.terminationReason == .exit, process.terminationStatus == 0 else {
                let said = (try? String(contentsOf: errors, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                throw failure("pandoc could not convert the file (exit status \(process.terminationStatus))\(said.isEmpty ? "" : ": " + said)", path: path)
            }
            return Array(try Data(contentsOf: output))
        } catch let error as DiagnosticError {
            throw error
        } catch {
            throw failure("running pandoc failed: \(error.localizedDescription)", path: path)
        }
    }

    private func failure(_ message: String, path: String) -> DiagnosticError {
        DiagnosticError([Diagnostic(.pandocFailed, message, file: path, mark: nil)])
    }

    /// `name` itself when it is a path to an executable, else the first executable of that
    /// name in the `PATH` folders.
    static func find(_ name: String, path: String) -> String? {
        let manager = FileManager.default
        if name.contains("/") { return manager.isExecutableFile(atPath: name) ? name : nil }
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = folder + "/" + name
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue, manager.isExecutableFile(atPath: candidate) {
                return candidate
            }
        }
        return nil
    }
}
