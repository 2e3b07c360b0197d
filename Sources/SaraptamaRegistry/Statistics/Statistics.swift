import Saraptama

/// Throughput statistics of the registry, computed once (`Statistics.compute`) and rendered by
/// the text, JSON, CSV and HTML renderers. Years and months are those of the conclusion date:
/// an examination counts when it was carried out.
public struct Statistics: Sendable {
    /// Examinations of one year, per document kind (in `DocumentKind.allCases` order).
    public struct YearRow: Sendable, Equatable {
        public let year: Int64
        public let byKind: [Int]
        public init(year: Int64, byKind: [Int]) { (self.year, self.byKind) = (year, byKind) }
        public var total: Int { byKind.reduce(0, +) }
    }

    public struct BodyRow: Sendable, Equatable {
        /// Nil for examinations without a state body.
        public let id: String?
        public let name: String?
        public let byKind: [Int]
        public init(id: String?, name: String?, byKind: [Int]) { (self.id, self.name, self.byKind) = (id, name, byKind) }
        public var total: Int { byKind.reduce(0, +) }
    }

    public struct MonthRow: Sendable, Equatable {
        /// `YYYY-MM`.
        public let month: String
        public let count: Int
        public init(month: String, count: Int) { (self.month, self.count) = (month, count) }
    }

    public struct VerdictRow: Sendable, Equatable {
        public let verdict: Verdict
        public let count: Int
        public let share: Double
        public init(verdict: Verdict, count: Int, share: Double) { (self.verdict, self.count, self.share) = (verdict, count, share) }
    }

    /// Documents whose first positive conclusion came at round `round`.
    public struct RoundRow: Sendable, Equatable {
        public let round: Int
        public let documents: Int
        public init(round: Int, documents: Int) { (self.round, self.documents) = (round, documents) }
    }

    public struct Rounds: Sendable, Equatable {
        public let distribution: [RoundRow]
        /// Documents with a positive conclusion, and without one (yet).
        public let positiveDocuments: Int
        public let documentsWithoutPositive: Int
        /// Mean round of the first positive conclusion; nil when there is none.
        public let mean: Double?
    }

    /// Examinations whose turnaround lies in `lower...upper` working days (`upper` nil: and more).
    public struct Bucket: Sendable, Equatable {
        public let lower: Int
        public let upper: Int?
        public let count: Int
        public var label: String { upper.map { lower == $0 ? "\(lower)" : "\(lower)–\($0)" } ?? "\(lower)+" }
    }

    /// Where the time limit came from.
    public enum LimitOrigin: Sendable, Equatable {
        /// `--limit-days` on the command line.
        case option
        /// The calendar file's `examination` section, with its note.
        case calendar(note: LocalizedText?)
        /// Neither: the built-in default, since the statutory limit was not found.
        case fallback
    }

    public struct Turnaround: Sendable, Equatable {
        /// The time limit in working days and where that number came from.
        public let limitDays: Int
        /// In English, for the machine formats (JSON, CSV).
        public let limitSource: String
        /// The same, for the reports in each language.
        public let limitOrigin: LimitOrigin
        public let count: Int
        public let mean: Double?
        public let median: Double?
        public let maximum: Int?
        public let overLimit: Int
        public let overLimitShare: Double
        public let buckets: [Bucket]
        /// Examinations per number of working days, index 0 ... `maximum`.
        public let daily: [Int]
        /// Examinations with a date outside the calendar's years (counted with weekends only).
        public let outsideCalendar: Int
        public let calendarName: String
        public let calendarSource: String
    }

    /// A rule (or pack) and how often it was violated: findings, and examinations with at least one.
    public struct RuleRow: Sendable, Equatable {
        public let rule: String
        public let pack: String
        /// The highest severity its findings had (a rule has one severity, unless it changed).
        public let severity: Severity
        public let findings: Int
        public let examinations: Int
        public init(rule: String, pack: String, severity: Severity, findings: Int, examinations: Int) {
            (self.rule, self.pack, self.severity, self.findings, self.examinations) = (rule, pack, severity, findings, examinations)
        }
    }

    public struct PackRow: Sendable, Equatable {
        public let pack: String
        public let findings: Int
        public let examinations: Int
        public init(pack: String, findings: Int, examinations: Int) { (self.pack, self.findings, self.examinations) = (pack, findings, examinations) }
    }

    public let query: StatisticsQuery
    public let examinations: Int
    public let documents: Int
    public let firstConcluded: Int64?
    public let lastConcluded: Int64?
    public let byYear: [YearRow]
    public let byBody: [BodyRow]
    public let byMonth: [MonthRow]
    public let verdicts: [VerdictRow]
    public let rounds: Rounds
    public let turnaround: Turnaround
    public let topRules: [RuleRow]
    public let packs: [PackRow]

    /// The kinds, in the order of every `byKind` array.
    public static let kinds = DocumentKind.allCases

    /// Totals per kind over every year.
    public var kindTotals: [Int] {
        Self.kinds.indices.map { index in byYear.reduce(0) { $0 + $1.byKind[index] } }
    }
}
