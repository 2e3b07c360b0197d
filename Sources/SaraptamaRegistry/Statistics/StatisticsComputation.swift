import Saraptama

extension Statistics {
    /// Turnaround buckets in working days; the last is open-ended.
    public static let bucketEdges: [(Int, Int?)] = [(0, 5), (6, 10), (11, 15), (16, 20), (21, 25), (26, 30), (31, nil)]

    /// Computes every statistic over the examinations `query` selects. Pure: same input, same
    /// numbers, so tests state exact expectations.
    public static func compute(_ all: [Examination], query: StatisticsQuery, calendar: WorkingCalendar) -> Statistics {
        let selected = all.filter(query.matches)
        let kindIndex = { (kind: DocumentKind) in kinds.firstIndex(of: kind)! }
        let concludedDays = selected.map(\.concluded)

        // Year × kind, every year between the first and the last (empty years show as zeros).
        var byYear: [YearRow] = []
        if let first = concludedDays.min(), let last = concludedDays.max() {
            let years = CalendarDay.components(first).0...CalendarDay.components(last).0
            var counts = [Int64: [Int]](uniqueKeysWithValues: years.map { ($0, Array(repeating: 0, count: kinds.count)) })
            for examination in selected { counts[CalendarDay.components(examination.concluded).0]![kindIndex(examination.kind)] += 1 }
            byYear = years.map { YearRow(year: $0, byKind: counts[$0]!) }
        }

        var bodies: [String: (name: String?, counts: [Int])] = [:]
        let noBody = "\u{0}"
        for examination in selected {
            let key = examination.stateBodyID ?? noBody
            var entry = bodies[key] ?? (examination.stateBodyName, Array(repeating: 0, count: kinds.count))
            entry.counts[kindIndex(examination.kind)] += 1
            if entry.name == nil { entry.name = examination.stateBodyName }
            bodies[key] = entry
        }
        let byBody = bodies.map { BodyRow(id: $0.key == noBody ? nil : $0.key, name: $0.value.name, byKind: $0.value.counts) }
            .sorted { ($0.total, $1.id ?? "") > ($1.total, $0.id ?? "") }

        return Statistics(
            query: query, examinations: selected.count, documents: Set(selected.map(\.documentID)).count,
            firstConcluded: concludedDays.min(), lastConcluded: concludedDays.max(), byYear: byYear, byBody: byBody,
            byMonth: months(selected), verdicts: verdicts(selected), rounds: rounds(selected),
            turnaround: turnaround(selected, query: query, calendar: calendar),
            topRules: Array(rules(selected).prefix(max(0, query.topRules))), packs: packs(selected))
    }

    static func months(_ selected: [Examination]) -> [MonthRow] {
        var counts: [Int64: Int] = [:]
        for examination in selected {
            let (year, month, _) = CalendarDay.components(examination.concluded)
            counts[year * 12 + month - 1, default: 0] += 1
        }
        guard let first = counts.keys.min(), let last = counts.keys.max() else { return [] }
        return (first...last).map { index in
            let month = index % 12 + 1
            return MonthRow(month: "\(index / 12)-\(month < 10 ? "0" : "")\(month)", count: counts[index] ?? 0)
        }
    }

    static func verdicts(_ selected: [Examination]) -> [VerdictRow] {
        [Verdict.positive, .negative, .inconclusive].map { verdict in
            let count = selected.count { $0.verdict == verdict }
            return VerdictRow(verdict: verdict, count: count, share: share(count, of: selected.count))
        }
    }

    /// For each document, the round (as recorded, counting every resubmission) of its first
    /// positive conclusion among the selected examinations.
    static func rounds(_ selected: [Examination]) -> Rounds {
        var firstPositive: [String: Int] = [:]
        var documents: Set<String> = []
        for examination in selected {
            documents.insert(examination.documentID)
            guard examination.verdict == .positive, let round = examination.round else { continue }
            firstPositive[examination.documentID] = min(firstPositive[examination.documentID] ?? round, round)
        }
        var distribution: [Int: Int] = [:]
        for round in firstPositive.values { distribution[round, default: 0] += 1 }
        let total = firstPositive.values.reduce(0, +)
        return Rounds(
            distribution: distribution.keys.sorted().map { RoundRow(round: $0, documents: distribution[$0]!) },
            positiveDocuments: firstPositive.count, documentsWithoutPositive: documents.count - firstPositive.count,
            mean: firstPositive.isEmpty ? nil : Double(total) / Double(firstPositive.count))
    }

