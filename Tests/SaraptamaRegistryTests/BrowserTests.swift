import Foundation
import Saraptama
import SaraptamaRegistry
import Testing

/// The HTML statistics page as a real browser shows it: headless Chromium loads the file and
/// dumps the DOM it built, and the test reads the numbers and the chart bars from that DOM.
/// Without Chromium this FAILS (install it: `apt-get install chromium`; `.ci/run` does).
@Suite("Statistics page in a headless browser")
struct BrowserTests {
    static let candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    static func browser() -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in candidates {
            for folder in folders where FileManager.default.isExecutableFile(atPath: folder + "/" + name) { return folder + "/" + name }
        }
        return nil
    }

    /// Runs the browser on `page` and returns the DOM it serialized.
    static func dumpDOM(_ page: String, scratch: Scratch) throws -> String {
        let browser = try #require(Self.browser(), "headless Chromium is required for this test and was not found on PATH: install it (Debian: apt-get install chromium; .ci/run installs it)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments = [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--user-data-dir=" + scratch.file("profile"), "--dump-dom", URL(fileURLWithPath: page).absoluteString,
        ]
        let output = scratch.file("dom.html")
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
        process.standardError = FileHandle.nullDevice
        try process.run()
        // A watchdog, not a timing assertion: a browser that hangs must not hang the suite.
        let watchdog = DispatchWorkItem { if process.isRunning { process.terminate() } }
        DispatchQueue.global().asyncAfter(deadline: .now() + 180, execute: watchdog)
        process.waitUntilExit()
        watchdog.cancel()
        #expect(process.terminationStatus == 0, "the browser exited with \(process.terminationStatus)")
        return try String(contentsOfFile: output, encoding: .utf8)
    }

    @Test func theBrowserShowsTheTablesAndTheBars() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        var examinations = StatisticsTests.fixture
        examinations[2].stateBodyName = "<script>alert(1)</script>"
        let stats = Statistics.compute(examinations, query: StatisticsQuery(), calendar: Repository.calendar)
        let page = try scratch.write("stats.html", StatisticsHTML.render(stats))
        let dom = try Self.dumpDOM(page, scratch: scratch)

        // The year × kind table as the browser parsed it.
        let table = try #require(Self.element(id: "year-kind-table", in: dom), "no year × kind table in the DOM")
        #expect(Self.cells(table) == ["year", "TA", "IP", "FEJ", "total", "2021", "3", "2", "2", "7", "2022", "1", "0", "0", "1", "total", "4", "2", "2", "8"])
        // The stacked bars exist, one per non-zero (year, kind), with their values.
        let bars = Self.bars(in: try #require(Self.element(id: "chart-year-kind", in: dom, tag: "svg")))
        #expect(bars == ["2021/TA=3", "2021/IP=2", "2021/FEJ=2", "2022/TA=1"])
        #expect(Self.bars(in: try #require(Self.element(id: "chart-turnaround", in: dom, tag: "svg"))).count == 8)
        #expect(try #require(Self.element(id: "chart-rules", in: dom, tag: "svg")).contains("data-category=\"ARC-002\" data-value=\"4\""))
        #expect(dom.contains("id=\"over-limit\">1<"))
        // The hostile name is shown as text: the DOM has no script element at all.
        #expect(!dom.lowercased().contains("<script"))
        #expect(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    /// The outer HTML of the element with `id` (no nesting of the same tag inside, which holds here).
    static func element(id: String, in dom: String, tag: String = "table") -> String? {
        guard let start = dom.range(of: "<\(tag) id=\"\(id)\"") ?? dom.range(of: "<\(tag) class=\"chart\" id=\"\(id)\""),
            let end = dom.range(of: "</\(tag)>", range: start.upperBound..<dom.endIndex)
        else { return nil }
        return String(dom[start.lowerBound..<end.upperBound])
    }

    static func cells(_ table: String) -> [String] {
        matches(of: #"<t[hd][^>]*>([^<]*)</t[hd]>"#, in: table)
    }

    static func bars(in svg: String) -> [String] {
        let categories = matches(of: #"<rect class="bar[^"]*" data-category="([^"]*)""#, in: svg)
        let series = matches(of: #"<rect class="bar[^"]*" data-category="[^"]*" data-series="([^"]*)""#, in: svg)
        let values = matches(of: #"<rect class="bar[^"]*" data-category="[^"]*" data-series="[^"]*" data-value="([^"]*)""#, in: svg)
        guard categories.count == series.count, series.count == values.count else { return ["mismatch"] }
        return categories.indices.map { "\(categories[$0])/\(series[$0])=\(values[$0])" }
    }

    static func matches(of pattern: String, in text: String) -> [String] {
        guard let regex = try? NSRegularExpression(pattern: pattern) else { return [] }
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
