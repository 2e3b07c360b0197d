import Foundation
import Saraptama
import SaraptamaRegistry
import Testing

/// Every statistic over a hand-built registry, with exact numbers. Turnarounds (working days):
/// E1 4 (New Year 2021 moved to 4 January), E2 19, E3 2 (Nauryz 2021), E4 1 (July 2021 transfer),
/// E5 13 (Kurban Ait), E6 14 (Independence Day, New Year 2022, Christmas), E7 0, E8 5 (May 2021).
@Suite("Statistics")
struct StatisticsTests {
    static let fixture: [Examination] = [
        examination("ТЗ-A", .technicalAssignment, body: "mz", round: 1, received: "2020-12-28", concluded: "2021-01-05", verdict: .negative, findings: [("STR-001", .error), ("ARC-002", .error)]),
        examination("ТЗ-A", .technicalAssignment, body: "mz", round: 2, received: "2021-01-11", concluded: "2021-02-05", verdict: .positive, findings: [("STR-003", .warning)]),
        examination("ИП-B", .investmentProposal, body: "mf", round: 1, received: "2021-03-19", concluded: "2021-03-26", verdict: .positive),
        examination("ФЭО-C", .feasibilityStudy, body: "mf", round: 1, received: "2021-07-02", concluded: "2021-07-06", verdict: .negative, findings: [("ARC-002", .error), ("ARC-002", .error), ("BUD-001", .error)]),
        examination("ФЭО-C", .feasibilityStudy, body: "mf", round: 2, received: "2021-07-12", concluded: "2021-07-30", verdict: .negative, findings: [("ARC-002", .error)]),
        examination("ТЗ-D", .technicalAssignment, body: nil, round: 1, received: "2021-12-14", concluded: "2022-01-10", verdict: .positive, findings: [("XYZ-9", .info)]),
        examination("ТЗ-A", .technicalAssignment, body: "mz", round: 3, received: "2021-02-08", concluded: "2021-02-08", verdict: .positive),
        examination("ИП-E", .investmentProposal, body: "mz", round: 1, received: "2021-04-30", concluded: "2021-05-12", verdict: .inconclusive),
    ]

    static func compute(_ query: StatisticsQuery = StatisticsQuery()) -> Statistics {
        Statistics.compute(fixture, query: query, calendar: Repository.calendar)
    }

    @Test func turnaroundOfEachExamination() {
        let days = Self.fixture.map { Repository.calendar.workingDays(from: $0.received, to: $0.concluded) }
        #expect(days == [4, 19, 2, 1, 13, 14, 0, 5])
    }

