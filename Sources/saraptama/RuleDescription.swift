import Saraptama

/// The text of `saraptama rules show`.
enum RuleDescription {
    static func render(_ rule: Rule, language: Language) -> String {
        var out = "\(rule.id) — \(rule.title[language])\n"
        out += "  pack:        \(rule.pack)\n"
        out += "  severity:    \(rule.severity.rawValue)\n"
        out += "  kinds:       \(rule.kinds.map(\.rawValue).joined(separator: ", "))\(origin("kinds", of: rule))\n"
        if let binding = rule.scope.binding {
            let with = binding.with.isEmpty ? "the dossier as a whole" : "with " + binding.with.map(\.rawValue).joined(separator: ", then ")
            out += "  scope:       dossier (\(with)); run by check --dossier\n"
        }
        out += "  implements:  \(rule.implements.joined(separator: ", "))\n"
        if let mark = rule.defaulted["basis"] { out += "  basis:       (the file's defaults, \(rule.file):\(mark.line):\(mark.column))\n" }
        for entry in rule.basis {
            let from = entry.validFrom.map(CalendarDay.format) ?? "…", until = entry.validUntil.map(CalendarDay.format) ?? "…"
            out += "  basis:       \(entry.citation(language)) — \(entry.confidence.rawValue) (\(entry.editionKey), \(from) – \(until))\n"
            if let note = entry.note { out += "               \(note)\n" }
        }
        let from = rule.validFrom.map(CalendarDay.format) ?? "—", until = rule.validUntil.map(CalendarDay.format) ?? "—"
        out += "  in force:    from \(from) until \(until)\n"
        if let selector = rule.selector { out += "  select:      \(selector)\n" }
        if let guardSource = rule.guardSource { out += "  when:        \(guardSource)\n" }
        out += "  assert:      \(rule.assertionSource)\n"
        if let location = rule.location { out += "  location:    \(location)\n" }
        if let related = rule.scope.binding?.related { out += "  related:     \(related) (in the other document)\n" }
        if let fix = rule.fix { out += "  fix:         \(fix[language])\n" }
        if !rule.tags.isEmpty { out += "  tags:        \(rule.tags.joined(separator: ", "))\(origin("tags", of: rule))\n" }
        if let note = rule.costNote { out += "  cost note:   \(note)\n" }
        let passing = rule.examples.count { $0.expectation == .pass }
        out += "  examples:    \(passing) passing, \(rule.examples.count - passing) failing\n"
        out += "  defined at:  \(rule.file):\(rule.mark.line):\(rule.mark.column)\n"
        return out
    }

    /// Where a value the rule takes from its file's `defaults:` is written; empty for its own.
    static func origin(_ field: String, of rule: Rule) -> String {
        guard let mark = rule.defaulted[field] else { return "" }
        return "  (the file's defaults, \(rule.file):\(mark.line):\(mark.column))"
    }
}
