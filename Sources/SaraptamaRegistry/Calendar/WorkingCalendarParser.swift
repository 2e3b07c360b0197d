import Saraptama
import SaraptamaLoading

/// Reads a working-day calendar file (YAML; the shape of `Rules/calendar/kz-working-calendar.yaml`)
/// and expands it into the days off of every covered year. Collects every problem, with its
/// line and column, before failing with `registry-bad-calendar`.
public enum WorkingCalendarParser {
    /// The calendar shipped with the rule set, relative to the rule-set folder.
    public static let defaultRelativePath = "calendar/kz-working-calendar.yaml"

    static let topLevelKeys = ["calendar", "country", "years", "provenance", "examination", "weekend", "holidays", "movable", "days_off"]
    static let weekdayNames = ["monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7]

    /// A recurring holiday as written in the file.
    struct Recurring {
        let month: Int64, day: Int64, name: String, transfer: Bool
        let from: Int64?, until: Int64?, noTransferIn: Set<Int64>
    }

    public static func load(path: String) throws(RegistryError) -> WorkingCalendar {
        let root: Node
        do { root = try YAMLLoader.load(file: path).root } catch {
            throw RegistryError(.badCalendar, "cannot read the working calendar", file: path,
                problems: error.diagnostics.map { .init(line: $0.mark?.line, column: $0.mark?.column, message: "\($0.code): \($0.message)") })
        }
        var problems: [RegistryError.Problem] = []
        func problem(_ node: Node?, _ message: String) {
            problems.append(.init(line: (node ?? root).mark.line, column: (node ?? root).mark.column, message: message))
        }
        guard let mapping = root.mapping else {
            throw RegistryError(.badCalendar, "a working calendar is a mapping (calendar, years, weekend, holidays, ...)", file: path)
        }
        for entry in mapping.entries where !topLevelKeys.contains(entry.key) {
            var message = "unknown field '\(entry.key)'"
            if let guess = Suggestion.closest(to: entry.key, among: topLevelKeys) { message += " (did you mean '\(guess)'?)" }
            problems.append(.init(line: entry.keyMark.line, column: entry.keyMark.column, message: message))
        }
        let name = root["calendar"]?.string ?? { problem(root["calendar"], "'calendar' (the calendar's name) is required"); return "" }()
        let first = integer(root["years"]?["from"]), last = integer(root["years"]?["to"])
        if first == nil || last == nil || first! > last! || last! - first! > 200 || first! < 1 || last! > 9999 {
            problem(root["years"], "'years' must be {from: YYYY, to: YYYY} with from <= to, at most 200 years")
        }

        var weekend: Set<Int> = []
        for node in root["weekend"]?.sequence ?? [] {
            if let day = node.string.flatMap({ weekdayNames[$0.lowercased()] }) { weekend.insert(day) } else {
                problem(node, "weekend days are weekday names (monday ... sunday)")
            }
        }
        if root["weekend"]?.sequence == nil { problem(root["weekend"], "'weekend' must list weekday names, e.g. [saturday, sunday]") }

        var timeLimit: Int?
        if let limitNode = root["examination"]?["time_limit_working_days"] {
            if let value = integer(limitNode), value > 0 { timeLimit = Int(value) } else { problem(limitNode, "time_limit_working_days must be a positive integer") }
        }

        var recurring: [Recurring] = []
        for node in root["holidays"]?.sequence ?? [] {
            let text = node["date"]?.string ?? ""
            let parts = text.split(separator: "-")
            guard parts.count == 2, let month = Int64(parts[0]), let day = Int64(parts[1]), (1...12).contains(month), (1...31).contains(day) else {
                problem(node["date"] ?? node, "a recurring holiday's date is \"MM-DD\", not '\(text)'")
                continue
            }
            recurring.append(Recurring(
                month: month, day: day, name: node["name"]?.string ?? "holiday", transfer: node["transfer"]?.scalar == .bool(true),
                from: integer(node["from"]), until: integer(node["until"]),
                noTransferIn: Set((node["no_transfer_in"]?.sequence ?? []).compactMap { integer($0) })))
        }
        var daysOff: [Int64: String] = [:]
        var workingWeekendDays: [Int64: String] = [:]
        for node in root["movable"]?.sequence ?? [] {
            guard let day = date(node["date"]) else { problem(node["date"] ?? node, "a movable holiday's date is YYYY-MM-DD"); continue }
            daysOff[day] = node["name"]?.string ?? "holiday"
        }
        var decreed: [(Int64, String)] = []
        for node in root["days_off"]?.sequence ?? [] {
            guard let day = date(node["date"]) else { problem(node["date"] ?? node, "a decreed day off's date is YYYY-MM-DD"); continue }
            let source = node["source"]?.string ?? "decree"
            decreed.append((day, "day off (\(source))"))
            if let workingNode = node["working_day"] {
                guard let working = date(workingNode) else { problem(workingNode, "working_day is YYYY-MM-DD"); continue }
                workingWeekendDays[working] = "working day (\(source))"
            }
        }
        guard problems.isEmpty, let first, let last else {
            throw RegistryError(.badCalendar, "the working calendar has \(problems.count) problem(s)", file: path, problems: problems)
        }
        for year in first...last {
            expand(year: year, recurring: recurring, weekend: weekend, into: &daysOff)
        }
        for (day, label) in decreed { daysOff[day] = label }
        // The note is a string, or {ru, kk, en} so that reports say it in their language.
        let noteNode = root["examination"]?["note"]
        var localizedNote: LocalizedText?
        if let ru = noteNode?["ru"]?.string, let kk = noteNode?["kk"]?.string, let en = noteNode?["en"]?.string {
            localizedNote = LocalizedText(ru: ru, kk: kk, en: en)
        }
        var calendar = WorkingCalendar(
            name: name, source: path, years: first...last, weekend: weekend, timeLimitDays: timeLimit,
            timeLimitNote: localizedNote?.en ?? noteNode?.string, daysOff: daysOff, workingWeekendDays: workingWeekendDays)
        calendar.localizedTimeLimitNote = localizedNote
        return calendar
    }

    /// Adds a year's recurring holidays, then moves each transferable one that falls on a weekend
    /// to the next day that is neither a weekend, a holiday, nor already a moved day off.
    static func expand(year: Int64, recurring: [Recurring], weekend: Set<Int>, into daysOff: inout [Int64: String]) {
        var holidays: [(Int64, Recurring)] = []
        for holiday in recurring {
            if let from = holiday.from, year < from { continue }
            if let until = holiday.until, year > until { continue }
            guard let day = CalendarDay.parse(String(format4(year)) + "-" + two(holiday.month) + "-" + two(holiday.day)) else { continue }
            holidays.append((day, holiday))
            daysOff[day] = holiday.name
        }
        for (day, holiday) in holidays.sorted(by: { $0.0 < $1.0 })
        where holiday.transfer && !holiday.noTransferIn.contains(year) && weekend.contains(WorkingCalendar.weekday(day)) {
            var moved = day + 1
            while weekend.contains(WorkingCalendar.weekday(moved)) || daysOff[moved] != nil { moved += 1 }
            daysOff[moved] = "\(holiday.name) (moved from \(CalendarDay.format(day)))"
        }
    }

    private static func integer(_ node: Node?) -> Int64? {
        if case .int(let value)? = node?.scalar { return value }
        return nil
    }

    private static func date(_ node: Node?) -> Int64? { node?.string.flatMap(CalendarDay.parse) }
    private static func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
    private static func format4(_ value: Int64) -> String { String(repeating: "0", count: max(0, 4 - String(value).count)) + String(value) }
}
