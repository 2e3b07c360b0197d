import Saraptama

/// `saraptama stats --format html`: one self-contained page (inline CSS and SVG, no script, no
/// external resource; a Content-Security-Policy forbids both) with charts and the tables behind them.
public enum StatisticsHTML {
    /// Days shown one bar each in the turnaround chart; longer turnarounds share the last bar.
    static let turnaroundChartDays = 40

    /// - Parameter language: the language of the page's words (the figures and names are the registry's).
    public static func render(_ stats: Statistics, language: Language = .en, generator: String = "saraptama \(SaraptamaVersion.current)") -> String {
        let e = HTMLText.escape
        let kinds = Statistics.kinds
        let w = Words(language: language)
        let kindName = w.labels.kind
        var page = """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(w.pageTitle)</title>
            <style>\(style)</style>
            </head>
            <body>
            <h1>\(w.pageTitle)</h1>

            """
        page += "<p class=\"summary\" id=\"summary\">" + w.summary(total: "<span id=\"total\">\(stats.examinations)</span>", documents: stats.documents)
        if let first = stats.firstConcluded, let last = stats.lastConcluded {
            page += w.concluded(e(CalendarDay.format(first)), e(CalendarDay.format(last)))
        }
        let filters = stats.query.filterDescriptions
        page += ". \(w.labels.filters): " + (filters.isEmpty ? w.labels.none : filters.map { "\(e($0.0)) = \(e($0.1))" }.joined(separator: ", ")) + ".</p>\n"
        guard stats.examinations > 0 else { return page + "<p>\(w.labels.noMatch)</p>\n</body>\n</html>\n" }

        page += "<section id=\"year-kind\"><h2>\(w.byYearKind)</h2>\n"
        page += SVGChart.verticalBars(
            id: "chart-year-kind", title: w.byYearKind, categories: stats.byYear.map { String($0.year) },
            series: kinds.indices.map { index in
                SVGChart.Series(name: kindName(kinds[index]), cssClass: "kind-\(kinds[index].abbreviation.lowercased())", values: stats.byYear.map { $0.byKind[index] })
            }) + "\n"
        var yearRows = stats.byYear.map { [String($0.year)] + $0.byKind.map(String.init) + [String($0.total)] }
        yearRows.append([w.labels.total] + stats.kindTotals.map(String.init) + [String(stats.examinations)])
        page += table(id: "year-kind-table", headers: [w.labels.year] + kinds.map(kindName) + [w.labels.total], rows: yearRows) + "</section>\n"

        page += "<section id=\"verdicts\"><h2>\(w.labels.verdictsTitle)</h2>\n"
        page += table(id: "verdict-table", headers: [w.labels.verdict, w.labels.examinations, w.labels.share], rows: stats.verdicts.map {
            [w.labels.verdictName($0.verdict), String($0.count), NumberText.percent($0.share)]
        }) + "</section>\n"

        page += "<section id=\"rounds\"><h2>\(w.labels.roundsTitle)</h2>\n"
        page += table(id: "rounds-table", headers: [w.labels.round, w.labels.documents], rows: stats.rounds.distribution.map { [String($0.round), String($0.documents)] }
            + [[w.labels.noneYet, String(stats.rounds.documentsWithoutPositive)]])
        if let mean = stats.rounds.mean { page += "<p>\(w.meanRound): \(NumberText.decimal(mean)).</p>\n" }
        page += "</section>\n"

        page += turnaround(stats.turnaround, words: w)

        page += "<section id=\"rules\"><h2>\(w.labels.topRulesTitle)</h2>\n"
        if stats.topRules.isEmpty { page += "<p>\(w.noFindings)</p>\n" } else {
            page += SVGChart.horizontalBars(id: "chart-rules", title: "\(w.labels.topRulesTitle) (\(w.labels.findings))", labels: stats.topRules.map(\.rule), values: stats.topRules.map(\.findings)) + "\n"
            page += table(id: "rules-table", headers: [w.labels.rule, w.labels.severity, w.labels.pack, w.labels.findings, w.labels.examinations], rows: stats.topRules.map {
                [$0.rule, w.labels.severityName($0.severity), $0.pack, String($0.findings), String($0.examinations)]
            }, firstNumberColumn: 3)
            page += table(id: "packs-table", headers: [w.labels.pack, w.labels.findings, w.labels.examinations], rows: stats.packs.map { [$0.pack, String($0.findings), String($0.examinations)] })
        }
        page += "</section>\n"

        page += "<section id=\"bodies\"><h2>\(w.labels.byBodyTitle)</h2>\n"
        page += table(id: "body-table", headers: [w.labels.body, w.labels.name] + kinds.map(kindName) + [w.labels.total], rows: stats.byBody.map {
            [$0.id ?? "(none)", $0.name ?? ""] + $0.byKind.map(String.init) + [String($0.total)]
        }, firstNumberColumn: 2) + "</section>\n"

        page += "<section id=\"months\"><h2>\(w.labels.byMonthTitle)</h2>\n"
        page += SVGChart.verticalBars(
            id: "chart-months", title: w.labels.byMonthTitle, categories: stats.byMonth.map(\.month),
            series: [SVGChart.Series(name: w.labels.examinations, cssClass: "month", values: stats.byMonth.map(\.count))]) + "\n"
        page += "<details><summary>\(w.table)</summary>\n" + table(id: "month-table", headers: [w.month, w.labels.examinations], rows: stats.byMonth.map { [$0.month, String($0.count)] })
        page += "</details></section>\n"
        page += "<footer>\(w.footer(e(generator)))</footer>\n</body>\n</html>\n"
        return page
    }

