import SaraptamaLoading

/// SARIF 2.1.0 (`--format sarif`), for code-scanning dashboards (GitHub, GitLab) and IDEs.
///
/// One run: every rule of the rule set in `tool.driver.rules` (help text and markdown, help URI,
/// default level, basis and tags as properties); one result per finding with its physical
/// location (file, line, column, the quoted line), its logical location (the node path), its
/// level mapped from the severity and its fingerprint. Waived findings are results with an
/// accepted external suppression; with a baseline, results carry `baselineState`. Problems that
/// kept documents from being checked are tool execution notifications, waiver notices tool
/// configuration notifications. A test validates the output against the official schema.
public enum SARIFReport {
    static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// The key of `partialFingerprints`; versioned so that a change of the fingerprint recipe
    /// can be told apart by consumers.
    static let fingerprintKey = "saraptama/v1"

    /// A SARIF 2.1.0 log with one run, pretty-printed.
    public static func render(_ report: ReviewedReport, options: RenderOptions) -> String {
        let rules = ruleTable(report)
        let ruleIndex = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let files = report.documents.map(\.result.file)
        let artifactIndex = Dictionary(files.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })

        var results: [JSONValue] = []
        for document in report.documents {
            for finding in document.result.findings {
                var extra: [(String, JSONValue)] = []
                if let status = document.roundStatus(of: finding) { extra.append(("baselineState", .string(status == .new ? "new" : "unchanged"))) }
                results.append(result(finding, document: document, ruleIndex: ruleIndex, artifactIndex: artifactIndex, extra: extra))
            }
            for waived in document.waived {
                let suppression: JSONValue = .object([
                    ("kind", .string("external")),
                    ("status", .string("accepted")),
                    ("justification", .string(waived.waiver.justification)),
                    // Where the waiver is written: a location, whose physical location is the waivers file.
                    ("location", .object([("physicalLocation", physicalLocation(
                        file: waived.waiver.file, line: waived.waiver.mark.line, column: waived.waiver.mark.column, snippet: nil, index: nil))])),
                    ("properties", .object([
                        ("approvedBy", .string(waived.waiver.approvedBy)), ("expires", .string(waived.waiver.expiresText)),
                    ])),
                ])
                results.append(result(waived.finding, document: document, ruleIndex: ruleIndex, artifactIndex: artifactIndex, extra: [("suppressions", .array([suppression]))]))
            }
        }
        let problems = report.documents.flatMap(\.result.problems)
        let notices = report.documents.flatMap(\.waiverNotices)
        let unexamined: [JSONValue] = report.documents.flatMap { document in
            document.result.unexaminedQuestions.map { outcome in
                JSONValue.object([
                    ("level", .string("warning")),
                    ("message", .object([("text", .string("\(outcome.title[report.language]): \(outcome.reason?[report.language] ?? "")"))])),
                    ("descriptor", .object([("id", .string("question-not-examined"))])),
                    ("locations", .array([.object([("physicalLocation", .object([("artifactLocation", .object([("uri", .string(uri(document.result.file)))]))]))])])),
                    ("properties", .object([("question", .string(outcome.question.rawValue))])),
                ])
            }
        }
        let invocation: JSONValue = .object([
            ("executionSuccessful", .bool(!report.hasProblems)),
            ("toolExecutionNotifications", .array(problems.map { notification($0, language: report.language) } + unexamined)),
            ("toolConfigurationNotifications", .array(notices.map { notification($0, language: report.language) })),
        ])
        let artifacts: [JSONValue] = files.map { file in
            var members: [(String, JSONValue)] = [("location", .object([("uri", .string(uri(file)))])), ("roles", .array([.string("analysisTarget")]))]
            if let mime = mimeType(file) { members.append(("mimeType", .string(mime))) }
            return .object(members)
        }
        var driverMembers: [(String, JSONValue)] = [("name", .string("saraptama")), ("version", .string(options.toolVersion))]
        if let base = options.documentationURI { driverMembers.append(("informationUri", .string(base))) }
        driverMembers.append(("rules", .array(rules.map { rule($0, options: options, language: report.language) })))
        let driver: JSONValue = .object(driverMembers)
        var runProperties: [(String, JSONValue)] = [
            ("ruleset", .object([
                ("name", .string(report.ruleSetName)), ("version", .string(report.ruleSetVersion)), ("hash", .string(report.ruleSetHash)),
            ])),
        ]
        if let waivers = report.waiversFile { runProperties.append(("waivers", .string(waivers))) }
        if let baseline = report.baselineFile { runProperties.append(("baseline", .string(baseline))) }
        let run: JSONValue = .object([
            ("tool", .object([("driver", driver)])),
            ("invocations", .array([invocation])),
            ("language", .string(report.language.rawValue)),
            // Marks count Unicode scalars, not SARIF's default UTF-16 code units.
            ("columnKind", .string("unicodeCodePoints")),
            ("artifacts", .array(artifacts)),
            ("results", .array(results)),
            ("properties", .object(runProperties)),
        ])
        return JSONValue.object([
            ("$schema", .string(schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ]).text(indent: 2) + "\n"
    }

    /// SARIF levels: error → error, warning → warning, info → note.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// The rule set's rules, plus any rule a finding names that the report did not describe
    /// (a report built without its rule set), so every result has a rule to point to.
    static func ruleTable(_ report: ReviewedReport) -> [RuleDescriptor.Summary] {
        var table = report.rules.map(RuleDescriptor.Summary.init)
        var known = Set(table.map(\.id))
        for document in report.documents {
            for finding in document.result.findings + document.waived.map(\.finding) where !known.contains(finding.ruleID) {
                known.insert(finding.ruleID)
                table.append(RuleDescriptor.Summary(finding))
            }
        }
        return table
    }

    static func rule(_ rule: RuleDescriptor.Summary, options: RenderOptions, language: Language) -> JSONValue {
        let labels = ReportLabels(language: language)
        let basis = rule.basis.citation(language, inferredMark: labels.inferred)
        var helpText = "\(labels.basis): \(basis)"
        var helpMarkdown = "**\(Escape.markdownCell(labels.basis))**: \(Escape.markdownCell(basis))"
        if let fix = rule.fix {
            helpText = "\(labels.fix): \(fix)\n" + helpText
            helpMarkdown = "**\(Escape.markdownCell(labels.fix))**: \(Escape.markdownCell(fix))\n\n" + helpMarkdown
        }
        var members: [(String, JSONValue)] = [
            ("id", .string(rule.id)),
            ("name", .string("\(rule.pack)/\(rule.id)")),
            ("shortDescription", .object([("text", .string(rule.title))])),
            ("fullDescription", .object([("text", .string("\(rule.title). \(labels.basis): \(basis)"))])),
            ("help", .object([("text", .string(helpText)), ("markdown", .string(helpMarkdown))])),
        ]
        if let file = rule.file, let base = options.documentationURI { members.append(("helpUri", .string(base + "/blob/main/Rules/" + Escape.uriPath(file)))) }
        members.append(("defaultConfiguration", .object([("level", .string(level(rule.severity)))])))
        members.append(("properties", .object([
            ("tags", .array(uniqueInOrder([rule.pack] + rule.tags).map(JSONValue.string))),
            ("basis", JSONValue.basis(rule.basis, language: language)),
            ("implements", .array(rule.implements.map(JSONValue.string))),
            ("examinationQuestion", .string(rule.question.rawValue)),
        ])))
        return .object(members)
    }

    static func result(
        _ finding: Finding, document: ReviewedDocument, ruleIndex: [String: Int], artifactIndex: [String: Int], extra: [(String, JSONValue)]
    ) -> JSONValue {
        var members: [(String, JSONValue)] = [("ruleId", .string(finding.ruleID))]
        if let index = ruleIndex[finding.ruleID] { members.append(("ruleIndex", .int(Int64(index)))) }
        members += [
            ("level", .string(level(finding.severity))),
            ("message", .object([("text", .string(finding.message))])),
            ("locations", .array([.object([
                ("physicalLocation", physicalLocation(
                    file: finding.file, line: finding.mark.line, column: finding.mark.column,
                    snippet: finding.excerpt.isEmpty ? nil : ExcerptWindow.capped(finding.excerpt, column: finding.mark.column), index: artifactIndex[finding.file])),
                ("logicalLocations", .array([.object([("fullyQualifiedName", .string(finding.path.description))])])),
            ])])),
            ("partialFingerprints", .object([(fingerprintKey, .string(finding.fingerprint))])),
        ]
        if !finding.related.isEmpty {
            // SARIF's own place for "the other document this disagrees with".
            members.append(("relatedLocations", .array(finding.related.enumerated().map { index, related in
                .object([
                    ("id", .int(Int64(index + 1))),
                    ("physicalLocation", physicalLocation(
                        file: related.file, line: related.mark.line, column: related.mark.column,
                        snippet: related.excerpt.isEmpty ? nil : ExcerptWindow.capped(related.excerpt, column: related.mark.column), index: artifactIndex[related.file])),
                    ("logicalLocations", .array([.object([("fullyQualifiedName", .string(related.path.description))])])),
                ])
            })))
        }
        members += extra
        var properties: [(String, JSONValue)] = [("documentId", .optional(document.result.header?.id))]
        if let fix = finding.fix { properties.append(("fix", .string(fix))) }
        if let locator = finding.locator { properties.append(("locator", .string(locator))) }
        members.append(("properties", .object(properties)))
        return .object(members)
    }

    static func physicalLocation(file: String, line: Int, column: Int, snippet: String?, index: Int?) -> JSONValue {
        var artifact: [(String, JSONValue)] = [("uri", .string(uri(file)))]
        if let index { artifact.append(("index", .int(Int64(index)))) }
        var region: [(String, JSONValue)] = [("startLine", .int(Int64(max(1, line)))), ("startColumn", .int(Int64(max(1, column))))]
        if let snippet { region.append(("snippet", .object([("text", .string(snippet))]))) }
        return .object([("artifactLocation", .object(artifact)), ("region", .object(region))])
    }

    static func notification(_ diagnostic: Diagnostic, language: Language) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("level", .string(diagnostic.severity == .error ? "error" : diagnostic.severity == .warning ? "warning" : "note")),
            ("message", .object([("text", .string(diagnostic.message(in: language.rawValue)))])),
            ("descriptor", .object([("id", .string(diagnostic.code))])),
        ]
        if let file = diagnostic.file {
            let location: JSONValue
            if let mark = diagnostic.mark {
                location = physicalLocation(file: file, line: mark.line, column: mark.column, snippet: nil, index: nil)
            } else {
                location = .object([("artifactLocation", .object([("uri", .string(uri(file)))]))])
            }
            members.append(("locations", .array([.object([("physicalLocation", location)])])))
        }
        return .object(members)
    }

    /// A file path as a URI reference: relative paths stay relative (SARIF viewers resolve them
    /// against the checkout), absolute ones become `file://` URIs.
    static func uri(_ path: String) -> String {
        path.hasPrefix("/") ? "file://" + Escape.uriPath(path) : Escape.uriPath(path)
    }

    /// The strings in order of first appearance, without repeats (SARIF tags must be unique).
    static func uniqueInOrder(_ strings: [String]) -> [String] {
        var seen = Set<String>()
        return strings.filter { seen.insert($0).inserted }
    }

    static func mimeType(_ path: String) -> String? {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".json") { return "application/json" }
        if lowered.hasSuffix(".yaml") || lowered.hasSuffix(".yml") { return "application/yaml" }
        return nil
    }
}
