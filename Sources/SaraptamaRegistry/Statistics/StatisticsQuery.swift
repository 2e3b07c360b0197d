import Saraptama

/// Which examinations statistics cover and how: filters (`--from`, `--to` on the conclusion
/// date, inclusive; `--kind`; `--body` = state body id), the time limit override and how many
/// rules to rank.
public struct StatisticsQuery: Sendable, Equatable {
    public var from: Int64?
    public var to: Int64?
    public var kind: DocumentKind?
    public var body: String?
    /// `--limit-days`: overrides the calendar file's time limit.
    public var limitDays: Int?
    /// How many of the most violated rules to list.
    public var topRules: Int

    /// The time limit used when neither `--limit-days` nor the calendar file gives one. The real
    /// statutory limit was not found, so this is a placeholder, and reports say so.
    public static let fallbackLimitDays = 15

    public init(from: Int64? = nil, to: Int64? = nil, kind: DocumentKind? = nil, body: String? = nil, limitDays: Int? = nil, topRules: Int = 10) {
        self.from = from
        self.to = to
        self.kind = kind
        self.body = body
        self.limitDays = limitDays
        self.topRules = topRules
    }

    /// True when the examination passes every filter.
    public func matches(_ examination: Examination) -> Bool {
        if let from, examination.concluded < from { return false }
        if let to, examination.concluded > to { return false }
        if let kind, examination.kind != kind { return false }
        if let body, examination.stateBodyID != body { return false }
        return true
    }

    /// The filters as `name=value` pairs, for report headers.
    public var filterDescriptions: [(String, String)] {
        var out: [(String, String)] = []
        if let from { out.append(("from", CalendarDay.format(from))) }
        if let to { out.append(("to", CalendarDay.format(to))) }
        if let kind { out.append(("kind", kind.rawValue)) }
        if let body { out.append(("body", body)) }
        return out
    }
}