    static func turnaround(_ turnaround: Statistics.Turnaround, words w: Words) -> String {
        let e = HTMLText.escape
        var out = "<section id=\"turnaround\"><h2>\(w.turnaroundTitle)</h2>\n"
        // The calendar by its name: the page may be served to people who have no business with
        // the server's file paths.
        let origin = StatisticsLabels(language: w.language).limitOrigin(turnaround.limitOrigin)
        out += "<p>" + w.turnaroundCalendar("<code>\(e(turnaround.calendarName))</code>") + " "
        out += w.timeLimit("<strong id=\"limit\">\(turnaround.limitDays)</strong>") + " — \(e(origin.hasSuffix(".") ? String(origin.dropLast()) : origin)).</p>\n"
        out += "<p>" + w.turnaroundFigures(
            mean: turnaround.mean.map(NumberText.decimal) ?? "–", median: turnaround.median.map(NumberText.decimal) ?? "–",
            maximum: turnaround.maximum.map(String.init) ?? "–") + "; "
        out += w.overLimit("<strong id=\"over-limit\">\(turnaround.overLimit)</strong>", of: turnaround.count) + " (\(NumberText.percent(turnaround.overLimitShare))).</p>\n"
        // One bar per day up to the cap, the rest in a last "N+" bar; days over the limit in a second colour.
        let cap = turnaroundChartDays
        var perDay = Array(turnaround.daily.prefix(cap))
        perDay += Array(repeating: 0, count: max(0, cap - perDay.count))
        perDay.append(turnaround.daily.dropFirst(cap).reduce(0, +))
        let categories = (0..<cap).map(String.init) + ["\(cap)+"]
        let within = perDay.indices.map { $0 <= turnaround.limitDays ? perDay[$0] : 0 }
        let over = perDay.indices.map { $0 > turnaround.limitDays ? perDay[$0] : 0 }
        out += SVGChart.verticalBars(
            id: "chart-turnaround", title: w.turnaroundChart,
            categories: categories,
            series: [
                SVGChart.Series(name: w.withinLimit, cssClass: "within", values: within),
                SVGChart.Series(name: w.overTheLimit, cssClass: "over", values: over),
            ],
            marker: turnaround.limitDays < cap ? (turnaround.limitDays, "\(w.limit) \(turnaround.limitDays)") : nil) + "\n"
        out += table(id: "turnaround-table", headers: [w.labels.workingDays, w.labels.examinations], rows: turnaround.buckets.map { [$0.label, String($0.count)] })
        if turnaround.outsideCalendar > 0 {
            out += "<p class=\"note\">\(w.outsideCalendar(turnaround.outsideCalendar))</p>\n"
        }
        return out + "</section>\n"
    }

    static func table(id: String, headers: [String], rows: [[String]], firstNumberColumn: Int = 1) -> String {
        let e = HTMLText.escape
        var out = "<table id=\"\(e(id))\"><thead><tr>" + headers.map { "<th>\(e($0))</th>" }.joined() + "</tr></thead><tbody>\n"
        for row in rows {
            out += "<tr>" + row.enumerated().map { column, cell in
                column >= firstNumberColumn ? "<td class=\"num\">\(e(cell))</td>" : "<td>\(e(cell))</td>"
            }.joined() + "</tr>\n"
        }
        return out + "</tbody></table>\n"
    }

    static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1d2430}
        h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d5dae1;padding-bottom:.2rem}
        table{border-collapse:collapse;margin:.6rem 0}th,td{padding:.2rem .7rem;border-bottom:1px solid #e4e8ee;text-align:left}
        td.num{text-align:right;font-variant-numeric:tabular-nums}tbody tr:last-child td{border-bottom:none}
        .chart{max-width:100%;height:auto;display:block}.axis{stroke:#8a94a3}.tick,.label,.value,.limit-label{font-size:11px;fill:#3b4452}
        .kind-ta{fill:#2f6db5}.kind-ip{fill:#e08a2c}.kind-fej{fill:#3c9a5f}.month{fill:#5b7fae}.rule{fill:#b5473a}
        .within{fill:#3c9a5f}.over{fill:#c8453b}.limit{stroke:#c8453b;stroke-dasharray:4 3}.note{color:#6b7480}
        footer{margin-top:2rem;color:#6b7480;font-size:.85rem}
        """
}
