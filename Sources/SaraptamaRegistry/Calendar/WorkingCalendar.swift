import Saraptama

/// Which days are working days: weekends and public holidays off, with holidays moved off
/// weekends and government-decreed transfers (see `Rules/calendar/kz-working-calendar.yaml`).
/// Years outside the calendar's coverage fall back to weekends only, and statistics say how many
/// examinations that concerned.
public struct WorkingCalendar: Sendable {
    /// A non-working day that is not a weekend day, or a weekend day made a working day.
    public struct Exception: Sendable, Equatable {
        public let day: Int64
        public let name: String
    }

    public let name: String
    /// The file it was read from (for provenance in reports).
    public let source: String
    public let years: ClosedRange<Int64>
    /// Weekend days as ISO weekday numbers, 1 = Monday ... 7 = Sunday.
    public let weekend: Set<Int>
    /// The examination's time limit in working days from the file's `examination` section, and
    /// what the file says about where that number comes from.
    public let timeLimitDays: Int?
    public let timeLimitNote: String?
    /// The same note in each language, when the file gives it so (`note: {ru, kk, en}`).
    public var localizedTimeLimitNote: LocalizedText? = nil
    /// Every day off that is not a weekend day (holidays, moved holidays, decreed days off).
    public let daysOff: [Int64: String]
    /// Weekend days that are working days by decree.
    public let workingWeekendDays: [Int64: String]

    public init(
        name: String, source: String, years: ClosedRange<Int64>, weekend: Set<Int>, timeLimitDays: Int?, timeLimitNote: String?,
        daysOff: [Int64: String], workingWeekendDays: [Int64: String]
    ) {
        self.name = name
        self.source = source
        self.years = years
        self.weekend = weekend
        self.timeLimitDays = timeLimitDays
        self.timeLimitNote = timeLimitNote
        self.daysOff = daysOff
        self.workingWeekendDays = workingWeekendDays
    }

    /// ISO weekday of a day number: 1 = Monday ... 7 = Sunday (1970-01-01 was a Thursday).
    public static func weekday(_ day: Int64) -> Int {
        Int(((day % 7) + 7 + 3) % 7) + 1
    }

    /// True when `day` lies in a year the calendar lists holidays for.
    public func covers(_ day: Int64) -> Bool {
        years.contains(CalendarDay.components(day).0)
    }

    public func isWorkingDay(_ day: Int64) -> Bool {
        if workingWeekendDays[day] != nil { return true }
        if daysOff[day] != nil { return false }
        return !weekend.contains(Self.weekday(day))
    }

    /// Working days after `received` up to and including `concluded`: the day of receipt does not
    /// count (like a time limit "within N working days of receipt"), so a same-day conclusion is 0.
    /// Counted arithmetically (whole weeks, then the exceptions in range), so a span of centuries
    /// in a hostile import costs no more than one of days.
    public func workingDays(from received: Int64, to concluded: Int64) -> Int {
        guard concluded > received else { return 0 }
        let range = (received + 1)...concluded
        let length = concluded - received
        var count = Int(length / 7) * (7 - weekend.count)
        var day = received + 1 + (length / 7) * 7
        while day <= concluded {
            if !weekend.contains(Self.weekday(day)) { count += 1 }
            day += 1
        }
        // Weekdays off (unless decreed working), and weekend days decreed working.
        count -= daysOff.keys.count { range.contains($0) && workingWeekendDays[$0] == nil && !weekend.contains(Self.weekday($0)) }
        count += workingWeekendDays.keys.count { range.contains($0) && weekend.contains(Self.weekday($0)) }
        return count
    }

    /// The day `count` working days after `day` (the inverse of `workingDays`), for generators.
    public func adding(workingDays count: Int, to day: Int64) -> Int64 {
        var current = day
        var left = count
        while left > 0 {
            current += 1
            if isWorkingDay(current) { left -= 1 }
        }
        return current
    }
}
