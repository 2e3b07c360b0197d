/// Renders a round comparison (`saraptama diff`), as text for people and JSON for machines.
public enum DiffReport {
    /// `format_version` of the JSON output; later versions only add fields.
    public static let formatVersion: Int64 = 1

    /// Per document, the resolved, still open and new findings, then the totals.
    public static func text(_ comparison: RoundComparison, language: Language) -> String {
        let labels = ReportLabels(language: language)
        var out = "\(labels.rounds): \(comparison.oldRound.file) → \(comparison.newRound.file)\n"
        if comparison.ruleSetChanged {
            out += "  \(labels.ruleSetChanged(from: comparison.oldRound.ruleSetVersion, to: comparison.newRound.ruleSetVersion))\n"
        }
        for document in comparison.documents {
            out += "\n" + document.id + " — " + (document.oldFile ?? "∅") + " → " + (document.newFile ?? "∅") + "\n"
            if document.newFile == nil { out += "  \(labels.notResubmitted)\n"; continue }
            if document.oldFile == nil { out += "  \(labels.newDocument)\n" }
            out += section(labels.resolved, document.resolved, labels: labels)
            out += section(labels.stillOpen, document.open, labels: labels)
            out += section(labels.new, document.new, labels: labels)
        }
        out += "\n" + labels.roundSummary(resolved: comparison.resolvedCount, open: comparison.openCount, new: comparison.newCount) + "\n"
        return out
    }

    private static func section(_ title: String, _ findings: [RoundFinding], labels: ReportLabels) -> String {
        guard !findings.isEmpty else { return "  \(title): 0\n" }
        var out = "  \(title) (\(findings.count)):\n"
        let severityWidth = findings.map { labels.severity($0.severity).count }.max() ?? 0
        for finding in findings {
            var head = "    " + labels.severity(finding.severity).padding(severityWidth) + "  " + finding.rule + "  " + finding.path
            head += "  (\(finding.file):\(finding.line):\(finding.column))"
            if finding.waived { head += "  [\(labels.waivedMark)]" }
            out += head + "\n"
            out += String(repeating: " ", count: 6 + severityWidth) + finding.message + "\n"
        }
        return out
    }

    /// The comparison as `saraptama-diff` JSON (see `Schemas/saraptama-diff.schema.json`).
    public static func json(_ comparison: RoundComparison, toolVersion: String) -> String {
        func round(_ report: RoundReport) -> JSONValue {
            .object([
                ("file", .string(report.file)),
                ("ruleset", .object([
                    ("name", .string(report.ruleSetName)), ("version", .string(report.ruleSetVersion)), ("hash", .string(report.ruleSetHash)),
                ])),
            ])
        }
        let documents: [JSONValue] = comparison.documents.map { document in
            .object([
                ("id", .string(document.id)),
                ("old_file", .optional(document.oldFile)),
                ("new_file", .optional(document.newFile)),
                ("resolved", .array(document.resolved.map(finding))),
                ("still_open", .array(document.open.map(finding))),
                ("new", .array(document.new.map(finding))),
            ])
        }
        return JSONValue.object([
            ("format", .string("saraptama-diff")),
            ("format_version", .int(formatVersion)),
            ("tool", .object([("name", .string("saraptama")), ("version", .string(toolVersion))])),
            ("old", round(comparison.oldRound)),
            ("new", round(comparison.newRound)),
            ("ruleset_changed", .bool(comparison.ruleSetChanged)),
            ("documents", .array(documents)),
            ("summary", .object([
                ("resolved", .int(Int64(comparison.resolvedCount))),
                ("still_open", .int(Int64(comparison.openCount))),
                ("new", .int(Int64(comparison.newCount))),
            ])),
        ]).text(indent: 2) + "\n"
    }

    /// A finding of either round, as both `diff` and the report's `round` field write it.
    static func finding(_ finding: RoundFinding) -> JSONValue {
        .object([
            ("rule", .string(finding.rule)),
            ("severity", .string(finding.severity.rawValue)),
            ("title", .string(finding.title)),
            ("message", .string(finding.message)),
            ("path", .string(finding.path)),
            ("file", .string(finding.file)),
            ("line", .int(Int64(finding.line))),
            ("column", .int(Int64(finding.column))),
            ("fingerprint", .string(finding.fingerprint)),
            ("waived", .bool(finding.waived)),
        ])
    }
}