    static func turnaround(_ selected: [Examination], query: StatisticsQuery, calendar: WorkingCalendar) -> Turnaround {
        let limit: Int
        let source: String
        let origin: Statistics.LimitOrigin
        if let days = query.limitDays {
            (limit, source, origin) = (days, "--limit-days", .option)
        } else if let days = calendar.timeLimitDays {
            let note = calendar.localizedTimeLimitNote ?? calendar.timeLimitNote.map { LocalizedText(ru: $0, kk: $0, en: $0) }
            (limit, source, origin) = (days, "calendar file \(calendar.source)" + (calendar.timeLimitNote.map { ": \($0)" } ?? ""), .calendar(note: note))
        } else {
            (limit, source, origin) = (StatisticsQuery.fallbackLimitDays, "default; the statutory time limit was not found", .fallback)
        }
        let days = selected.map { calendar.workingDays(from: $0.received, to: $0.concluded) }.sorted()
        let over = days.count { $0 > limit }
        var median: Double?
        if !days.isEmpty {
            let middle = days.count / 2
            median = days.count % 2 == 1 ? Double(days[middle]) : Double(days[middle - 1] + days[middle]) / 2
        }
        let buckets = bucketEdges.map { lower, upper in
            Bucket(lower: lower, upper: upper, count: days.count { day in day >= lower && day <= (upper ?? Int.max) })
        }
        var daily = Array(repeating: 0, count: (days.last ?? -1) + 1)
        for day in days { daily[day] += 1 }
        return Turnaround(
            limitDays: limit, limitSource: source, limitOrigin: origin, count: days.count,
            mean: days.isEmpty ? nil : Double(days.reduce(0, +)) / Double(days.count), median: median, maximum: days.last,
            overLimit: over, overLimitShare: share(over, of: days.count), buckets: buckets, daily: daily,
            outsideCalendar: selected.count { !calendar.covers($0.received) || !calendar.covers($0.concluded) },
            calendarName: calendar.name, calendarSource: calendar.source)
    }

    /// Rules by findings, then by examinations, then by id.
    static func rules(_ selected: [Examination]) -> [RuleRow] {
        var findings: [String: Int] = [:], examinations: [String: Int] = [:], packs: [String: String] = [:], severities: [String: Severity] = [:]
        for examination in selected {
            for finding in examination.findings {
                findings[finding.ruleID, default: 0] += 1
                packs[finding.ruleID] = packs[finding.ruleID] ?? RulePacks.pack(of: finding)
                severities[finding.ruleID] = max(severities[finding.ruleID] ?? finding.severity, finding.severity)
            }
            for rule in Set(examination.findings.map(\.ruleID)) { examinations[rule, default: 0] += 1 }
        }
        return findings.keys.map {
            RuleRow(rule: $0, pack: packs[$0]!, severity: severities[$0]!, findings: findings[$0]!, examinations: examinations[$0]!)
        }
            .sorted { ($0.findings, $0.examinations, $1.rule) > ($1.findings, $1.examinations, $0.rule) }
    }

    static func packs(_ selected: [Examination]) -> [PackRow] {
        var findings: [String: Int] = [:], examinations: [String: Int] = [:]
        for examination in selected {
            let packs = examination.findings.map(RulePacks.pack(of:))
            for pack in packs { findings[pack, default: 0] += 1 }
            for pack in Set(packs) { examinations[pack, default: 0] += 1 }
        }
        return findings.keys.map { PackRow(pack: $0, findings: findings[$0]!, examinations: examinations[$0]!) }
            .sorted { ($0.findings, $0.examinations, $1.pack) > ($1.findings, $1.examinations, $0.pack) }
    }

    static func share(_ count: Int, of total: Int) -> Double { total == 0 ? 0 : Double(count) / Double(total) }
}
