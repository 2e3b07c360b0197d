import Saraptama

/// Reading the registry back: every examination (for listing, export and statistics), one
/// examination, a stored copy, and the database's own integrity check.
extension Registry {
    private static let columns = """
        id, document_id, kind, title, state_body_id, state_body_name, object_name, round, received, concluded, verdict,
        errors, warnings, infos, ruleset_name, ruleset_version, ruleset_hash, engine_version, origin, source_file,
        document_sha256, recorded_at
        """

    /// Every examination in id order, with findings when `withFindings`.
    public func examinations(withFindings: Bool = true) throws(RegistryError) -> [Examination] {
        try mapErrors(file: path) {
            // One read transaction, so examinations and findings come from the same snapshot even
            // while other processes are recording.
            try connection.transaction(.deferred) {
                var list = try connection.query("SELECT \(Self.columns) FROM examinations ORDER BY id", row: Self.examination)
                guard withFindings else { return list }
                var byExamination: [Int64: [RecordedFinding]] = [:]
                for (id, finding) in try connection.query("SELECT examination_id, rule_id, pack, severity, path, fingerprint FROM findings ORDER BY id", row: Self.finding) {
                    byExamination[id, default: []].append(finding)
                }
                for index in list.indices { list[index].findings = byExamination[list[index].id!] ?? [] }
                return list
            }
        }
    }

    /// One examination with its findings, nil when there is none with that id.
    public func examination(id: Int64) throws(RegistryError) -> Examination? {
        try mapErrors(file: path) {
            try connection.transaction(.deferred) {
                guard var found = try connection.query("SELECT \(Self.columns) FROM examinations WHERE id = ?", [.integer(id)], row: Self.examination).first else { return nil }
                found.findings = try connection.query(
                    "SELECT examination_id, rule_id, pack, severity, path, fingerprint FROM findings WHERE examination_id = ? ORDER BY id",
                    [.integer(id)], row: Self.finding
                ).map(\.1)
                return found
            }
        }
    }

    /// The stored electronic copy with this SHA-256, nil when none is stored.
    public func documentCopy(sha256: String) throws(RegistryError) -> [UInt8]? {
        try mapErrors(file: path) {
            try connection.query("SELECT content FROM documents WHERE sha256 = ?", [.text(sha256)]) { $0.blob(at: 0) }.first
        }
    }

    /// Row counts of the three tables (examinations, findings, documents).
    public func counts() throws(RegistryError) -> (examinations: Int, findings: Int, documents: Int) {
        try mapErrors(file: path) {
            try connection.transaction(.deferred) {
                func count(_ table: String) throws -> Int { Int(try connection.scalar("SELECT count(*) FROM \(table)")?.integer ?? 0) }
                return (try count("examinations"), try count("findings"), try count("documents"))
            }
        }
    }

    /// `PRAGMA integrity_check` plus `foreign_key_check`: ["ok"] for a sound database,
    /// otherwise SQLite's list of problems.
    public func integrityCheck() throws(RegistryError) -> [String] {
        try mapErrors(file: path) {
            let integrity = try connection.query("PRAGMA integrity_check") { $0.text(at: 0) }
            let foreignKeys = try connection.query("PRAGMA foreign_key_check") { "foreign key: \($0.text(at: 0)) row \($0.int64(at: 1)) → \($0.text(at: 2))" }
            return integrity == ["ok"] && foreignKeys.isEmpty ? ["ok"] : integrity.filter { $0 != "ok" } + foreignKeys
        }
    }

    /// The schema version of the open database.
    public func schemaVersion() throws(RegistryError) -> Int {
        try mapErrors(file: path) { try RegistrySchema.userVersion(connection) }
    }

    private static func examination(_ row: SQLiteStatement) throws(SQLiteError) -> Examination {
        // The schema's CHECKs guarantee these values; a row violating them means the file was
        // edited outside saraptama, which is reported as corruption rather than trusted.
        guard let kind = DocumentKind(rawValue: row.text(at: 2)), let verdict = Verdict(rawValue: row.text(at: 10)),
            let origin = Examination.Origin(rawValue: row.text(at: 18)), let received = CalendarDay.parse(row.text(at: 8)),
            let concluded = CalendarDay.parse(row.text(at: 9))
        else {
            throw SQLiteError(extendedCode: 11, message: "examination \(row.int64(at: 0)) has values the schema does not allow", context: nil)
        }
        var examination = Examination(
            documentID: row.text(at: 1), kind: kind, title: row.optionalText(at: 3), stateBodyID: row.optionalText(at: 4),
            stateBodyName: row.optionalText(at: 5), objectName: row.optionalText(at: 6), round: row.int(at: 7),
            received: received, concluded: concluded, verdict: verdict,
            counts: SeverityCounts(errors: row.int(at: 11), warnings: row.int(at: 12), infos: row.int(at: 13)),
            ruleSet: RuleSetStamp(name: row.optionalText(at: 14), version: row.optionalText(at: 15), hash: row.optionalText(at: 16)),
            engineVersion: row.optionalText(at: 17), origin: origin, sourceFile: row.optionalText(at: 19))
        examination.id = row.int64(at: 0)
        examination.documentSHA256 = row.optionalText(at: 20)
        examination.recordedAt = row.optionalText(at: 21)
        return examination
    }

    private static func finding(_ row: SQLiteStatement) throws(SQLiteError) -> (Int64, RecordedFinding) {
        guard let severity = Severity(rawValue: row.text(at: 3)) else {
            throw SQLiteError(extendedCode: 11, message: "a finding of examination \(row.int64(at: 0)) has an unknown severity", context: nil)
        }
        return (row.int64(at: 0), RecordedFinding(
            ruleID: row.text(at: 1), pack: row.optionalText(at: 2), severity: severity,
            path: row.optionalText(at: 4), fingerprint: row.optionalText(at: 5)))
    }
}
