import Foundation
import SaraptamaLoading

/// Converts a .docx to Markdown with pandoc (GitHub Markdown: pipe tables, ATX headings, no line
/// wrapping), for `MarkdownDocumentBuilder`. pandoc is found on `PATH`, or named by the
/// environment variable `SARAPTAMA_PANDOC` (a path, or a command name looked up on `PATH`).
///
/// A .docx is untrusted input to a program that can take gigabytes on a small hostile file, so:
/// the archive is checked first (`ZipInspector`: entries, decompressed sizes, compression
/// ratio); pandoc runs with a heap limit (`+RTS -M`), an address-space and a CPU-time limit and
/// a wall-clock timeout; it runs in its own process group that dies with saraptama (a signal that
/// stops saraptama kills and reaps it and removes its folder first; on Linux it is also killed
/// when saraptama dies by SIGKILL); and its output is read within the document size limit.
///
/// Input and output go through files in a private temporary folder rather than pipes: pandoc's
/// output is then read after it exits, and a large document cannot deadlock on a full pipe.
public struct PandocConverter: Sendable {
    /// The environment variable that names the pandoc to use.
    public static let environmentKey = "SARAPTAMA_PANDOC"
    /// How long one conversion may take, wall clock and CPU, before pandoc is stopped (default
    /// 60 s; a 300-page TA takes a few seconds).
    public var timeout: Duration = .seconds(60)
    /// pandoc's heap limit in bytes (`+RTS -M`, default 1 GiB); its address space is limited to
    /// twice this plus 1 GiB (the runtime reserves address space it does not use; below about
    /// 512 MiB pandoc does not start).
    public var memoryLimitBytes = 1 << 30
    /// The limits the archive is checked against before pandoc runs.
    public var archiveLimits = ZipInspector.Limits()
    /// The largest Markdown pandoc may produce (default: the document limit, 16 MiB).
    public var maxOutputBytes = LoadOptions().maxBytes
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

    /// The document `bytes` in format `from` (`docx`, `odt`: both ZIP archives, checked before
    /// pandoc runs) converted to `to` (`gfm`, or `json`: pandoc's AST).
    public func convert(_ bytes: [UInt8], path: String, from: String, to: String) throws(DiagnosticError) -> [UInt8] {
        guard let executable else {
            let variant = wanted == "pandoc" ? "path" : "setting"
            throw DiagnosticError([Diagnostic(
                code: ProseCode.pandocMissing.rawValue, template: "prose-pandoc-missing." + variant,
                arguments: ["program": wanted, "key": Self.environmentKey], file: path, mark: nil)])
        }
        if case .failure(let refusal) = ZipInspector(limits: archiveLimits).inspect(bytes) {
            throw DiagnosticError([refusal.diagnostic(file: path)])
        }
        let manager = FileManager.default
        // The pid in the name tells whose folder it is, should a SIGKILL leave one behind.
        let folder = manager.temporaryDirectory.appendingPathComponent("saraptama-pandoc-\(getpid())-" + UUID().uuidString)
        defer { try? manager.removeItem(at: folder) }
        let (inputName, outputName) = ("input." + from, "output." + to)
        let input = folder.appendingPathComponent(inputName)
        let output = folder.appendingPathComponent(outputName)
        let errors = folder.appendingPathComponent(Self.errorsName)
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            try Data(bytes).write(to: input)
        } catch {
            throw failure(.pandocFailed, "cannot prepare pandoc's temporary folder: \(error.localizedDescription)", path: path)
        }
        let megabytes = max(1, memoryLimitBytes >> 20)
        let arguments = [
            executable, "+RTS", "-M\(megabytes)m", "-RTS",
            "--from=" + from, "--to=" + to, "--wrap=none", "--output=" + output.path, input.path,
        ]
        let seconds = max(1, Int(timeout.components.seconds))
        let run = ChildProcess.run(
            arguments, errorsPath: errors.path, memoryBytes: memoryLimitBytes * 2 + (1 << 30), cpuSeconds: seconds,
            timeoutSeconds: seconds, folder: folder.path, folderFiles: [inputName, outputName, Self.errorsName])
        let said = BoundedReader.bytes(of: errors.path, limit: 64 << 10).map { String(decoding: $0, as: UTF8.self) }?
            .trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        switch run {
        case .failedToStart(let reason):
            throw failure(.pandocFailed, "running pandoc failed: \(reason)", path: path)
        case .timedOut:
            throw failure(.pandocTimeout, "wall", ["seconds": "\(seconds)"], path: path)
        case .signalled(let signal):
            // SIGXCPU: the CPU-time limit; SIGKILL after it, or the kernel's out-of-memory killer.
            if signal == SIGXCPU { throw failure(.pandocTimeout, "cpu", ["seconds": "\(seconds)"], path: path) }
            throw failure(.pandocFailed, "pandoc was killed by signal \(signal)\(said.isEmpty ? "" : ": " + said)", path: path)
        case .exited(let status) where status != 0:
            // 251: the Haskell runtime's heap overflow (+RTS -M); "out of memory": the address-space limit.
            if status == 251 || said.contains("Heap exhausted") || said.contains("out of memory") {
                throw failure(.pandocMemory, "limit", ["megabytes": "\(megabytes)"], path: path)
            }
            throw failure(.pandocFailed, "pandoc could not convert the file (exit status \(status))\(said.isEmpty ? "" : ": " + said)", path: path)
        case .exited:
            switch BoundedReader.contents(of: output.path, limit: maxOutputBytes) {
            case .success(let markdown): return markdown
            case .failure(.tooLarge):
                throw failure(.pandocOutputTooLarge, "limit", ["limit": "\(maxOutputBytes)"], path: path)
            case .failure(.unreadable(let reason)):
                throw failure(.pandocFailed, "pandoc's output cannot be read: \(reason)", path: path)
            }
        }
    }

    private static let errorsName = "stderr.txt"

    private func failure(_ code: ProseCode, _ message: String, path: String) -> DiagnosticError {
        DiagnosticError([Diagnostic(code, message, file: path, mark: nil)])
    }

    private func failure(_ code: ProseCode, _ variant: String, _ arguments: [String: String], path: String) -> DiagnosticError {
        DiagnosticError([Diagnostic(code: code.rawValue, template: code.rawValue + "." + variant, arguments: arguments, file: path, mark: nil)])
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
