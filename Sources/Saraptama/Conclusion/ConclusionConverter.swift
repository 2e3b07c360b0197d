import Foundation
import SaraptamaLoading

/// Turns the issued conclusion (pandoc Markdown, `IssuedConclusion`) into the file an expert
/// opens: a Word document (`.docx`) to edit and sign, or its HTML twin to view and print. Runs
/// pandoc (on `PATH`, or named by `SARAPTAMA_PANDOC`) through files in a private temporary folder.
public struct ConclusionConverter: Sendable {
    /// The files the conclusion can be written as.
    public enum Target: String, Sendable, CaseIterable {
        case docx
        /// A standalone HTML page: the same text, for a browser.
        case html = "conclusion-html"
        /// The Word document laid out as PDF by LibreOffice (`OfficeConverter`), when installed.
        case pdf = "conclusion-pdf"
    }

    public let executable: String?
    /// The Word document whose styles, page setup, header and footer a `.docx` takes
    /// (`ConclusionSettings.template`); nil for pandoc's plain default.
    public var template: String?
    /// How long one conversion may take.
    public var timeout: Duration = .seconds(120)
    /// The largest template read: a letterhead is a few hundred kilobytes.
    static let maxTemplateBytes = 16 << 20

    public init(template: String? = nil, environment: [String: String] = ProcessInfo.processInfo.environment) {
        executable = PandocConverter(environment: environment).executable
        self.template = template
    }

    /// The converter for these settings: their template, else the rule set's
    /// `conclusion/reference.docx` when `ruleSetDirectory` has one.
    public init(settings: ConclusionSettings, ruleSetDirectory: String?) {
        var template = settings.template
        if template == nil, let directory = ruleSetDirectory {
            let shipped = directory + "/" + Self.shippedTemplate
            if FileManager.default.fileExists(atPath: shipped) { template = shipped }
        }
        self.init(template: template)
    }

    /// Where a rule set keeps the conclusion's default styles.
    public static let shippedTemplate = "conclusion/reference.docx"

    /// A Word document of `markdown` as written (a document template: tables and code blocks kept).
    public func convertDocument(_ markdown: String) throws(ConclusionError) -> [UInt8] {
        try run(markdown, arguments: ["--from=markdown", "--to=docx"], outputName: "document.docx")
    }

    /// The bytes of the conclusion `markdown` as `target`; `title` is the HTML page's title.
    public func convert(_ markdown: String, to target: Target, title: String) throws(ConclusionError) -> [UInt8] {
        if target == .pdf { return try OfficeConverter().pdf(fromDocx: try convert(markdown, to: .docx, title: title)) }
        // Raw HTML and TeX are off, so a document's text can never become markup; the page
        // breaks are raw blocks of the target's own format.
        var arguments = ["--from=markdown-raw_html-raw_tex+raw_attribute"]
        switch target {
        case .docx: arguments += ["--to=docx"] + (try checkedTemplate().map { ["--reference-doc=" + $0] } ?? [])
        case .pdf: preconditionFailure("a PDF is made from the .docx")
        case .html: arguments += ["--to=html5", "--standalone", "--metadata=pagetitle:" + title, "--css=data:text/css,"]
        }
        return try run(markdown, arguments: arguments, outputName: target == .html ? "conclusion.html" : "conclusion.docx")
    }

    /// The template, once it is known to be a readable, bounded Word archive: pandoc is not
    /// handed a file that could exhaust it (the same checks as a submitted .docx).
    func checkedTemplate() throws(ConclusionError) -> String? {
        guard let template else { return nil }
        let bytes: [UInt8]
        switch BoundedReader.contents(of: template, limit: Self.maxTemplateBytes) {
        case .success(let read): bytes = read
        case .failure(let failure): throw ConclusionError("the conclusion template '\(template)' cannot be used: " + failure.message(limit: Self.maxTemplateBytes, limitName: "the template limit"), code: "conclusion-template")
        }
        if case .failure(let refusal) = ZipInspector().inspect(bytes) {
            throw ConclusionError("the conclusion template '\(template)' is not a usable Word document: \(refusal.message)", code: "conclusion-template")
        }
        return template
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

/// Why the conclusion could not be written: pandoc failed (`conclusion-pandoc`) or the
/// letterhead template is unusable (`conclusion-template`).
public struct ConclusionError: Error, Sendable, CustomStringConvertible {
    public let code: String
    public let message: String
    public init(_ message: String, code: String = "conclusion-pandoc") {
        self.message = message
        self.code = code
    }
    public var description: String { code + ": " + message }
}
