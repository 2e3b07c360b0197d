import Foundation
import Testing
@testable import Saraptama

/// The terminal report: the quoted line with a caret under the column, grouping by severity,
/// colour only when asked, the lint layout, and documents rendered one at a time.
@Suite("Text report")
struct TextReportTests {
    static let telemedicine = Repository.cases + "/ta-mz-telemedicine"

    @Test func quotesTheSourceLineWithACaretUnderTheColumn() throws {
        let report = ReportFixtures.report(caseDirectory: Self.telemedicine)
        let text = TextReport.render(report, options: ReportFixtures.options)
        let finding = try #require(report.documents[0].result.findings.first { $0.ruleID == "BUD-001" })
        #expect(finding.excerpt == "  total: 1850000000")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let quoted = try #require(lines.firstIndex { $0.hasSuffix("229 |   total: 1850000000") })
        let caretLine = lines[quoted + 1]
        let bar = try #require(lines[quoted].range(of: "| ")).upperBound
        let caret = try #require(caretLine.firstIndex(of: "^"))
        // The caret sits under column 10 of the quoted line: the '1' of the total.
        #expect(caretLine.distance(from: caretLine.startIndex, to: caret) == lines[quoted].distance(from: lines[quoted].startIndex, to: bar) + finding.mark.column - 1)
    }

    @Test func errorsComeFirstAndColumnsAlign() throws {
        let report = try ReportFixtures.report(yaml: """
            kind: technical_assignment
            id: T-1
            date: "2025-02-10"
            object: {class: "Нет такого класса"}
            """)
        let text = TextReport.render(report, options: ReportFixtures.options)
        let heads = text.split(separator: "\n").filter { $0.range(of: #"^  \d+:\d+ "#, options: .regularExpression) != nil }
        #expect(heads.count >= 2)
        let severities = heads.map { $0.contains(" error ") ? 2 : $0.contains(" warning ") ? 1 : 0 }
        #expect(severities == severities.sorted(by: >), "errors before warnings before info")
        let ruleColumns = Set(heads.compactMap { head in head.range(of: #"[A-Z]{3}-\d{3}"#, options: .regularExpression).map { head.distance(from: head.startIndex, to: $0.lowerBound) } })
        #expect(ruleColumns.count == 1, "rule ids are aligned")
    }

    @Test func colourOnlyWhenAsked() throws {
        let report = ReportFixtures.report(caseDirectory: Self.telemedicine)
        var options = ReportFixtures.options
        #expect(!TextReport.render(report, options: options).contains("\u{1B}["))
        options.colour = true
        let coloured = TextReport.render(report, options: options)
        #expect(coloured.contains("\u{1B}[1;31m"))
        // Colour never changes the words.
        let stripped = coloured.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
        options.colour = false
        #expect(stripped == TextReport.render(report, options: options))
    }

    @Test func lintPutsTheFixFirstAndEndsWithAFriendlySummary() throws {
        let report = ReportFixtures.report(caseDirectory: Self.telemedicine)
        var options = ReportFixtures.options
        options.textStyle = .lint
        options.failOn = .warning
        let text = TextReport.render(report, options: options)
        let lines = text.split(separator: "\n").map(String.init)
        let head = try #require(lines.firstIndex { $0.contains("STR-001") })
        #expect(lines[head + 1].trimmingCharacters(in: .whitespaces).hasPrefix("fix:"))
        #expect(text.contains("✗ Fix before submitting: 7 findings at warning or above in 1 of 1 document."))
        let clean = TextReport.render(ReportFixtures.report(caseDirectory: Repository.cases + "/ta-akimat-green-kk"), options: options)
        #expect(clean.contains("✓ Ready to submit"))
    }

    @Test func documentsRenderOneAtATime() throws {
        let first = ReportFixtures.report(caseDirectory: Self.telemedicine)
        let second = ReportFixtures.report(caseDirectory: Repository.cases + "/ta-akimat-green-kk")
        var both = first
        both.documents += second.documents
        var tally = ReportTally(threshold: .error)
        var streamed = ""
        for document in both.documents {
            streamed += TextReport.renderDocument(document, language: .en, options: ReportFixtures.options)
            tally.add(document)
        }
        streamed += TextReport.renderSummary(tally, language: .en, options: ReportFixtures.options)
        #expect(streamed == TextReport.render(both, options: ReportFixtures.options))
        #expect(tally.documents == 2 && tally.positive == 1 && tally.negative == 1)
    }

    @Test func aLongLineIsShownAsAWindowAroundTheColumn() {
        let line = String(repeating: "a", count: 300) + "X" + String(repeating: "b", count: 300)
        let window = ExcerptWindow(line: line, column: 301, width: 100)
        #expect(window.text.hasPrefix("…") && window.text.hasSuffix("…"))
        let caret = window.caretPadding.count
        #expect(Array(window.text)[caret] == "X")
        let short = ExcerptWindow(line: "\tkey: value", column: 7)
        #expect(short.text == "\tkey: value")
        #expect(short.caretPadding == "\t     ")
    }
}
