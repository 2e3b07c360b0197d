import Saraptama

/// Text for `registry list` and `registry show`.
public enum RegistryListing {
    /// One line per examination, oldest first, and a count line.
    public static func list(_ examinations: [Examination], total: Int, language: Language = .en) -> String {
        let w = ListingLabels(language: language)
        let s = StatisticsLabels(language: language)
        var table = TextTable(["id", w.document, w.kind, w.round, w.received, w.concluded, w.verdict, w.e, w.w, w.i, w.body], firstNumberColumn: 99)
        for examination in examinations {
            table.add([
                examination.id.map(String.init) ?? "", examination.documentID, s.kind(examination.kind), examination.round.map(String.init) ?? "",
                CalendarDay.format(examination.received), CalendarDay.format(examination.concluded), s.verdictName(examination.verdict),
                String(examination.counts.errors), String(examination.counts.warnings), String(examination.counts.infos),
                examination.stateBodyID ?? "",
            ])
        }
        let shown = w.shown(examinations.count, of: total)
        return (examinations.isEmpty ? "" : table.render(indent: "")) + shown + "\n"
    }

    /// Every field of one examination and its findings.
    public static func show(_ examination: Examination, language: Language = .en) -> String {
        let w = ListingLabels(language: language)
        let s = StatisticsLabels(language: language)
        var out = "\(w.examination) \(examination.id.map(String.init) ?? "?")\n"
        func line(_ label: String, _ value: String?) {
            out += "  " + label.padding(16) + (value.flatMap { $0.isEmpty ? nil : $0 } ?? "-") + "\n"
        }
        line(w.document, examination.documentID)
        line(w.kind, ConclusionWords.kind(examination.kind, language) + " (\(s.kind(examination.kind)))")
        line(w.title, examination.title)
        line(w.stateBody, [examination.stateBodyID, examination.stateBodyName].compactMap { $0 }.joined(separator: " · "))
        line(w.object, examination.objectName)
        line(w.round, examination.round.map(String.init))
        line(w.received, CalendarDay.format(examination.received))
        line(w.concluded, CalendarDay.format(examination.concluded))
        line(w.verdict, s.verdictName(examination.verdict))
        line(w.counts, [CountedNoun.error.counted(examination.counts.errors, in: language), CountedNoun.warning.counted(examination.counts.warnings, in: language), CountedNoun.info.counted(examination.counts.infos, in: language)].joined(separator: ", "))
        line(w.ruleSet, [examination.ruleSet.name, examination.ruleSet.version, examination.ruleSet.hash.map { "hash \($0)" }].compactMap { $0 }.joined(separator: " "))
        line(w.engine, examination.engineVersion)
        line(w.origin, examination.origin.rawValue + (examination.sourceFile.map { " (\($0))" } ?? ""))
        line(w.copy, examination.documentSHA256.map { "sha256 \($0)" } ?? w.noneStored)
        line(w.recordedAt, examination.recordedAt)
        out += "  \(w.findings): \(examination.findings.count)\n"
        for finding in examination.findings {
            out += "    \(s.severityName(finding.severity).padding(8)) \(finding.ruleID.padding(9)) \(finding.path ?? "")"
            out += (finding.fingerprint.map { "  [\($0)]" } ?? "") + "\n"
        }
        return out
    }
}

extension String {
    func padding(_ width: Int) -> String { count >= width ? self + " " : self + String(repeating: " ", count: width - count) }
}
