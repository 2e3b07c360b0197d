import Saraptama
import SaraptamaRegistry

/// Generates `Cases/registry/sample-2016-2021.csv`: a SYNTHETIC registry export shaped like the
/// seed's figures (530 examinations in 2016–2021: 345 TA, 118 IP, 67 FEJ). Every draw comes from a
/// seeded SplitMix64, integer arithmetic only, so the file is the same on every machine;
/// `SampleTests` checks the committed file against it (`SARAPTAMA_UPDATE_SAMPLE=1` rewrites it).
struct SampleGenerator {
    /// Examinations per year (2016...2021) and kind (TA, IP, FEJ): sums 345, 118, 67.
    static let plan: [Int64: [Int]] = [
        2016: [38, 12, 6], 2017: [52, 17, 9], 2018: [61, 21, 12], 2019: [66, 24, 14], 2020: [62, 22, 13], 2021: [66, 22, 13],
    ]

    /// Synthetic state bodies: id, code in document ids, name, weight.
    static let bodies: [(String, String, String, UInt64)] = [
        ("mz", "МЗ", "Министерство здравоохранения Республики Казахстан", 9),
        ("mf", "МФ", "Министерство финансов Республики Казахстан", 7),
        ("mtszn", "МТСЗН", "Министерство труда и социальной защиты населения Республики Казахстан", 6),
        ("mvd", "МВД", "Министерство внутренних дел Республики Казахстан", 5),
        ("mon", "МОН", "Министерство образования и науки Республики Казахстан", 6),
        ("mne", "МНЭ", "Министерство национальной экономики Республики Казахстан", 4),
        ("mu", "МЮ", "Министерство юстиции Республики Казахстан", 4),
        ("msh", "МСХ", "Министерство сельского хозяйства Республики Казахстан", 4),
        ("mcriap", "МЦРИАП", "Министерство цифрового развития, инноваций и аэрокосмической промышленности Республики Казахстан", 5),
        ("akimat-astana", "АСТ", "Акимат города Астаны", 4),
        ("akimat-almaty", "АЛМ", "Акимат города Алматы", 4),
        ("akimat-shymkent", "ШЫМ", "Акимат города Шымкента", 2),
        ("akimat-karaganda", "КРГ", "Акимат Карагандинской области", 2),
    ]

    static let subjects = [
        "Единый реестр", "Электронный архив", "Информационная система учёта", "Портал услуг", "Система мониторинга",
        "Платформа данных", "Аналитическая система", "Система электронного документооборота", "Кабинет получателя услуг",
        "Система управления проектами",
    ]
    static let domains = [
        "лабораторных исследований", "социальных выплат", "земельных участков", "образовательных грантов", "лицензий",
        "обращений граждан", "транспортных средств", "ветеринарного учёта", "бюджетных программ", "кадрового резерва",
    ]

    /// Rules that fail with an error, their kinds (TA, IP, FEJ as 1, 2, 4) and weights; the shipped rule set's ids.
    static let errorRules: [(String, Int, UInt64)] = [
        ("STD-003", 7, 9), ("ARC-002", 7, 8), ("STR-001", 1, 7), ("LCY-002", 3, 6), ("ARC-001", 7, 5), ("DAT-001", 5, 4),
        ("BUD-001", 7, 4), ("STD-001", 7, 3), ("SEC-001", 1, 3), ("INF-001", 1, 3), ("ARC-003", 3, 2), ("ARC-004", 7, 2),
        ("STR-002", 3, 2), ("LCY-001", 1, 2), ("STD-002", 3, 2),
    ]

    var random: SeededRandom
    let calendar: WorkingCalendar

    init(seed: UInt64 = 20_162_021, calendar: WorkingCalendar) {
        random = SeededRandom(seed: seed)
        self.calendar = calendar
    }

