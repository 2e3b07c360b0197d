import SaraptamaLoading

/// The machine-readable report (`--format json`). Its structure is versioned by `format_version`,
/// documented in the README and described by `Reports/Schemas/saraptama-report.schema.json`
/// (a test validates output against it); later versions only add fields.
public enum JSONReport {
    public static let formatVersion: Int64 = 1

    /// A plain check report (no waivers, no baseline).
    public static func render(_ report: CheckReport, toolVersion: String) -> String {
        render(ReviewedReport(report), options: RenderOptions(toolVersion: toolVersion))
    }

    /// The report object, pretty-printed with two spaces, ending with a newline.
    public static func render(_ report: ReviewedReport, options: RenderOptions) -> String {
        let summary: JSONValue = .object([
            ("documents", .int(Int64(report.documents.count))),
            ("positive", .int(Int64(report.tally(.positive)))),
            ("negative", .int(Int64(report.tally(.negative)))),
            ("inconclusive", .int(Int64(report.tally(.inconclusive)))),
            ("error", .int(Int64(report.count(.error)))),
            ("warning", .int(Int64(report.count(.warning)))),
            ("info", .int(Int64(report.count(.info)))),
            ("waived", .int(Int64(report.waivedCount))),
        ])
        return JSONValue.object([
            ("format", .string("saraptama-report")),
            ("format_version", .int(formatVersion)),
            ("tool", .object([("name", .string("saraptama")), ("version", .string(options.toolVersion))])),
            ("ruleset", .object([
                ("name", .string(report.ruleSetName)), ("version", .string(report.ruleSetVersion)),
                ("hash", .string(report.ruleSetHash)),
            ])),
            ("language", .string(report.language.rawValue)),
            ("waivers", .optional(report.waiversFile)),
            ("baseline", .optional(report.baselineFile)),
            ("documents", .array(report.documents.map { document($0, language: report.language) })),
            ("summary", summary),
        ]).text(indent: 2) + "\n"
    }

    /// One document's object; waived findings and waiver notices are always present (empty
    /// arrays), `round` is null unless a baseline was given.
    public static func document(_ reviewed: ReviewedDocument, language: Language) -> JSONValue {
        let result = reviewed.result
        let header = result.header
        let round: JSONValue = reviewed.round.map { delta in
            .object([
                ("resolved", .array(delta.resolved.map(DiffReport.finding))),
                ("still_open", .array(delta.open.map { .string($0.fingerprint) })),
                ("new", .array(delta.new.map { .string($0.fingerprint) })),
            ])
        } ?? .null
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
            ("waived", .array(reviewed.waived.map(waived))),
            ("waiver_notices", .array(reviewed.waiverNotices.map { problem($0, language: language) })),
            ("problems", .array(result.problems.map { problem($0, language: language) })),
            ("rules_checked", .array(result.checkedRules.map(JSONValue.string))),
            ("questions", questions(result.questions, language: language)),
            ("round", round),
        ])
    }

    /// Each question of the examination: examined, not examined or not applicable, and why.
    static func questions(_ outcomes: [QuestionOutcome], language: Language) -> JSONValue {
        .array(outcomes.map { outcome in
            let members: [(String, JSONValue)] = [
                ("question", .string(outcome.question.rawValue)),
                ("title", .string(outcome.title[language])),
                ("status", .string(outcome.status.rawValue)),
                ("reason", .optional(outcome.reason?[language])),
                ("rules_in_force", .array(outcome.rulesInForce.map(JSONValue.string))),
                ("rules_examined", .array(outcome.rulesExamined.map(JSONValue.string))),
            ]
            return .object(members)
        })
    }

    static func finding(_ finding: Finding) -> JSONValue {
        .object(findingMembers(finding))
    }

    static func findingMembers(_ finding: Finding) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = [
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
            ("excerpt", .string(ExcerptWindow.capped(finding.excerpt, column: finding.mark.column))),
            ("basis", JSONValue.basis(finding.basis, language: finding.language)),
            ("implements", .array(finding.implements.map(JSONValue.string))),
            ("fix", .optional(finding.fix)),
        ]
        if !finding.related.isEmpty {
            members.append(("related", .array(finding.related.map { related in
                .object([
                    ("file", .string(related.file)), ("path", .string(related.path.description)),
                    ("line", .int(Int64(related.mark.line))), ("column", .int(Int64(related.mark.column))),
                    ("excerpt", .string(ExcerptWindow.capped(related.excerpt, column: related.mark.column))),
                ])
            })))
        }
        // Prose documents only: YAML findings (and their golden reports) have no locator.
        if let locator = finding.locator { members.append(("locator", .string(locator))) }
        return members
    }

    /// A waived finding: the finding's fields plus the waiver that set it apart.
    static func waived(_ waived: WaivedFinding) -> JSONValue {
        let waiver = waived.waiver
        return .object(findingMembers(waived.finding) + [
            ("waiver", .object([
                ("justification", .string(waiver.justification)),
                ("approved_by", .string(waiver.approvedBy)),
                ("expires", .string(waiver.expiresText)),
                ("file", .string(waiver.file)),
                ("line", .int(Int64(waiver.mark.line))),
            ])),
        ])
    }

    /// A diagnostic, its message in the report's language (severity and code stay the stable names).
    static func problem(_ diagnostic: Diagnostic, language: Language) -> JSONValue {
        .object([
            ("severity", .string(diagnostic.severity.rawValue)),
            ("code", .string(diagnostic.code)),
            ("message", .string(diagnostic.message(in: language.rawValue))),
            ("file", .optional(diagnostic.file)),
            ("line", diagnostic.mark.map { .int(Int64($0.line)) } ?? .null),
            ("column", diagnostic.mark.map { .int(Int64($0.column)) } ?? .null),
        ])
    }
}
