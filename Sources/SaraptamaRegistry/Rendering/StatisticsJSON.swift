import Saraptama

/// `saraptama stats --format json`: one object, `format` = "saraptama-stats"; shares are
/// fractions (0–1) rounded to 4 places, counts exact.
public enum StatisticsJSON {
    public static let formatVersion: Int64 = 1

    public static func render(_ stats: Statistics) -> String {
        let kinds = Statistics.kinds
        func byKind(_ counts: [Int]) -> JSONValue { .object(zip(kinds, counts).map { ($0.0.abbreviation, .int(Int64($0.1))) }) }
        func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        func number(_ value: Double?) -> JSONValue { value.map { .double(NumberText.rounded($0)) } ?? .null }
        let turnaround = stats.turnaround
        return JSONValue.object([
            ("format", .string("saraptama-stats")),
            ("format_version", .int(formatVersion)),
            ("filters", .object(stats.query.filterDescriptions.map { ($0.0, .string($0.1)) })),
            ("examinations", .int(Int64(stats.examinations))),
            ("documents", .int(Int64(stats.documents))),
            ("first_concluded", text(stats.firstConcluded.map(CalendarDay.format))),
            ("last_concluded", text(stats.lastConcluded.map(CalendarDay.format))),
            ("by_year", .array(stats.byYear.map { row in
                .object([("year", .int(row.year)), ("by_kind", byKind(row.byKind)), ("total", .int(Int64(row.total)))])
            })),
            ("kind_totals", byKind(stats.kindTotals)),
            ("by_body", .array(stats.byBody.map { row in
                .object([("id", text(row.id)), ("name", text(row.name)), ("by_kind", byKind(row.byKind)), ("total", .int(Int64(row.total)))])
            })),
            ("by_month", .array(stats.byMonth.map { .object([("month", .string($0.month)), ("examinations", .int(Int64($0.count)))]) })),
            ("verdicts", .array(stats.verdicts.map {
                .object([("verdict", .string($0.verdict.rawValue)), ("examinations", .int(Int64($0.count))), ("share", number($0.share))])
            })),
            ("rounds_to_positive", .object([
                ("distribution", .array(stats.rounds.distribution.map { .object([("round", .int(Int64($0.round))), ("documents", .int(Int64($0.documents)))]) })),
                ("positive_documents", .int(Int64(stats.rounds.positiveDocuments))),
                ("documents_without_positive", .int(Int64(stats.rounds.documentsWithoutPositive))),
                ("mean", number(stats.rounds.mean)),
            ])),
            ("turnaround", .object([
                ("unit", .string("working days after the day of receipt, up to and including the day of the conclusion")),
                ("calendar", .object([("name", .string(turnaround.calendarName)), ("source", .string(turnaround.calendarSource))])),
                ("limit_days", .int(Int64(turnaround.limitDays))),
                ("limit_source", .string(turnaround.limitSource)),
                ("examinations", .int(Int64(turnaround.count))),
                ("mean", number(turnaround.mean)),
                ("median", number(turnaround.median)),
                ("max", turnaround.maximum.map { .int(Int64($0)) } ?? .null),
                ("over_limit", .int(Int64(turnaround.overLimit))),
                ("over_limit_share", number(turnaround.overLimitShare)),
                ("outside_calendar", .int(Int64(turnaround.outsideCalendar))),
                ("buckets", .array(turnaround.buckets.map { bucket in
                    .object([
                        ("from", .int(Int64(bucket.lower))), ("to", bucket.upper.map { .int(Int64($0)) } ?? .null),
                        ("examinations", .int(Int64(bucket.count))),
                    ])
                })),
            ])),
            ("top_rules", .array(stats.topRules.map {
                .object([("rule", .string($0.rule)), ("severity", .string($0.severity.rawValue)), ("pack", .string($0.pack)), ("findings", .int(Int64($0.findings))), ("examinations", .int(Int64($0.examinations)))])
            })),
            ("packs", .array(stats.packs.map {
                .object([("pack", .string($0.pack)), ("findings", .int(Int64($0.findings))), ("examinations", .int(Int64($0.examinations)))])
            })),
        ]).text(indent: 2) + "\n"
    }
}
