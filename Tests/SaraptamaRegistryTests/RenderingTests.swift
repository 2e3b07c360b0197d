import Foundation
import Saraptama
import SaraptamaLoading
import SaraptamaRegistry
import Testing

/// The text, JSON, CSV and HTML renderings of the statistics of `StatisticsTests.fixture`.
@Suite("Statistics renderers")
struct RenderingTests {
    static let stats = StatisticsTests.compute()

    @Test func textTables() {
        let text = StatisticsText.render(Self.stats)
        #expect(text.hasPrefix("Examinations: 8 (5 documents), concluded 2021-01-05 … 2022-01-10\nFilters: none\n"))
        #expect(text.contains("""
              year   TA  IP  FEJ  total
              2021    3   2    2      7
              2022    1   0    0      1
              total   4   2    2      8
            """))
        #expect(text.contains("  positive                 4  50.0%\n"))
        #expect(text.contains("mean 7.3, median 4.5, max 19; over the limit: 1 of 8 (12.5%)"))
        #expect(text.contains("  2021    1    2    1    0    1    0    2    0    0    0    0    0\n"))
        #expect(text.contains("  ARC-002  error     architecture         4             3\n"))
        #expect(text.contains("  mean round of the first positive conclusion: 1.3\n"))
    }

    @Test func jsonHasTheExactNumbers() throws {
        let json = StatisticsJSON.render(Self.stats)
        let root = try YAMLLoader.load(text: json, path: "stats.json").root
        #expect(root["format"]?.string == "saraptama-stats")
        #expect(root["examinations"]?.scalar == .int(8))
        #expect(root["by_year"]?.sequence?.first?["by_kind"]?["TA"]?.scalar == .int(3))
        #expect(root["kind_totals"]?["FEJ"]?.scalar == .int(2))
        #expect(root["verdicts"]?.sequence?[1]["share"]?.scalar == .double(0.375))
        #expect(root["rounds_to_positive"]?["mean"]?.scalar == .double(1.3333))
        #expect(root["turnaround"]?["median"]?.scalar == .double(4.5))
        #expect(root["turnaround"]?["over_limit"]?.scalar == .int(1))
        #expect(root["turnaround"]?["buckets"]?.sequence?.last?["to"]?.scalar == .null)
        #expect(root["top_rules"]?.sequence?.first?["rule"]?.string == "ARC-002")
        #expect(root["by_body"]?.sequence?.last?["id"]?.scalar == .null)
    }

    @Test func csvIsOneLongTable() throws {
        let csv = StatisticsCSV.render(Self.stats)
        let (records, problems) = CSV.parse(csv)
        #expect(problems.isEmpty)
        #expect(records.first?.fields == ["table", "row", "column", "value"])
        #expect(records.allSatisfy { $0.fields.count == 4 })
        for line in ["year_kind,2021,TA,3", "year_kind,total,total,8", "verdict,negative,share,0.375", "turnaround,all,over_limit,1",
                     "turnaround_days,11–15,examinations,2", "rule,ARC-002,findings,4", "pack,structure,examinations,2", "month,2021-04,examinations,0",
                     "body,,total,1", "rounds_to_positive,none,documents,2"] {
            #expect(csv.contains(line + "\n"), "\(line)")
        }
    }

    @Test func htmlEscapesEveryValue() {
        var hostile = StatisticsTests.fixture
        hostile[0].stateBodyID = "\"><img src=x onerror=alert(2)>"
        hostile[0].stateBodyName = "<script>alert(1)</script>"
        hostile[0].findings[0].ruleID = "<b>R&D</b>"
        let html = StatisticsHTML.render(Statistics.compute(hostile, query: StatisticsQuery(body: nil), calendar: Repository.calendar))
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>R&D"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"))
        #expect(html.contains("&lt;b&gt;R&amp;D&lt;/b&gt;"))
        #expect(html.contains("Content-Security-Policy"))
        #expect(!html.contains("http://") || html.components(separatedBy: "http://").count - 1 == html.components(separatedBy: "xmlns=\"http://www.w3.org/2000/svg\"").count - 1)
    }

    @Test func htmlChartsCarryTheirNumbers() {
        let html = StatisticsHTML.render(Self.stats)
        #expect(html.contains("data-category=\"2021\" data-series=\"TA\" data-value=\"3\""))
        #expect(html.contains("data-category=\"2022\" data-series=\"TA\" data-value=\"1\""))
        #expect(html.contains("<svg id=\"chart-turnaround\""))
        #expect(html.contains("data-category=\"19\" data-series=\"over the limit\" data-value=\"1\""))
        #expect(html.contains("<svg id=\"chart-rules\""))
        #expect(html.contains("data-category=\"ARC-002\" data-value=\"4\""))
    }
}
