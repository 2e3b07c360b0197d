import Foundation
import Testing
@testable import Saraptama

/// The draft expert conclusion: escaping of every value from a document, grouping by the
/// examination's questions, the three languages, and what headless Chromium actually shows.
@Suite("HTML conclusion")
struct HTMLConclusionTests {
    /// A document whose header and content carry markup; ARC-001 quotes the function's name and
    /// code in its message, and every finding quotes its source line.
    static let hostile = """
        kind: technical_assignment
        id: "ТЗ-<b>1</b>"
        title: "<script>alert('title')</script> Система"
        state_body: {id: mz, name: "<img src=x onerror=alert('body')>"}
        object: {name: "ИС <iframe src=javascript:alert(1)>", class: "x"}
        date: "2025-02-10"
        functions:
          - {code: "MZ.99.99\\"><img src=x onerror=alert('code')>", name: "<script>alert('function')</script>", domain: healthcare, change: new}
        """

    static func render(_ report: ReviewedReport) -> String {
        HTMLConclusion.render(report, options: ReportFixtures.options)
    }

    @Test func everyValueFromTheDocumentIsEscaped() throws {
        let html = Self.render(try ReportFixtures.report(yaml: Self.hostile))
        let lowered = html.lowercased()
        for tag in ["<script", "<img", "<iframe", "<b>"] {
            #expect(!lowered.contains(tag), "the markup \(tag) reached the HTML")
        }
        #expect(html.contains("&lt;script&gt;alert(&#39;function&#39;)&lt;/script&gt;"))
        #expect(html.contains("&lt;img src=x onerror=alert(&#39;body&#39;)&gt;"))
        #expect(html.contains("ARC-001"), "the finding that quotes the markup is there")
    }

    @Test func selfContainedPrintableAndScriptFree() throws {
        let html = Self.render(ReportFixtures.report(caseDirectory: Repository.cases + "/ta-mz-telemedicine"))
        for external in ["src=", "href=", "@import", "url(", "<link", "<script"] {
            #expect(!html.contains(external), "the conclusion refers to something outside itself: \(external)")
        }
        #expect(html.contains("Content-Security-Policy"))
        #expect(html.contains("@media print"))
        #expect(html.contains("@page"))
    }

    @Test func remarksAreNumberedAndGroupedByQuestion() throws {
        let report = ReportFixtures.report(caseDirectory: Repository.cases + "/ta-mz-telemedicine")
        let html = Self.render(report)
        let findings = report.documents[0].result.findings
        #expect(findings.count == 7)
        for number in 1...findings.count {
            #expect(html.contains("id=\"remark-1-\(number)\""), "remark \(number) is missing")
        }
        #expect(!html.contains("id=\"remark-1-\(findings.count + 1)\""))
        func position(_ text: String) throws -> String.Index { try #require(html.range(of: text)?.lowerBound, "\(text) not found") }
        // DAT-001 (master data) answers the e-government architecture question, ARC-* the approved
        // architecture, BUD-001 the budget, STR-001 and LCY-001 the other requirements.
        #expect(try position("question-1-egov_architecture") < position("<span class=\"rule-id\">DAT-001"))
        #expect(try position("<span class=\"rule-id\">DAT-001") < position("question-1-approved_architecture"))
        #expect(try position("question-1-approved_architecture") < position("<span class=\"rule-id\">ARC-001"))
        #expect(try position("question-1-budget") < position("<span class=\"rule-id\">BUD-001"))
        #expect(try position("question-1-other") < position("<span class=\"rule-id\">STR-001"))
        #expect(html.contains("Passed checks"))
        #expect(html.contains("Negative conclusion"))
    }

    @Test func theThreeLanguages() throws {
        let directory = Repository.cases + "/ta-mz-telemedicine"
        let ru = Self.render(ReportFixtures.report(caseDirectory: directory, language: .ru))
        let kk = Self.render(ReportFixtures.report(caseDirectory: directory, language: .kk))
        #expect(ru.contains("<html lang=\"ru\">") && ru.contains("Отрицательное заключение") && ru.contains("Замечания"))
        #expect(kk.contains("<html lang=\"kk\">") && kk.contains("Теріс қорытынды") && kk.contains("Ескертпелер"))
        let title = try #require(Repository.engine.ruleSet.questions.definition(.approvedArchitecture)).title
        #expect(ru.contains(title.ru))
        #expect(kk.contains(title.kk))
    }

    @Test func aCompliantDocumentGetsAPositiveConclusion() throws {
        let html = Self.render(ReportFixtures.report(caseDirectory: Repository.cases + "/ta-akimat-green-kk"))
        #expect(html.contains("verdict-positive"))
        #expect(html.contains("Positive conclusion"))
        #expect(!html.contains("class=\"remark "))
    }

    /// What the browser shows: the verdict, the numbered remarks, and no element that came from
    /// the document's markup.
    @Test func headlessChromiumShowsTheConclusionAndNoInjectedElement() throws {
        let report = try ReportFixtures.report(yaml: Self.hostile)
        let file = try ReportFixtures.write(Self.render(report), suffix: ".html")
        defer { try? FileManager.default.removeItem(atPath: file) }
        let dom = try HeadlessBrowser.dumpDOM(file: file)
        #expect(dom.contains("<html"), "the browser produced no DOM")
        let lowered = dom.lowercased()
        #expect(!lowered.contains("<script"), "a script element exists in the DOM")
        #expect(!lowered.contains("<img"), "an img element exists in the DOM")
        #expect(!lowered.contains("<iframe"), "an iframe element exists in the DOM")
        #expect(dom.contains("Negative conclusion"))
        #expect(dom.contains("class=\"verdict-text\">Negative conclusion</p>"))
        let count = report.documents[0].result.findings.count
        #expect(count >= 2)
        for number in 1...count {
            #expect(dom.contains("id=\"remark-1-\(number)\""), "remark \(number) is not in the DOM")
            #expect(dom.contains("<span class=\"remark-number\">\(number).</span>"))
        }
        // The markup is shown as text, as the document wrote it.
        #expect(dom.contains("&lt;script&gt;alert('function')&lt;/script&gt;"))
    }

    @Test func headlessChromiumRendersAScreenshot() throws {
        let html = Self.render(ReportFixtures.report(caseDirectory: Repository.cases + "/ta-mz-telemedicine", language: .ru))
        let file = try ReportFixtures.write(html, suffix: ".html")
        let png = file + ".png"
        defer {
            try? FileManager.default.removeItem(atPath: file)
            try? FileManager.default.removeItem(atPath: png)
        }
        try HeadlessBrowser.screenshot(file: file, to: png)
        let bytes = try #require(FileManager.default.contents(atPath: png), "chromium wrote no screenshot")
        #expect(Array(bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "not a PNG")
        // A blank page compresses to a few kilobytes; a rendered conclusion is far larger.
        #expect(bytes.count > 50_000, "the screenshot is suspiciously small (\(bytes.count) bytes)")
    }
}
