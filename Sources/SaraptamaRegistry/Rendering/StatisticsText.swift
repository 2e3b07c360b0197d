import Saraptama

/// `saraptama stats` for a terminal: one titled table per statistic.
public enum StatisticsText {
    public static func render(_ stats: Statistics, language: Language = .en) -> String {
        let w = StatisticsLabels(language: language)
        var out = header(stats, w)
        guard stats.examinations > 0 else { return out + w.noMatch + "\n" }
        let kinds = Statistics.kinds.map { w.kind($0) }

        out += "\n\(w.byYearTitle)\n"
        var years = TextTable([w.year] + kinds + [w.total])
        for row in stats.byYear { years.add([String(row.year)] + row.byKind.map(String.init) + [String(row.total)]) }
        years.add([w.total] + stats.kindTotals.map(String.init) + [String(stats.examinations)])
        out += years.render()

        out += "\n\(w.verdictsTitle)\n"
        var verdicts = TextTable([w.verdict, w.examinations, w.share])
        for row in stats.verdicts { verdicts.add([w.verdictName(row.verdict), String(row.count), NumberText.percent(row.share)]) }
        out += verdicts.render()

        out += "\n\(w.roundsTitle)\n"
        var rounds = TextTable([w.round, w.documents])
        for row in stats.rounds.distribution { rounds.add([String(row.round), String(row.documents)]) }
        rounds.add([w.noneYet, String(stats.rounds.documentsWithoutPositive)])
        out += rounds.render()
        if let mean = stats.rounds.mean { out += "  \(w.meanRound): \(NumberText.decimal(mean))\n" }

        out += turnaround(stats.turnaround, w)

        out += "\n\(w.byBodyTitle)\n"
        var bodies = TextTable([w.body, w.name] + kinds + [w.total], firstNumberColumn: 2)
        for row in stats.byBody { bodies.add([row.id ?? "(none)", shortened(row.name ?? "", to: 56)] + row.byKind.map(String.init) + [String(row.total)]) }
        out += bodies.render()

        out += "\n\(w.byMonthTitle)\n"
        out += monthGrid(stats.byMonth, w)

        out += "\n\(w.topRulesTitle)\n"
        var rules = TextTable([w.rule, w.severity, w.pack, w.findings, w.examinations], firstNumberColumn: 3)
        for row in stats.topRules { rules.add([row.rule, w.severityName(row.severity), row.pack, String(row.findings), String(row.examinations)]) }
        out += stats.topRules.isEmpty ? "  \(w.noFindings)\n" : rules.render()

        out += "\n\(w.packsTitle)\n"
        var packs = TextTable([w.pack, w.findings, w.examinations])
        for row in stats.packs { packs.add([row.pack, String(row.findings), String(row.examinations)]) }
        out += stats.packs.isEmpty ? "  \(w.noFindings)\n" : packs.render()
        return out
    }

    static func header(_ stats: Statistics, _ w: StatisticsLabels) -> String {
        var out = w.headline(examinations: stats.examinations, documents: stats.documents)
        if let first = stats.firstConcluded, let last = stats.lastConcluded {
            out += ", \(w.concluded) \(CalendarDay.format(first)) … \(CalendarDay.format(last))"
        }
        let filters = stats.query.filterDescriptions
        out += "\n\(w.filters): " + (filters.isEmpty ? w.none : filters.map { "\($0.0)=\($0.1)" }.joined(separator: ", ")) + "\n"
        return out
    }

    /// Long names (ministries' full titles) cut for a terminal; the other formats keep them whole.
    static func shortened(_ text: String, to width: Int) -> String {
        text.count <= width ? text : String(text.prefix(width - 1)) + "…"
    }

    /// Months as a year × month grid: one line per year instead of one per month.
    static func monthGrid(_ months: [Statistics.MonthRow], _ w: StatisticsLabels) -> String {
        var table = TextTable([w.year] + w.months)
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

    static func turnaround(_ turnaround: Statistics.Turnaround, _ w: StatisticsLabels) -> String {
        var out = "\n\(w.turnaroundTitle)\n"
        out += "  \(w.calendar): \(turnaround.calendarName) (\(turnaround.calendarSource))\n"
        out += "  \(w.timeLimit(turnaround.limitDays)) — \(w.limitOrigin(turnaround.limitOrigin))\n"
        out += "  " + w.turnaroundLine(
            mean: turnaround.mean.map(NumberText.decimal) ?? "-", median: turnaround.median.map(NumberText.decimal) ?? "-",
            maximum: turnaround.maximum.map(String.init) ?? "-", over: turnaround.overLimit, count: turnaround.count,
            share: NumberText.percent(turnaround.overLimitShare)) + "\n"
        var table = TextTable([w.workingDays, w.examinations])
        for bucket in turnaround.buckets { table.add([bucket.label, String(bucket.count)]) }
        out += table.render()
        if turnaround.outsideCalendar > 0 {
            out += "  \(w.outsideCalendar(turnaround.outsideCalendar))\n"
        }
        return out
    }
}
