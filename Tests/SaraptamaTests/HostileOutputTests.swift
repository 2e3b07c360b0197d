import Foundation
import SaraptamaLoading
import Testing
@testable import Saraptama

/// What a hostile document can do to the reports: control characters reaching the terminal,
/// long lines multiplied by the number of findings, and Markdown that was quadratic to read.
@Suite("Hostile output")
struct HostileOutputTests {
    static let crafted = """
        kind: technical_assignment
        id: T-1
        date: "2025-02-10"
        title: "\\e[2K\\rFAKE: positive conclusion\\e]0;owned\\a\\nFAKE line"
        object: {class: "Нет такого класса\\e[31m"}
        """

    @Test func textReportShowsControlCharactersEscaped() throws {
        let report = try ReportFixtures.report(yaml: Self.crafted)
        for colour in [false, true] {
            var options = ReportFixtures.options
            options.colour = colour
            let text = TextReport.render(report, options: options)
            // The report's own colours are the only ESC left.
            let foreign = text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
            #expect(!foreign.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
            #expect(text.contains("\\u001b[2K\\u000dFAKE: positive conclusion\\u001b]0;owned\\u0007\\u000aFAKE line"))
            #expect(!text.split(separator: "\n").contains { $0.hasPrefix("FAKE") })
        }
    }

    @Test func githubAnnotationsShowControlCharactersEscaped() throws {
        let report = try ReportFixtures.report(yaml: Self.crafted)
        let text = GitHubAnnotations.render(report, options: ReportFixtures.options)
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(text.split(separator: "\n").allSatisfy { $0.hasPrefix("::") })
    }

    @Test func diagnosticsQuoteLinesWithControlCharactersEscaped() {
        let quoted = DiagnosticRenderer.quote(line: "a\u{1B}[2Kb: x", column: 9)
        let lines = quoted.split(separator: "\n").map(String.init)
        #expect(lines[0] == "    a\\u001b[2Kb: x")
        // The caret stays under the character: the escape counts by its width.
        #expect(lines[1].count == lines[0].firstIndex(of: "x").map { lines[0].distance(from: lines[0].startIndex, to: $0) }! + 1)
    }

    /// A one-line JSON document of 146 KB gave 32 MB of SARIF: every finding quoted the line.
    @Test func machineFormatsQuoteAWindowOfALongLine() throws {
        func reports(filler: Int) throws -> (findings: [Finding], json: String, sarif: String) {
            let json = #"{"kind": "technical_assignment", "id": "T-1", "date": "2025-02-10", "note": "\#(String(repeating: "x", count: filler))", "object": {"class": "Нет такого класса"}}"#
            let report = try ReportFixtures.report(yaml: json, path: "long.json")
            return (report.documents[0].result.findings, JSONReport.render(report, options: ReportFixtures.options), SARIFReport.render(report, options: ReportFixtures.options))
        }
        let short = try reports(filler: 150_000), long = try reports(filler: 300_000)
        #expect(!short.findings.isEmpty)
        // Twice the line, the same output: it no longer grows with the line.
        #expect(short.json.utf8.count == long.json.utf8.count)
        #expect(short.sarif.utf8.count == long.sarif.utf8.count)
        #expect(short.json.utf8.count < 150_000)
        #expect(short.json.contains("…"))
        for finding in short.findings {
            #expect(ExcerptWindow.capped(finding.excerpt, column: finding.mark.column).unicodeScalars.count <= ExcerptWindow.machineWidth + 2)
        }
    }

    @Test func excerptWindowKeepsTheColumnInView() {
        let line = String(repeating: "a", count: 1000) + "X" + String(repeating: "b", count: 1000)
        let window = ExcerptWindow(line: line, column: 1001)
        #expect(window.text.hasPrefix("…") && window.text.hasSuffix("…"))
        #expect(window.text.unicodeScalars.count == ExcerptWindow.defaultWidth + 2)
        let caret = window.caretPadding.count
        #expect(Array(window.text)[caret] == "X")
    }

    /// 4 MB of code spans took 25 s: appending to a String.UnicodeScalarView copied the text.
    @Test func manyCodeSpansReadInOnePass() {
        let line = String(repeating: "`a` b ", count: 200_000)
        let plain = InlineText.plain(line)
        #expect(plain.hasPrefix("a b a b"))
        #expect(plain.count == 200_000 * 4 - 1)
    }
}
