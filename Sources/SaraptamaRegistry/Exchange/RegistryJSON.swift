import Saraptama

/// `registry export --format json`: every examination with every field and finding (paths and
/// fingerprints included, which the CSV leaves out); copies are named by SHA-256, not embedded.
public enum RegistryJSON {
    public static let formatVersion: Int64 = 1

    public static func render(_ examinations: [Examination], schemaVersion: Int) -> String {
        func text(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        return JSONValue.object([
            ("format", .string("saraptama-registry")),
            ("format_version", .int(formatVersion)),
            ("schema_version", .int(Int64(schemaVersion))),
            ("examinations", .array(examinations.map { examination in
                .object([
                    ("id", examination.id.map(JSONValue.int) ?? .null),
                    ("document_id", .string(examination.documentID)),
                    ("kind", .string(examination.kind.rawValue)),
                    ("title", text(examination.title)),
                    ("state_body", .object([("id", text(examination.stateBodyID)), ("name", text(examination.stateBodyName))])),
                    ("object", text(examination.objectName)),
                    ("round", examination.round.map { .int(Int64($0)) } ?? .null),
                    ("received", .string(CalendarDay.format(examination.received))),
                    ("concluded", .string(CalendarDay.format(examination.concluded))),
                    ("verdict", .string(examination.verdict.rawValue)),
                    ("counts", .object([
                        ("error", .int(Int64(examination.counts.errors))), ("warning", .int(Int64(examination.counts.warnings))),
                        ("info", .int(Int64(examination.counts.infos))),
                    ])),
                    ("ruleset", .object([("name", text(examination.ruleSet.name)), ("version", text(examination.ruleSet.version)), ("hash", text(examination.ruleSet.hash))])),
                    ("engine_version", text(examination.engineVersion)),
                    ("origin", .string(examination.origin.rawValue)),
                    ("source_file", text(examination.sourceFile)),
                    ("document_sha256", text(examination.documentSHA256)),
                    ("recorded_at", text(examination.recordedAt)),
                    ("findings", .array(examination.findings.map { finding in
                        .object([
                            ("rule", .string(finding.ruleID)), ("pack", .string(RulePacks.pack(of: finding))),
                            ("severity", .string(finding.severity.rawValue)), ("path", text(finding.path)), ("fingerprint", text(finding.fingerprint)),
                        ])
                    })),
                ])
            })),
        ]).text(indent: 2) + "\n"
    }
}