    @Test func throughputByYearKindBodyAndMonth() {
        let stats = Self.compute()
        #expect(stats.examinations == 8)
        #expect(stats.documents == 5)
        #expect(stats.firstConcluded == day("2021-01-05"))
        #expect(stats.lastConcluded == day("2022-01-10"))
        #expect(stats.byYear == [Statistics.YearRow(year: 2021, byKind: [3, 2, 2]), Statistics.YearRow(year: 2022, byKind: [1, 0, 0])])
        #expect(stats.kindTotals == [4, 2, 2])
        #expect(stats.byBody == [
            Statistics.BodyRow(id: "mz", name: "Body mz", byKind: [3, 1, 0]),
            Statistics.BodyRow(id: "mf", name: "Body mf", byKind: [0, 1, 2]),
            Statistics.BodyRow(id: nil, name: nil, byKind: [1, 0, 0]),
        ])
        #expect(stats.byMonth.map(\.month) == ["2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08", "2021-09", "2021-10", "2021-11", "2021-12", "2022-01"])
        #expect(stats.byMonth.map(\.count) == [1, 2, 1, 0, 1, 0, 2, 0, 0, 0, 0, 0, 1])
    }

    @Test func verdictSharesAndRoundsToAPositiveConclusion() {
        let stats = Self.compute()
        #expect(stats.verdicts.map(\.count) == [4, 3, 1])
        #expect(stats.verdicts.map(\.share) == [0.5, 0.375, 0.125])
        #expect(stats.rounds.distribution == [Statistics.RoundRow(round: 1, documents: 2), Statistics.RoundRow(round: 2, documents: 1)])
        #expect(stats.rounds.positiveDocuments == 3)
        #expect(stats.rounds.documentsWithoutPositive == 2)
        #expect(stats.rounds.mean == 4.0 / 3.0)
    }

    @Test func turnaroundAgainstTheLimit() {
        let turnaround = Self.compute().turnaround
        #expect(turnaround.count == 8)
        #expect(turnaround.mean == 7.25)
        #expect(turnaround.median == 4.5)
        #expect(turnaround.maximum == 19)
        #expect(turnaround.limitDays == 15)
        #expect(turnaround.limitSource.hasPrefix("calendar file"))
        // The shipped calendar's note in each language; the page names the calendar, not its path.
        guard case .calendar(let note) = turnaround.limitOrigin else { Issue.record("\(turnaround.limitOrigin)"); return }
        #expect(note?.ru.contains("срок экспертизы") == true && note?.kk.contains("сараптама мерзімі") == true)
        let page = StatisticsHTML.render(Self.compute(), language: .kk)
        #expect(page.contains("күнтізбе файлынан") && page.contains("сараптама мерзімі табылмады"))
        #expect(!page.contains("Rules/calendar") && !page.contains(".yaml"), "the page shows no server path")
        #expect(turnaround.overLimit == 1)
        #expect(turnaround.overLimitShare == 0.125)
        #expect(turnaround.buckets.map(\.count) == [5, 0, 2, 1, 0, 0, 0])
        #expect(turnaround.buckets.map(\.label) == ["0–5", "6–10", "11–15", "16–20", "21–25", "26–30", "31+"])
        #expect(turnaround.daily.count == 20)
        #expect(turnaround.daily[0] == 1 && turnaround.daily[13] == 1 && turnaround.daily[19] == 1)
        #expect(turnaround.outsideCalendar == 0)

        let stricter = Self.compute(StatisticsQuery(limitDays: 10)).turnaround
        #expect(stricter.limitDays == 10)
        #expect(stricter.limitSource == "--limit-days" && stricter.limitOrigin == .option)
        #expect(stricter.overLimit == 3)
        #expect(stricter.overLimitShare == 0.375)
    }

    @Test func theLimitFallsBackTo15WhenTheCalendarHasNone() {
        let bare = WorkingCalendar(name: "bare", source: "test", years: 2021...2021, weekend: [6, 7], timeLimitDays: nil, timeLimitNote: nil, daysOff: [:], workingWeekendDays: [:])
        let turnaround = Statistics.compute(Self.fixture, query: StatisticsQuery(), calendar: bare).turnaround
        #expect(turnaround.limitDays == 15)
        #expect(turnaround.limitSource.contains("not found") && turnaround.limitOrigin == .fallback)
        #expect(turnaround.outsideCalendar == 2)  // E1 received in 2020, E6 concluded in 2022
    }

    @Test func mostViolatedRulesAndPacks() {
        let stats = Self.compute()
        #expect(stats.topRules == [
            Statistics.RuleRow(rule: "ARC-002", pack: "architecture", severity: .error, findings: 4, examinations: 3),
            Statistics.RuleRow(rule: "BUD-001", pack: "budget", severity: .error, findings: 1, examinations: 1),
            Statistics.RuleRow(rule: "STR-001", pack: "structure", severity: .error, findings: 1, examinations: 1),
            Statistics.RuleRow(rule: "STR-003", pack: "structure", severity: .warning, findings: 1, examinations: 1),
            Statistics.RuleRow(rule: "XYZ-9", pack: "other", severity: .info, findings: 1, examinations: 1),
        ])
        #expect(stats.packs == [
            Statistics.PackRow(pack: "architecture", findings: 4, examinations: 3),
            Statistics.PackRow(pack: "structure", findings: 2, examinations: 2),
            Statistics.PackRow(pack: "budget", findings: 1, examinations: 1),
            Statistics.PackRow(pack: "other", findings: 1, examinations: 1),
        ])
        #expect(Self.compute(StatisticsQuery(topRules: 2)).topRules.map(\.rule) == ["ARC-002", "BUD-001"])
        // A stored pack wins over the prefix mapping.
        #expect(RulePacks.pack(of: RecordedFinding(ruleID: "ARC-002", pack: "custom", severity: .error)) == "custom")
    }

    @Test func thePrefixMappingAgreesWithTheShippedRuleSet() throws {
        let ruleSet = try RuleSetLoader.load(directory: Repository.root + "/Rules")
        for rule in ruleSet.rules {
            #expect(RulePacks.pack(of: RecordedFinding(ruleID: rule.id, severity: rule.severity)) == rule.pack, "\(rule.id)")
        }
    }

    @Test func filters() {
        let fej = Self.compute(StatisticsQuery(kind: .feasibilityStudy))
        #expect(fej.examinations == 2)
        #expect(fej.byYear == [Statistics.YearRow(year: 2021, byKind: [0, 0, 2])])
        #expect(fej.rounds.documentsWithoutPositive == 1)
        let mz = Self.compute(StatisticsQuery(body: "mz"))
        #expect(mz.examinations == 4)
        #expect(mz.verdicts.map(\.count) == [2, 1, 1])
        let window = Self.compute(StatisticsQuery(from: day("2021-02-01"), to: day("2021-07-06")))
        #expect(window.examinations == 5)
        #expect(window.byMonth.map(\.count) == [2, 1, 0, 1, 0, 1])
        // Round numbers are the recorded ones: ТЗ-A's positive round 2 stays 2 without round 1 in the window.
        #expect(window.rounds.distribution == [Statistics.RoundRow(round: 1, documents: 1), Statistics.RoundRow(round: 2, documents: 1)])
        let none = Self.compute(StatisticsQuery(body: "nobody"))
        #expect(none.examinations == 0)
        #expect(none.byYear.isEmpty)
        #expect(none.turnaround.mean == nil)
        #expect(StatisticsText.render(none).contains("No examination matches."))
    }
}
