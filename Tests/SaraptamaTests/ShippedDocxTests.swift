import Foundation
import SaraptamaLoading
import Testing
@testable import Saraptama

/// The one Word file the repository ships, `Cases/word/ta-mz-telemedicine-ru/document.docx`: what
/// the README's quick start checks. It is made from that case's Markdown source as the Word cases
/// are made at test time (Markdown → HTML → DOCX, the HTML step carrying merged header cells):
///
///     pandoc Cases/word/ta-mz-telemedicine-ru/source.md --from=markdown --to=html -o /tmp/document.html
///     pandoc /tmp/document.html --from=html -o Cases/word/ta-mz-telemedicine-ru/document.docx
///
/// and must stay equivalent to what its source makes: the same fact tree, read at the same places,
/// and the same findings. When this fails after the source changed, remake it with the commands above.
@Suite("The shipped DOCX of the quick start")
struct ShippedDocxTests {
    static let name = "ta-mz-telemedicine-ru"
    static let shipped = "Cases/word/\(name)/document.docx"

    /// The fact tree the rules see, each value's place in words, without line:col (the text pandoc
    /// renders may shift by a line between its versions; the places may not).
    static func facts(_ document: Document) -> String {
        FactTreeYAML.render(Repository.engine.prepared(document))
            .replacingOccurrences(of: #"#\s+\d+:\d+"#, with: "#", options: .regularExpression)
    }

    // Needs pandoc; skipped where it is not installed.
    @Test("the committed DOCX reads as its Markdown source makes it: same facts at the same places, same findings",
          .enabled(if: WordCaseTests.pandoc.executable != nil, "pandoc is not installed"))
    func sameAsItsSource() throws {
        let committed = try #require(FileManager.default.contents(atPath: Repository.root + "/" + Self.shipped).map(Array.init), "\(Self.shipped) is missing")
        guard case .loaded(let shipped) = DocumentLoader.load(bytes: committed, path: Self.shipped, tables: Repository.tables),
            case .loaded(let remade) = DocumentLoader.load(bytes: try WordCaseTests.docx(Self.name), path: Self.shipped, tables: Repository.tables)
        else {
            Issue.record("the shipped or the remade DOCX does not load")
            return
        }
        let facts = Self.facts(shipped)
        #expect(facts.contains("functions:") && facts.contains("integrations:") && facts.contains("§4.2, table 1, row 1"))
        #expect(facts == Self.facts(remade), "the shipped DOCX differs from what source.md makes; remake it (see this file's comment)")
        func findings(_ document: Document) -> [String] {
            Repository.engine.check(document, language: .en).findings.map { "\($0.ruleID) \($0.path) \($0.locator?.components(separatedBy: "; ").first ?? "")" }
        }
        #expect(findings(shipped) == findings(remade))
        #expect(findings(shipped).count == 5)
    }

    // Needs pandoc (the check reads the DOCX through it); skipped where it is not installed.
    @Test("the README's quick start checks the shipped DOCX, and exits with the code it states",
          .enabled(if: WordCaseTests.pandoc.executable != nil, "pandoc is not installed"))
    func quickStart() throws {
        let readme = try String(contentsOfFile: Repository.root + "/README.md", encoding: .utf8)
        let lines = readme.components(separatedBy: "\n")
        let command = try #require(lines.first { $0.contains("&& .build/release/saraptama check ") }, "no quick-start check in the README")
        let arguments = try #require(command.components(separatedBy: ".build/release/saraptama ").last).split(separator: " ").map(String.init)
        #expect(arguments == ["check", Self.shipped, "--lang", "en"])
        // «# 1. … (exit code N: …)» in the comment above the command.
        let index = try #require(lines.firstIndex(of: command))
        let comment = lines[max(0, index - 4)..<index].joined(separator: " ")
        let stated = try #require(comment.range(of: #"exit code \d"#, options: .regularExpression).map { Int32(comment[$0].suffix(1))! })
        let run = try CommandLineTests.run(arguments)
        #expect(run.status == stated, "\(run.stderr)")
        #expect(run.stdout.contains("§4.2, table 1, row 2"))
        #expect(run.stdout.contains("negative conclusion"))
    }
}
