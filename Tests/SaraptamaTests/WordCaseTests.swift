import Foundation
import SaraptamaLoading
import Testing
@testable import Saraptama

/// The cases of `Cases/word/`: documents written the way authors write them in Word (title page
/// instead of a header block, headings numbered by Word, facts in sentences, tables in their own
/// wording), kept as Markdown with HTML tables (`source.md`) and made into a .docx at test time
/// by pandoc (Markdown → HTML → DOCX: the HTML step is what carries merged header cells into
/// Word). Each is golden-tested: the expected findings (`expected.yaml`: every one found, no
/// other), the expected reading problems, and the text report with the reading report
/// (`golden.txt`, regenerated with SARAPTAMA_UPDATE_GOLDEN=1).
@Suite("Word cases: documents as authors write them")
struct WordCaseTests {
    static let pandoc = PandocConverter()
    static let directory = Repository.cases + "/word"

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter {
            FileManager.default.fileExists(atPath: directory + "/" + $0 + "/source.md")
        }.sorted()
    }

    /// `source.md` as a .docx, through HTML; returns its bytes.
    static func docx(_ name: String) throws -> [UInt8] {
        let folder = try TemporaryTree([:])
        defer { folder.remove() }
        try FileManager.default.createDirectory(atPath: folder.path, withIntermediateDirectories: true)
        let executable = try #require(pandoc.executable)
        func run(_ arguments: [String]) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            try process.run()
            process.waitUntilExit()
            try #require(process.terminationStatus == 0)
        }
        try run([directory + "/\(name)/source.md", "--from=markdown", "--to=html", "-o", folder.path + "/document.html"])
        try run([folder.path + "/document.html", "--from=html", "-o", folder.path + "/document.docx"])
        return try #require(FileManager.default.contents(atPath: folder.path + "/document.docx").map(Array.init))
    }

    // Needs pandoc; skipped where it is not installed.
    @Test("each Word case: its expected findings, reading problems and golden report", .enabled(if: pandoc.executable != nil, "pandoc is not installed"),
          arguments: names)
    func wordCase(_ name: String) throws {
        let caseDirectory = Self.directory + "/" + name
        let bytes = try Self.docx(name)
        let load = DocumentLoader.load(bytes: bytes, path: "Cases/word/\(name)/document.docx", tables: Repository.tables)
        guard case .loaded(let document) = load else {
            Issue.record("\(name): the .docx does not load: \(load)")
            return
        }
        let result = Repository.engine.check(document, language: .en)
        let expected = try CaseRunner.expectedFindings(caseDirectory + "/expected.yaml").sorted()
        let actual = result.findings.map { "\($0.ruleID) \($0.path)" }.sorted()
        #expect(actual == expected, "\(name): missing \(expected.filter { !actual.contains($0) }), unexpected \(actual.filter { !expected.contains($0) })")
        let expectation = try YAMLLoader.load(file: caseDirectory + "/expected.yaml").root
        let problems = (expectation["problems"]?.sequence ?? []).compactMap(\.string).sorted()
        #expect(result.problems.map(\.code).sorted() == problems, "\(name): \(result.problems.map(\.description))")
        if expectation["all_questions_examined"]?.scalar == .bool(true) {
            #expect(result.unexaminedQuestions.isEmpty, "\(name): not examined: \(result.unexaminedQuestions.map(\.question))")
        }
        // Every finding is placed in the Word document's own words: section, paragraph, table, row.
        #expect(result.findings.allSatisfy { $0.locator?.isEmpty == false }, "\(name): a finding without a place")
        let rendered = TextReport.render(CheckReport(ruleSet: Repository.engine.ruleSet, language: .en, documents: [result]))
            + "\n--- reading report ---\n" + (result.reading?.render() ?? "none\n")
        let golden = caseDirectory + "/golden.txt"
        if ProcessInfo.processInfo.environment["SARAPTAMA_UPDATE_GOLDEN"] == "1" {
            try rendered.write(toFile: golden, atomically: true, encoding: .utf8)
        }
        #expect(rendered == (try? String(contentsOfFile: golden, encoding: .utf8)),
                "\(name): differs from \(golden); regenerate with SARAPTAMA_UPDATE_GOLDEN=1 swift test --filter WordCaseTests")
    }

    @Test("there are Word cases of every kind, in Russian and Kazakh")
    func coverage() {
        #expect(Self.names.count >= 6)
    }
}

extension WordCaseTests {
    // Needs pandoc; skipped where it is not installed.
    @Test("each Word case's findings are placed in its own language's words (Cases/word/locations.txt)",
          .enabled(if: pandoc.executable != nil, "pandoc is not installed"))
    func locationsInTheDocumentsLanguage() throws {
        var rendered = "# Where each finding of a Word case is, worded in the case's language (Kazakh: «4.2-бөлім, 1-кесте, 3-жол»).\n"
        rendered += "# Regenerate with SARAPTAMA_UPDATE_GOLDEN=1 swift test --filter WordCaseTests\n"
        for name in Self.names {
            let language: Language = name.hasSuffix("-kk") ? .kk : .ru
            let load = DocumentLoader.load(bytes: try Self.docx(name), path: "Cases/word/\(name)/document.docx", tables: Repository.tables)
            guard case .loaded(let document) = load else {
                Issue.record("\(name): the .docx does not load: \(load)")
                continue
            }
            let result = Repository.engine.check(document, language: language)
            rendered += "\n\(name) (\(language.rawValue)):\n"
            for finding in result.findings {
                // The note on line numbers is the same for every finding: the place is what is compared.
                let place = (finding.locator ?? "").components(separatedBy: "; ").first ?? ""
                rendered += "  \(finding.ruleID) \(finding.path): \(place)\n"
            }
        }
        #expect(rendered.contains("бөлім"), "no Kazakh section label among the Kazakh cases' findings")
        let golden = Self.directory + "/locations.txt"
        if ProcessInfo.processInfo.environment["SARAPTAMA_UPDATE_GOLDEN"] == "1" {
            try rendered.write(toFile: golden, atomically: true, encoding: .utf8)
        }
        #expect(rendered == (try? String(contentsOfFile: golden, encoding: .utf8)),
                "differs from \(golden); regenerate with SARAPTAMA_UPDATE_GOLDEN=1 swift test --filter WordCaseTests")
    }
}
