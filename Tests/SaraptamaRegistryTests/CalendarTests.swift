import Foundation
import SaraptamaRegistry
import Testing

/// The working-day calendar: weekends, holidays, holidays moved off weekends, decreed transfers.
@Suite("Working calendar")
struct CalendarTests {
    let calendar = Repository.calendar

    func workingDays(_ from: String, _ to: String) -> Int { calendar.workingDays(from: day(from), to: day(to)) }

    @Test func weekdays() {
        #expect(WorkingCalendar.weekday(0) == 4)  // 1970-01-01, a Thursday
        #expect(WorkingCalendar.weekday(day("2021-07-03")) == 6)
        #expect(WorkingCalendar.weekday(day("2022-01-02")) == 7)
    }

    @Test func theDayOfReceiptDoesNotCount() {
        #expect(workingDays("2021-03-01", "2021-03-01") == 0)
        #expect(workingDays("2021-03-01", "2021-03-02") == 1)
        #expect(workingDays("2021-03-10", "2021-03-01") == 0)
        #expect(workingDays("2021-02-01", "2021-02-28") == 19)  // four full weeks minus the 1st
    }

    @Test func aDecreedWorkingSaturdayAndDayOffAroundCapitalDay() {
        // 2021: Saturday 3 July worked, Monday 5 July off (decree), Tuesday 6 July Capital Day.
        #expect(calendar.isWorkingDay(day("2021-07-03")))
        #expect(!calendar.isWorkingDay(day("2021-07-05")))
        #expect(!calendar.isWorkingDay(day("2021-07-06")))
        #expect(workingDays("2021-07-02", "2021-07-06") == 1)
    }

    @Test func nauryzOnAWeekendMovesToTheNextWorkingDays() {
        // 2020: 21–22 March fell on Saturday and Sunday → 24 and 25 March off; 23 March is Nauryz itself.
        for text in ["2020-03-23", "2020-03-24", "2020-03-25"] { #expect(!calendar.isWorkingDay(day(text)), "\(text)") }
        #expect(calendar.isWorkingDay(day("2020-03-26")))
        #expect(workingDays("2020-03-20", "2020-03-27") == 2)
    }

    @Test func newYearOnASundayAndReligiousHolidaysThatDoNotMove() {
        // 2017: 1 January a Sunday → 3 January off; 7 January (Orthodox Christmas) a Saturday, not moved.
        #expect(!calendar.isWorkingDay(day("2017-01-03")))
        #expect(calendar.isWorkingDay(day("2017-01-09")))
        #expect(workingDays("2016-12-30", "2017-01-06") == 3)
        // 2019: Kurban Ait on Sunday 11 August, not moved: Monday 12 August works.
        #expect(calendar.isWorkingDay(day("2019-08-12")))
        #expect(workingDays("2018-08-20", "2018-08-24") == 3)  // Kurban Ait, Tuesday 21 August 2018
    }

    @Test func victoryDay2020WasNotMovedButEighthOfMayWasOff() {
        #expect(!calendar.isWorkingDay(day("2020-05-08")))
        #expect(calendar.isWorkingDay(day("2020-05-11")))
        #expect(workingDays("2020-05-06", "2020-05-11") == 1)
        // 2021: Victory Day on a Sunday → Monday 10 May off.
        #expect(!calendar.isWorkingDay(day("2021-05-10")))
    }

    @Test func holidaysThatChangedIn2022() {
        #expect(!calendar.isWorkingDay(day("2021-12-01")))  // First President Day until 2021
        #expect(calendar.isWorkingDay(day("2022-12-01")))
        #expect(calendar.isWorkingDay(day("2021-10-25")))   // Republic Day from 2022
        #expect(!calendar.isWorkingDay(day("2022-10-25")))
        #expect(!calendar.isWorkingDay(day("2021-12-17")))  // Independence Day: two days until 2021
        #expect(calendar.isWorkingDay(day("2024-12-17")))   // one day from 2022: 16 December only
        #expect(workingDays("2018-08-24", "2018-08-31") == 4)  // Saturday 25 worked; 30 and 31 off
    }

    @Test func coverageAndLimit() {
        #expect(calendar.years == 2016...2027)
        #expect(calendar.covers(day("2016-01-01")))
        #expect(!calendar.covers(day("2028-01-03")))
        #expect(calendar.timeLimitDays == 15)
        #expect(calendar.timeLimitNote?.contains("not found") == true)
        #expect(calendar.adding(workingDays: 1, to: day("2021-07-02")) == day("2021-07-03"))
        #expect(calendar.adding(workingDays: 2, to: day("2021-07-02")) == day("2021-07-07"))
    }

    @Test func theArithmeticCountAgreesWithCountingDayByDay() {
        var state: UInt64 = 7
        for _ in 0..<500 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let start = day("2015-12-01") + Int64(state >> 33) % 4500
            let length = Int64((state >> 20) % 120)
            let naive = length == 0 ? 0 : (start + 1...start + length).count { calendar.isWorkingDay($0) }
            #expect(calendar.workingDays(from: start, to: start + length) == naive, "\(start) + \(length)")
        }
        // A hostile span of millennia is counted, not walked.
        #expect(calendar.workingDays(from: day("0001-01-01"), to: day("9999-12-31")) > 2_000_000)
    }

    @Test func aBadCalendarFileReportsEveryProblemWithItsLine() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try scratch.write("bad.yaml", """
            calendar: test
            years: {from: 2020, to: 2021}
            weekend: [saturday, caturday]
            holidays:
              - {date: "13-45", name: Nonsense}
            movable:
              - {date: 2020-02-30, name: Never}
            holidayz: []
            """)
        let error = try #require(throws: RegistryError.self) { try WorkingCalendarParser.load(path: path) }
        #expect(error.code == .badCalendar)
        #expect(error.problems.compactMap(\.line).sorted() == [3, 5, 7, 8])
        #expect(error.problems.contains { $0.message.contains("did you mean 'holidays'") })
    }
}
