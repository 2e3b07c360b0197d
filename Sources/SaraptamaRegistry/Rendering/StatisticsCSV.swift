import Saraptama

/// `saraptama stats --format csv`: every statistic in one long table `table,row,column,value`,
/// so a spreadsheet pivot rebuilds any of them (e.g. table = year_kind, row = 2016, column = TA).
public enum StatisticsCSV {
    public static func render(_ stats: Statistics) -> String {
        var out = CSV.line(["table", "row", "column", "value"])
        func add(_ table: String, _ row: String, _ column: String, _ value: String) { out += CSV.line([table, row, column, value]) }
        let kinds = Statistics.kinds.map(\.abbreviation)
        add("summary", "all", "examinations", String(stats.examinations))
        add("summary", "all", "documents", String(stats.documents))
        for row in stats.byYear {
            for (kind, count) in zip(kinds, row.byKind) { add("year_kind", String(row.year), kind, String(count)) }
            add("year_kind", String(row.year), "total", String(row.total))
        }
        for (kind, count) in zip(kinds, stats.kindTotals) { add("year_kind", "total", kind, String(count)) }
        add("year_kind", "total", "total", String(stats.examinations))
        for row in stats.byBody {
            let id = row.id ?? ""
            add("body", id, "name", row.name ?? "")
            for (kind, count) in zip(kinds, row.byKind) { add("body", id, kind, String(count)) }
            add("body", id, "total", String(row.total))
        }
        for row in stats.byMonth { add("month", row.month, "examinations", String(row.count)) }
        for row in stats.verdicts {
            add("verdict", row.verdict.rawValue, "examinations", String(row.count))
            add("verdict", row.verdict.rawValue, "share", String(NumberText.rounded(row.share)))
        }
        for row in stats.rounds.distribution { add("rounds_to_positive", String(row.round), "documents", String(row.documents)) }
        add("rounds_to_positive", "none", "documents", String(stats.rounds.documentsWithoutPositive))
        let turnaround = stats.turnaround
        add("turnaround", "all", "limit_days", String(turnaround.limitDays))
        add("turnaround", "all", "limit_source", turnaround.limitSource)
        add("turnaround", "all", "mean", turnaround.mean.map { String(NumberText.rounded($0)) } ?? "")
        add("turnaround", "all", "median", turnaround.median.map { String(NumberText.rounded($0)) } ?? "")
        add("turnaround", "all", "max", turnaround.maximum.map(String.init) ?? "")
        add("turnaround", "all", "over_limit", String(turnaround.overLimit))
        add("turnaround", "all", "over_limit_share", String(NumberText.rounded(turnaround.overLimitShare)))
        add("turnaround", "all", "outside_calendar", String(turnaround.outsideCalendar))
        for bucket in turnaround.buckets { add("turnaround_days", bucket.label, "examinations", String(bucket.count)) }
        for row in stats.topRules {
            add("rule", row.rule, "pack", row.pack)
            add("rule", row.rule, "severity", row.severity.rawValue)
            add("rule", row.rule, "findings", String(row.findings))
            add("rule", row.rule, "examinations", String(row.examinations))
        }
        for row in stats.packs {
            add("pack", row.pack, "findings", String(row.findings))
            add("pack", row.pack, "examinations", String(row.examinations))
        }
        return out
    }
}
