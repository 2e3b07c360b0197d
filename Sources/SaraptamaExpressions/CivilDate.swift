/// Conversions between days since 1970-01-01 and proleptic Gregorian year/month/day, with
/// integer arithmetic only (no Foundation calendars or time zones: a date is a date).
enum CivilDate {
    /// Dates the functions produce are kept within years 1…9999, the range `YYYY-MM-DD` can write.
    static let earliest = days(year: 1, month: 1, day: 1)
    static let latest = days(year: 9999, month: 12, day: 31)

    /// Days since 1970-01-01 of a valid date (H. Hinnant's days_from_civil).
    static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Year, month and day of a day number; nil far outside any calendar (no overflow).
    static func components(_ days: Int64) -> (year: Int64, month: Int64, day: Int64)? {
        // Bounds first: `abs(Int64.min)` would trap, and z below must not overflow.
        guard days > -1_000_000_000_000, days < 1_000_000_000_000 else { return nil }
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra =
            (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    static func isLeap(_ year: Int64) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    static func daysInMonth(year: Int64, month: Int64) -> Int64 {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// Parses exactly `YYYY-MM-DD` (ASCII digits, a real calendar day, year 1…9999).
    static func parse(_ text: String) -> Int64? {
        guard text.utf8.count == 10 else { return nil }
        return text.utf8.withContiguousStorageIfAvailable { parse($0) } ?? parse(Array(text.utf8)[...])
    }

    private static func parse<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> Int64?
    where Bytes.Index == Int {
        let base = bytes.startIndex
        guard bytes.count == 10, bytes[base + 4] == UInt8(ascii: "-"), bytes[base + 7] == UInt8(ascii: "-")
        else { return nil }
        func number(_ range: Range<Int>) -> Int64? {
            var value: Int64 = 0
            for byte in bytes[(base + range.lowerBound)..<(base + range.upperBound)] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int64(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            year >= 1, (1...12).contains(month),
            day >= 1, day <= daysInMonth(year: year, month: month)
        else { return nil }
        return days(year: year, month: month, day: day)
    }

    /// `YYYY-MM-DD` (a sign and more digits outside years 0…9999).
    static func format(_ days: Int64) -> String {
        guard let (year, month, day) = components(days) else { return "invalid-date(\(days))" }
        func padded(_ value: Int64, _ width: Int) -> String {
            let digits = String(value.magnitude)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        let sign = year < 0 ? "-" : ""
        return "\(sign)\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }
}
