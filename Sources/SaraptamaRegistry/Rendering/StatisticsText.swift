import Saraptama

/// `saraptama stats` for a terminal: one titled table per statistic.
public enum StatisticsText {
    public static func render(_ stats: Statistics) -> String {
        var out = header(stats)
        guard stats.examinations > 0 else { return out + "No examination matches.\n" }
        let kinds = Statistics.kinds.map(\.abbreviation)

        out += "\nExaminations by year and kind (year of the conclusion)\n"
        var years = TextTable(["year"] + kinds + ["total"])
        for row in stats.byYear { years.add([String(row.year)] + row.byKind.map(String.init) + [String(row.total)]) }
        years.add(["total"] + stats.kindTotals.map(String.init) + [String(stats.examinations)])
        out += years.render()

        out += "\nVerdicts\n"
        var verdicts = TextTable(["verdict", "examinations", "share"])
        for row in stats.verdicts { verdicts.add([row.verdict.rawValue, String(row.count), NumberText.percent(row.share)]) }
        out += verdicts.render()

        out += "\nRounds until a positive conclusion\n"
        var rounds = TextTable(["round", "documents"])
        for row in stats.rounds.distribution { rounds.add([String(row.round), String(row.documents)]) }
        rounds.add(["none yet", String(stats.rounds.documentsWithoutPositive)])
        out += rounds.render()
        if let mean = stats.rounds.mean { out += "  mean round of the first positive conclusion: \(NumberText.decimal(mean))\n" }

        out += turnaround(stats.turnaround)

        out += "\nExaminations by state body\n"
        var bodies = TextTable(["body", "name"] + kinds + ["total"], firstNumberColumn: 2)
        for row in stats.byBody { bodies.add([row.id ?? "(none)", shortened(row.name ?? "", to: 56)] + row.byKind.map(String.init) + [String(row.total)]) }
        out += bodies.render()

        out += "\nExaminations by month\n"
        out += monthGrid(stats.byMonth)

        out += "\nMost violated rules\n"
        var rules = TextTable(["rule", "severity", "pack", "findings", "examinations"], firstNumberColumn: 3)
        for row in stats.topRules { rules.add([row.rule, row.severity.rawValue, row.pack, String(row.findings), String(row.examinations)]) }
        out += stats.topRules.isEmpty ? "  no findings\n" : rules.render()

        out += "\nFindings by pack\n"
        var packs = TextTable(["pack", "findings", "examinations"])
        for row in stats.packs { packs.add([row.pack, String(row.findings), String(row.examinations)]) }
        out += stats.packs.isEmpty ? "  no findings\n" : packs.render()
        return out
    }

    static func header(_ stats: Statistics) -> String {
        var out = "Examinations: \(stats.examinations) (\(stats.documents) documents)"
        if let first = stats.firstConcluded, let last = stats.lastConcluded {
            out += ", concluded \(CalendarDay.format(first)) … \(CalendarDay.format(last))"
        }
        let filters = stats.query.filterDescriptions
        out += "\nFilters: " + (filters.isEmpty ? "none" : filters.map { "\($0.0)=\($0.1)" }.joined(separator: ", ")) + "\n"
        return out
    }

    /// Long names (ministries' full titles) cut for a terminal; the other formats keep them whole.
    static func shortened(_ text: String, to width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }

    /// Months as a year × month grid: one line per year instead of one per month.
    static func monthGrid(_ months: [Statistics.MonthRow]) -> String {
        let names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        var table = TextTable(["year"] + names)
        var row: [String] = []
        for month in months {
            let parts = month.month.split(separator: "-")
            let year = String(parts[0]), index = Int(parts[1])! - 1
            if row.isEmpty || row[0] != year {
                if !row.isEmpty { table.add(row) }
                row = [year] + Array(repeating: "", count: 12)
            }
            row[index + 1] = String(month.count)
        }
        if !row.isEmpty { table.add(row) }
        return table.render()
    }

    static func turnaround(_ turnaround: Statistics.Turnaround) -> String {
        var out = "\nTurnaround in working days (receipt → conclusion; the day of receipt not counted)\n"
        out += "  calendar: \(turnaround.calendarName) (\(turnaround.calendarSource))\n"
        out += "  time limit: \(turnaround.limitDays) working days — \(turnaround.limitSource)\n"
        out += "  mean \(turnaround.mean.map(NumberText.decimal) ?? "-"), median \(turnaround.median.map(NumberText.decimal) ?? "-"), "
        out += "max \(turnaround.maximum.map(String.init) ?? "-"); over the limit: \(turnaround.overLimit) of \(turnaround.count) (\(NumberText.percent(turnaround.overLimitShare)))\n"
        var table = TextTable(["working days", "examinations"])
        for bucket in turnaround.buckets { table.add([bucket.label, String(bucket.count)]) }
        out += table.render()
        if turnaround.outsideCalendar > 0 {
            out += "  note: \(turnaround.outsideCalendar) examination(s) have dates outside the calendar's years; only weekends were excluded for them\n"
        }
        return out
    }
}
