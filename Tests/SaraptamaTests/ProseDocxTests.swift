import Foundation
import SaraptamaLoading
import Testing
@testable import Saraptama

/// DOCX fixtures are made from Markdown by pandoc at test time, in a temporary folder: no binary
/// is committed. CI installs pandoc (.ci/run); on a machine without it these tests are skipped.
@Suite("Prose: DOCX through pandoc")
struct ProseDocxTests {
    static let pandoc = PandocConverter()

    /// Writes `markdown` and converts it to .docx with pandoc; returns the .docx path.
    static func docx(from markdown: String, in folder: TemporaryTree, name: String) throws -> String {
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let source = folder.path + "/\(name).md"
        let target = folder.path + "/\(name).docx"
        try markdown.write(toFile: source, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(pandoc.executable))
        process.arguments = [source, "-o", target]
        try process.run()
        process.waitUntilExit()
        try #require(process.terminationStatus == 0)
        return target
    }

    // Needs pandoc to write and read the .docx; skipped (not failed) where pandoc is not installed.
    @Test("a Markdown TA converted to DOCX by pandoc draws the same findings as the Markdown", .enabled(if: pandoc.executable != nil, "pandoc is not installed (apt-get install pandoc)"))
    func roundTrip() throws {
        let folder = try TemporaryTree([:])
        defer { folder.remove() }
        let path = try Self.docx(from: MarkdownDocumentBuilder.docxReady(proseTwinMarkdown), in: folder, name: "twin")
        guard case .loaded(let docx) = DocumentLoader.load(path: path, tables: Repository.tables) else {
            Issue.record("the DOCX does not load: \(DocumentLoader.load(path: path, tables: Repository.tables))")
            return
        }
        guard case .loaded(let markdown) = DocumentLoader.load(bytes: Array(proseTwinMarkdown.utf8), path: "twin.md", tables: Repository.tables) else {
            Issue.record("the Markdown does not load")
            return
        }
        let fromDocx = Repository.engine.check(docx, language: .en)
        let fromMarkdown = Repository.engine.check(markdown, language: .en)
        #expect(!fromDocx.findings.isEmpty)
        #expect(findingKeys(fromDocx) == findingKeys(fromMarkdown))
        #expect(docx.file == path)
        let arc = try #require(fromDocx.findings.first { $0.ruleID == "ARC-001" })
        #expect(arc.locator == "§4.2, table 1, row 2; " + ProseLoader.docxNote)
        #expect(arc.excerpt.contains("MZ.09.99"))
    }

