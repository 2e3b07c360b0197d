import Saraptama

/// Text for `registry list` and `registry show`.
public enum RegistryListing {
    /// One line per examination, oldest first, and a count line.
    public static func list(_ examinations: [Examination], total: Int) -> String {
        var table = TextTable(["id", "document", "kind", "round", "received", "concluded", "verdict", "E", "W", "I", "body"], firstNumberColumn: 99)
        for examination in examinations {
            table.add([
                examination.id.map(String.init) ?? "", examination.documentID, examination.kind.abbreviation, examination.round.map(String.init) ?? "",
                CalendarDay.format(examination.received), CalendarDay.format(examination.concluded), examination.verdict.rawValue,
                String(examination.counts.errors), String(examination.counts.warnings), String(examination.counts.infos),
                examination.stateBodyID ?? "",
            ])
        }
        let shown = examinations.count == total ? "\(total) examination(s)" : "\(examinations.count) of \(total) examination(s) (the latest)"
        return (examinations.isEmpty ? "" : table.render(indent: "")) + shown + "\n"
    }

    /// Every field of one examination and its findings.
    public static func show(_ examination: Examination) -> String {
        var out = "examination \(examination.id.map(String.init) ?? "?")\n"
        func line(_ label: String, _ value: String?) {
            out += "  " + label.padding(16) + (value.flatMap { $0.isEmpty ? nil : $0 } ?? "-") + "\n"
        }
        line("document", examination.documentID)
        line("kind", "\(examination.kind.rawValue) (\(examination.kind.abbreviation))")
        line("title", examination.title)
        line("state body", [examination.stateBodyID, examination.stateBodyName].compactMap { $0 }.joined(separator: " · "))
        line("object", examination.objectName)
        line("round", examination.round.map(String.init))
        line("received", CalendarDay.format(examination.received))
        line("concluded", CalendarDay.format(examination.concluded))
        line("verdict", examination.verdict.rawValue)
        line("counts", "\(examination.counts.errors) errors, \(examination.counts.warnings) warnings, \(examination.counts.infos) info")
        line("rule set", [examination.ruleSet.name, examination.ruleSet.version, examination.ruleSet.hash.map { "hash \($0)" }].compactMap { $0 }.joined(separator: " "))
        line("engine", examination.engineVersion)
        line("origin", examination.origin.rawValue + (examination.sourceFile.map { " (\($0))" } ?? ""))
        line("copy", examination.documentSHA256.map { "sha256 \($0)" } ?? "none stored")
        line("recorded at", examination.recordedAt)
        out += "  findings: \(examination.findings.count)\n"
        for finding in examination.findings {
            out += "    \(finding.severity.rawValue.padding(8)) \(finding.ruleID.padding(9)) \(finding.path ?? "")"
            out += (finding.fingerprint.map { "  [\($0)]" } ?? "") + "\n"
        }
        return out
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self + " " : self + String(repeating: " ", count: width - count) }
}
