// Date built-ins. A date is a day number; strings in YYYY-MM-DD are accepted wherever a date
// is, because document fields hold dates as text.

enum DateFunctions {
    /// `date('YYYY-MM-DD')`.
    static func date(_ value: Value) throws(OperationFailure) -> Value {
        .date(try days(value, function: "date"))
    }

    /// `days_between(a, b)`: b − a in days.
    static func daysBetween(_ from: Value, _ to: Value) throws(OperationFailure) -> Value {
        let start = try days(from, function: "days_between")
        let end = try days(to, function: "days_between")
        let (difference, overflow) = end.subtractingReportingOverflow(start)
        guard !overflow else { throw .overflow("date difference out of range") }
        return .int(difference)
    }

    /// `add_days(date, n)`; the result must stay within years 1…9999.
    static func addDays(_ date: Value, _ count: Value) throws(OperationFailure) -> Value {
        guard case .int(let delta) = count else { throw .noOverload("add_days", date, count) }
        let start = try days(date, function: "add_days")
        let (result, overflow) = start.addingReportingOverflow(delta)
        guard !overflow, result >= CivilDate.earliest, result <= CivilDate.latest else {
            throw .overflow("add_days() result is outside years 1…9999")
        }
        return .date(result)
    }

    /// `year(date)`.
    static func year(_ date: Value) throws(OperationFailure) -> Value {
        let value = try days(date, function: "year")
        guard let components = CivilDate.components(value) else {
            throw .invalidArgument("date out of range")
        }
        return .int(components.year)
    }

    /// The day number of a date or of a YYYY-MM-DD string.
    static func days(_ value: Value, function: String) throws(OperationFailure) -> Int64 {
        switch value {
        case .date(let days): return days
        case .string(let text):
            guard let days = CivilDate.parse(text) else {
                throw .invalidArgument("\(function)(): '\(text)' is not a date in YYYY-MM-DD form")
            }
            return days
        default:
            throw .noOverload(function, value)
        }
    }
}
