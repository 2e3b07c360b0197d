import Foundation

/// Turns the issued conclusion (pandoc Markdown, `IssuedConclusion`) into the file an expert
/// opens: a Word document (`.docx`) to edit and sign, or its HTML twin to view and print. Runs
/// pandoc (on `PATH`, or named by `SARAPTAMA_PANDOC`) through files in a private temporary folder.
public struct ConclusionConverter: Sendable {
    /// The files the conclusion can be written as.
    public enum Target: String, Sendable, CaseIterable {
        case docx
        /// A standalone HTML page: the same text, for a browser.
        case html = "conclusion-html"
    }

    public let executable: String?
    /// How long one conversion may take.
    public var timeout: Duration = .seconds(120)

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        executable = PandocConverter(environment: environment).executable
    }

    /// A Word document of `markdown` as written (a document template: tables and code blocks kept).
    public func convertDocument(_ markdown: String) throws(ConclusionError) -> [UInt8] {
        try run(markdown, arguments: ["--from=markdown", "--to=docx"], outputName: "document.docx")
    }

    /// The bytes of the conclusion `markdown` as `target`; `title` is the HTML page's title.
    public func convert(_ markdown: String, to target: Target, title: String) throws(ConclusionError) -> [UInt8] {
        // Raw HTML and TeX are off, so a document's text can never become markup; the page
        // breaks are raw blocks of the target's own format.
        var arguments = ["--from=markdown-raw_html-raw_tex+raw_attribute"]
        switch target {
        case .docx: arguments += ["--to=docx"]
        case .html: arguments += ["--to=html5", "--standalone", "--metadata=pagetitle:" + title, "--css=data:text/css,"]
        }
        return try run(markdown, arguments: arguments, outputName: target == .docx ? "conclusion.docx" : "conclusion.html")
    }

    private func run(_ markdown: String, arguments extra: [String], outputName: String) throws(ConclusionError) -> [UInt8] {
        guard let executable else {
            throw ConclusionError("writing a .docx or HTML conclusion needs pandoc, which was not found: install it (apt-get install pandoc) or set SARAPTAMA_PANDOC")
        }
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("saraptama-conclusion-" + UUID().uuidString)
        defer { try? manager.removeItem(at: folder) }
        let input = folder.appendingPathComponent("conclusion.md")
        let output = folder.appendingPathComponent(outputName)
        let errors = folder.appendingPathComponent("stderr.txt")
        let arguments = extra + ["--output=" + output.path]
        do {
            try manager.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(markdown.utf8).write(to: input)
            _ = manager.createFile(atPath: errors.path, contents: nil)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments + [input.path]
            process.standardInput = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            process.standardError = try FileHandle(forWritingTo: errors)
            let finished = DispatchSemaphore(value: 0)
            process.terminationHandler = { _ in finished.signal() }
            try process.run()
            if finished.wait(timeout: .now() + Double(timeout.components.seconds)) == .timedOut {
                process.terminate()
                finished.wait()
                throw ConclusionError("pandoc did not finish within \(timeout.components.seconds) s")
            }
            guard process.terminationReason == .exit, process.terminationStatus == 0 else {
                let said = (try? String(contentsOf: errors, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                throw ConclusionError("pandoc could not write the conclusion (exit status \(process.terminationStatus))\(said.isEmpty ? "" : ": " + said)")
            }
            return Array(try Data(contentsOf: output))
        } catch let error as ConclusionError {
            throw error
        } catch {
            throw ConclusionError("running pandoc failed: \(error.localizedDescription)")
        }
    }
}

/// Why the conclusion could not be written (code `conclusion-pandoc`).
public struct ConclusionError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { "conclusion-pandoc: " + message }
}