    // Needs pandoc to write and read the .docx; skipped where pandoc is not installed.
    @Test("the Markdown case ta-mz-telemedicine-md as a DOCX: its expected findings and its golden report", .enabled(if: pandoc.executable != nil, "pandoc is not installed (apt-get install pandoc)"))
    func markdownCaseAsDocx() throws {
        let caseDirectory = Repository.cases + "/ta-mz-telemedicine-md"
        let markdown = try String(contentsOfFile: caseDirectory + "/document.md", encoding: .utf8)
        let folder = try TemporaryTree([:])
        defer { folder.remove() }
        let path = try Self.docx(from: MarkdownDocumentBuilder.docxReady(markdown), in: folder, name: "document")
        let bytes = try #require(FileManager.default.contents(atPath: path).map(Array.init))
        // Named as if it lay beside the Markdown, so the golden report does not depend on the temporary folder.
        guard case .loaded(let document) = DocumentLoader.load(bytes: bytes, path: "Cases/ta-mz-telemedicine-md/document.docx", tables: Repository.tables) else {
            Issue.record("the DOCX does not load")
            return
        }
        let result = Repository.engine.check(document, language: .en)
        let expected = try CaseRunner.expectedFindings(caseDirectory + "/expected.yaml").sorted()
        #expect(result.findings.map { "\($0.ruleID) \($0.path)" }.sorted() == expected)
        #expect(result.findings.allSatisfy { $0.locator?.hasSuffix(ProseLoader.docxNote) == true })
        let rendered = TextReport.render(CheckReport(ruleSet: Repository.engine.ruleSet, language: .en, documents: [result]))
        let golden = caseDirectory + "/golden/report.docx.txt"
        if ProcessInfo.processInfo.environment["SARAPTAMA_UPDATE_GOLDEN"] == "1" {
            try rendered.write(toFile: golden, atomically: true, encoding: .utf8)
        }
        #expect(rendered == (try? String(contentsOfFile: golden, encoding: .utf8)),
                "differs from \(golden); regenerate with SARAPTAMA_UPDATE_GOLDEN=1 swift test --filter ProseDocxTests")
    }

    // Needs pandoc to write the .docx; skipped where pandoc is not installed.
    @Test("a DOCX without a header block is read from its title page; what is not there is a reading problem, not a refusal", .enabled(if: pandoc.executable != nil, "pandoc is not installed (apt-get install pandoc)"))
    func headerFromTitlePage() throws {
        let folder = try TemporaryTree([:])
        defer { folder.remove() }
        // pandoc drops nested front matter when it writes a .docx: the header is read from the title.
        let path = try Self.docx(from: proseTwinMarkdown, in: folder, name: "plain")
        guard case .loaded(let document) = DocumentLoader.load(path: path, tables: Repository.tables) else {
            Issue.record("a DOCX without a header block did not load")
            return
        }
        #expect(document.header.kind == .technicalAssignment)
        let result = Repository.engine.check(document, language: .en)
        // Its title names no state body: nothing to match, so the approved architecture is not examined.
        #expect(result.header?.stateBodyID == nil)
        #expect(result.unexaminedQuestions.contains { $0.question == .approvedArchitecture })
        // The twin's title page has no date: checked as of today, and inconclusive unless an error is found.
        #expect(result.problems.map(\.code) == ["reading.date-unknown"])
        #expect(result.reading?.header == "title page")
    }

    @Test("a .doc, .rtf or .pdf is refused with «save as .docx», not read as YAML")
    func unsupportedFormats() {
        for name in ["ta.doc", "ta.RTF", "ta.pdf"] {
            guard case .failed(let result) = DocumentLoader.load(bytes: [0xD0, 0xCF, 0x11, 0xE0], path: name, tables: Repository.tables) else {
                Issue.record("\(name) loaded")
                continue
            }
            #expect(result.problems.map(\.code) == ["prose-unsupported-format"])
            #expect(result.problems.first?.message.contains("save it as .docx") == true)
        }
    }

    @Test("without pandoc a .docx gets prose-pandoc-missing, naming the tool and how to install it")
    func pandocMissing() {
        let missing = PandocConverter(environment: ["SARAPTAMA_PANDOC": "/nonexistent/pandoc", "PATH": "/usr/bin"])
        #expect(missing.executable == nil)
        let build = ProseLoader.load(bytes: [0x50, 0x4B], path: "ta.docx", format: .docx, tables: Repository.tables, pandoc: missing)
        #expect(build.document == nil)
        #expect(build.problems.map(\.code) == ["prose-pandoc-missing"])
        #expect(build.problems.first?.message.contains("apt-get install pandoc") == true)
        #expect(build.problems.first?.message.contains("SARAPTAMA_PANDOC") == true)
        #expect(build.problems.first?.file == "ta.docx")
    }

    @Test("SARAPTAMA_PANDOC names the executable: a path, or a name looked up on PATH")
    func pandocOverride() {
        #expect(PandocConverter(environment: ["SARAPTAMA_PANDOC": "sh", "PATH": "/usr/bin:/bin"]).executable?.hasSuffix("/sh") == true)
        #expect(PandocConverter(environment: ["PATH": "/nonexistent"]).executable == nil)
    }

    // Needs pandoc to run on the broken file; skipped where pandoc is not installed.
    @Test("a file that is not a .docx is refused before pandoc, for that document, not a crash", .enabled(if: pandoc.executable != nil, "pandoc is not installed (apt-get install pandoc)"))
    func brokenDocx() {
        let build = ProseLoader.load(bytes: Array("not a zip".utf8), path: "broken.docx", format: .docx, tables: Repository.tables)
        #expect(build.problems.map(\.code) == ["docx-not-a-zip"])
    }

    @Test("folders yield Markdown and DOCX documents but not READMEs")
    func inputFiles() throws {
        let folder = try TemporaryTree(["a/document.md": "x", "a/README.md": "x", "b/ta.docx": "x", "b/expected.yaml": "x", "c.yaml": "x"])
        defer { folder.remove() }
        let names = InputFiles.documents(from: [folder.path]).map { String($0.dropFirst(folder.path.count + 1)) }
        #expect(names == ["a/document.md", "b/ta.docx", "c.yaml"])
    }
}
