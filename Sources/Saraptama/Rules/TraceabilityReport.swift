/// Renders a `Traceability` table as text (for people) or JSON (for machines).
public enum TraceabilityReport {
    /// One block per requirement: its id, status and title, its basis, then one line per
    /// implementing rule; then what no rule implements and a summary line.
    public static func text(_ trace: Traceability, language: Language) -> String {
        let w = TraceLabels(language: language)
        let report = ReportLabels(language: language)
        var out = ""
        for row in trace.rows {
            let requirement = row.requirement
            let kinds = requirement.kinds.map { w.kind($0) }.joined(separator: ",")
            out += "\(requirement.id)  \(w.status(requirement.status).padded(8)) \(kinds.padded(10)) \(requirement.title[language])\n"
            out += "     \(w.basis): \(trace.basisText.text(requirement, language: language))\n"
            if let ends = requirement.ends {
                out += "     \(w.ends) \(day(ends.day, language)): \(ends.source(language))\n"
            }
            if requirement.status == .deferred {
                out += "     \(w.deferred): \(requirement.reason ?? "")\n"
            }
            if row.rules.isEmpty, requirement.status == .active { out += "     \(w.notImplemented)\n" }
            for rule in row.rules {
                let examples = w.examples(pass: rule.passingExamples, fail: rule.failingExamples)
                let cases = w.cases(fired: rule.casesFired, checked: rule.casesChecked, of: trace.caseCount)
                let inferred = rule.confidence == .inferred ? "  [\(w.inferred)]" : ""
                out += "     \(rule.id.padded(8)) \(report.severity(rule.severity).padded(8)) \(examples.padded(24)) \(cases)\(inferred)\n"
                for entry in rule.basis {
                    // The citation names the act's edition in words; its key is for rule authors' YAML.
                    let from = entry.validFrom.map { day($0, language) } ?? "…"
                    let until = entry.validUntil.map { day($0, language) } ?? "…"
                    let mark = entry.confidence == .inferred ? " [\(w.inferred)]" : ""
                    out += "              \("\(from) – \(until)".padded(23)) \(entry.citation(language))\(mark)\n"
                }
            }
        }
        let unimplemented = trace.unimplemented.map(\.id)
        out += "\n\(w.notImplementedList): \(unimplemented.isEmpty ? w.none : unimplemented.joined(separator: ", "))\n"
        let deferred = trace.deferred.map(\.id)
        out += "\(w.deferredList): \(deferred.isEmpty ? w.none : deferred.joined(separator: ", "))\n"
        if !trace.rulesWithoutRequirement.isEmpty {
            out += "\(w.rulesWithoutRequirement): \(trace.rulesWithoutRequirement.joined(separator: ", "))\n"
        }
        let active = trace.rows.count { $0.requirement.status == .active }
        let covered = trace.rows.count { $0.requirement.status == .active && !$0.rules.isEmpty }
        out += w.summary(requirements: trace.rows.count, active: active, deferred: deferred.count, covered: covered,
                         rules: trace.ruleCount, examples: trace.exampleCount, cases: trace.caseCount) + "\n"
        return out
    }

    /// A day as its report language writes it: dd.mm.yyyy in Russian and Kazakh, ISO in English.
    static func day(_ day: Int64, _ language: Language) -> String {
        language == .en ? CalendarDay.format(day) : LocalFormat.date(CalendarDay.format(day))
    }

    /// `{"format": "saraptama-trace", "format_version": 1, "requirements": [...], ...}`.
    public static func json(_ trace: Traceability, language: Language = .en) -> JSONValue {
        let rows: [JSONValue] = trace.rows.map { row in
            let requirement = row.requirement
            let rules: [JSONValue] = row.rules.map { rule in
                .object([
                    ("id", .string(rule.id)), ("severity", .string(rule.severity.rawValue)),
                    ("confidence", .string(rule.confidence.rawValue)),
                    ("basis", JSONValue.basis(rule.basis, language: language)),
                    ("examples", .object([("pass", .int(Int64(rule.passingExamples))), ("fail", .int(Int64(rule.failingExamples)))])),
                    ("cases", .object([("fired", .int(Int64(rule.casesFired))), ("checked", .int(Int64(rule.casesChecked)))])),
                ])
            }
            return .object([
                ("id", .string(requirement.id)),
                ("status", .string(requirement.status.rawValue)),
                ("reason", requirement.reason.map(JSONValue.string) ?? .null),
                ("title", .object([("ru", .string(requirement.title.ru)), ("kk", .string(requirement.title.kk)), ("en", .string(requirement.title.en))])),
                ("kinds", .array(requirement.kinds.map { .string($0.rawValue) })),
                ("basis", .string(requirement.basis)),
                ("basis_text", .string(trace.basisText.text(requirement, language: language))),
                ("ends", requirement.ends.map { .object([("on", .string(CalendarDay.format($0.day))), ("source", .string($0.source))]) } ?? .null),
                ("rules", .array(rules)),
            ])
        }
        return .object([
            ("format", .string("saraptama-trace")), ("format_version", .int(1)),
            ("requirements", .array(rows)),
            ("unimplemented", .array(trace.unimplemented.map { .string($0.id) })),
            ("deferred", .array(trace.deferred.map { .string($0.id) })),
            ("rules_without_requirement", .array(trace.rulesWithoutRequirement.map(JSONValue.string))),
            ("summary", .object([
                ("requirements", .int(Int64(trace.rows.count))), ("rules", .int(Int64(trace.ruleCount))),
                ("examples", .int(Int64(trace.exampleCount))), ("cases", .int(Int64(trace.caseCount))),
            ])),
        ])
    }
}

extension String {
    /// Left-aligned in a column of `width` characters.
    fileprivate func padded(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