    /// The benchmark's SplitMix64, so the sample and the corpus share one generator.
    mutating func next() -> UInt64 { random.next() }

    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
    mutating func between(_ low: Int, _ high: Int) -> Int { low + below(high - low + 1) }
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    mutating func weighted<T>(_ items: [(T, UInt64)]) -> T {
        var pick = next() % items.reduce(0) { $0 + $1.1 }
        for (item, weight) in items {
            if pick < weight { return item }
            pick -= weight
        }
        return items[items.count - 1].0
    }

    /// Every examination, sorted by conclusion date then document id and round.
    mutating func examinations() -> [Examination] {
        var all: [Examination] = []
        var sequence: [String: Int] = [:]
        for year in Self.plan.keys.sorted() {
            for (kindIndex, kind) in DocumentKind.allCases.enumerated() {
                var left = Self.plan[year]![kindIndex]
                while left > 0 {
                    let rounds = min(left, weighted([(1, 70), (2, 22), (3, 8)]))
                    left -= rounds
                    let body = weighted(Self.bodies.map { ($0, $0.3) })
                    let prefix = ["ТЗ", "ИП", "ФЭО"][kindIndex]
                    let key = "\(prefix)-\(body.1)-\(year)"
                    sequence[key, default: 0] += 1
                    let id = key + "-" + String(1000 + sequence[key]!).dropFirst()
                    all += document(id: id, kind: kind, kindBit: 1 << kindIndex, body: body, year: year, rounds: rounds)
                }
            }
        }
        return all.sorted { ($0.concluded, $0.documentID, $0.round ?? 0) < ($1.concluded, $1.documentID, $1.round ?? 0) }
    }

    /// The rounds of one document, all concluded within `year`.
    mutating func document(id: String, kind: DocumentKind, kindBit: Int, body: (String, String, String, UInt64), year: Int64, rounds: Int) -> [Examination] {
        let object = "ИС «\(Self.subjects[below(Self.subjects.count)]) \(Self.domains[below(Self.domains.count)])»"
        let title = ["Техническое задание на создание", "Инвестиционное предложение по созданию", "ФЭО бюджетных инвестиций на создание"][DocumentKind.allCases.firstIndex(of: kind)!] + " " + object
        let lastPositive = chance(90)
        while true {
            var received = calendar.adding(workingDays: 1, to: CalendarDay.days(year: year, month: 1, day: 8) + Int64(below(300)))
            var list: [Examination] = []
            for round in 1...rounds {
                let turnaround = chance(12) ? between(16, 30) : between(3, 15)
                let concluded = calendar.adding(workingDays: turnaround, to: received)
                let positive = round == rounds && lastPositive
                var findings: [RecordedFinding] = []
                if !positive {
                    let candidates = Self.errorRules.filter { $0.1 & kindBit != 0 }.map { ($0.0, $0.2) }
                    for _ in 0..<between(1, 3) {
                        let rule = weighted(candidates)
                        if !findings.contains(where: { $0.ruleID == rule }) { findings.append(RecordedFinding(ruleID: rule, severity: .error)) }
                    }
                }
                if kind != .feasibilityStudy && chance(15) { findings.append(RecordedFinding(ruleID: "STR-003", severity: .warning)) }
                if chance(8) { findings.append(RecordedFinding(ruleID: "ARC-000", severity: .info)) }
                list.append(Examination(
                    documentID: id, kind: kind, title: title, stateBodyID: body.0, stateBodyName: body.2, objectName: object, round: round,
                    received: received, concluded: concluded, verdict: positive ? .positive : .negative, counts: SeverityCounts(findings),
                    findings: findings, ruleSet: RuleSetStamp(name: "synthetic-sample"), origin: .import))
                received = concluded + Int64(between(7, 40))
            }
            // Keep every round in its year, so the per-year counts are exact; otherwise draw again.
            if CalendarDay.components(list.last!.concluded).0 == year { return list }
        }
    }

    /// The CSV text of the sample.
    static func csv(calendar: WorkingCalendar) -> String {
        var generator = SampleGenerator(calendar: calendar)
        return RegistryCSV.render(generator.examinations())
    }
}
