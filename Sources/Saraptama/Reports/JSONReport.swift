import SaraptamaLoading

/// The machine-readable report (`--format json`). Its structure is versioned by `format_version`
/// and documented in the README; later versions only add fields.
public enum JSONReport {
    public static let formatVersion: Int64 = 1

    public static func render(_ report: CheckReport, toolVersion: String) -> String {
        let documents = report.documents.map(document)
        let summary: JSONValue = .object([
            ("documents", .int(Int64(report.documents.count))),
            ("positive", .int(Int64(report.documents.count { $0.verdict == .positive }))),
            ("negative", .int(Int64(report.documents.count { $0.verdict == .negative }))),
            ("inconclusive", .int(Int64(report.documents.count { $0.verdict == .inconclusive }))),
            ("error", .int(Int64(report.count(.error)))),
            ("warning", .int(Int64(report.count(.warning)))),
            ("info", .int(Int64(report.count(.info)))),
        ])
        return JSONValue.object([
            ("format", .string("saraptama-report")),
            ("format_version", .int(formatVersion)),
            ("tool", .object([("name", .string("saraptama")), ("version", .string(toolVersion))])),
            ("ruleset", .object([
                ("name", .string(report.ruleSetName)), ("version", .string(report.ruleSetVersion)),
                ("hash", .string(report.ruleSetHash)),
            ])),
            ("language", .string(report.language.rawValue)),
            ("documents", .array(documents)),
            ("summary", summary),
        ]).text(indent: 2) + "\n"
    }

    static func document(_ result: DocumentResult) -> JSONValue {
        let header = result.header
        return .object([
            ("file", .string(result.file)),
            ("id", .optional(header?.id)),
            ("kind", .optional(header?.kind.rawValue)),
            ("title", .optional(header?.title)),
            ("date", .optional(header?.dateText)),
            ("state_body", .object([("id", .optional(header?.stateBodyID)), ("name", .optional(header?.stateBodyName))])),
            ("object", .optional(header?.objectName)),
            ("verdict", .string(result.verdict.rawValue)),
            ("counts", .object(Severity.allCases.reversed().map { ($0.rawValue, .int(Int64(result.count($0)))) })),
            ("findings", .array(result.findings.map(finding))),
            ("problems", .array(result.problems.map(problem))),
            ("rules_checked", .array(result.checkedRules.map(JSONValue.string))),
        ])
    }

    static func finding(_ finding: Finding) -> JSONValue {
        .object([
            ("rule", .string(finding.ruleID)),
            ("pack", .string(finding.pack)),
            ("severity", .string(finding.severity.rawValue)),
            ("title", .string(finding.title)),
            ("message", .string(finding.message)),
            ("path", .string(finding.path.description)),
            ("file", .string(finding.file)),
            ("line", .int(Int64(finding.mark.line))),
            ("column", .int(Int64(finding.mark.column))),
            ("fingerprint", .string(finding.fingerprint)),
            ("basis", .object([
                ("act", .string(finding.basis.act)), ("edition", .string(finding.basis.edition)),
                ("clause", .string(finding.basis.clause)), ("confidence", .string(finding.basis.confidence.rawValue)),
                ("note", .optional(finding.basis.note)),
            ])),
            ("implements", .array(finding.implements.map(JSONValue.string))),
            ("fix", .optional(finding.fix)),
        ])
    }

    static func problem(_ diagnostic: Diagnostic) -> JSONValue {
        .object([
            ("severity", .string(diagnostic.severity.rawValue)),
            ("code", .string(diagnostic.code)),
            ("message", .string(diagnostic.message)),
            ("file", .optional(diagnostic.file)),
            ("line", diagnostic.mark.map { .int(Int64($0.line)) } ?? .null),
            ("column", diagnostic.mark.map { .int(Int64($0.column)) } ?? .null),
        ])
    }
}
