/// The registry's schema as ordered migrations. The database's `PRAGMA user_version` is the
/// number of migrations applied; opening runs the missing ones, each in its own transaction,
/// so a database is always at some complete version. Never edit a shipped migration: append one.
enum RegistrySchema {
    struct Migration {
        let version: Int
        let name: String
        let sql: String
    }

    static let migrations: [Migration] = [
        Migration(version: 1, name: "examinations, findings, documents", sql: """
            CREATE TABLE documents (
                sha256 TEXT PRIMARY KEY CHECK (length(sha256) = 64),
                size INTEGER NOT NULL CHECK (size >= 0),
                content BLOB NOT NULL
            );
            CREATE TABLE examinations (
                id INTEGER PRIMARY KEY,
                document_id TEXT NOT NULL CHECK (document_id <> ''),
                kind TEXT NOT NULL CHECK (kind IN ('technical_assignment', 'investment_proposal', 'feasibility_study')),
                title TEXT,
                state_body_id TEXT,
                state_body_name TEXT,
                object_name TEXT,
                round INTEGER NOT NULL CHECK (round >= 1),
                received TEXT NOT NULL CHECK (received GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
                concluded TEXT NOT NULL CHECK (concluded GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]' AND concluded >= received),
                verdict TEXT NOT NULL CHECK (verdict IN ('positive', 'negative', 'inconclusive')),
                errors INTEGER NOT NULL DEFAULT 0 CHECK (errors >= 0),
                warnings INTEGER NOT NULL DEFAULT 0 CHECK (warnings >= 0),
                infos INTEGER NOT NULL DEFAULT 0 CHECK (infos >= 0),
                ruleset_name TEXT,
                ruleset_version TEXT,
                ruleset_hash TEXT,
                engine_version TEXT,
                origin TEXT NOT NULL CHECK (origin IN ('check', 'report', 'import')),
                source_file TEXT,
                document_sha256 TEXT REFERENCES documents(sha256),
                recorded_at TEXT NOT NULL,
                UNIQUE (document_id, round)
            );
            CREATE INDEX examinations_concluded ON examinations(concluded);
            CREATE INDEX examinations_document_sha256 ON examinations(document_sha256);
            CREATE TABLE findings (
                id INTEGER PRIMARY KEY,
                examination_id INTEGER NOT NULL REFERENCES examinations(id) ON DELETE CASCADE,
                rule_id TEXT NOT NULL CHECK (rule_id <> ''),
                pack TEXT,
                severity TEXT NOT NULL CHECK (severity IN ('error', 'warning', 'info')),
                path TEXT,
                fingerprint TEXT
            );
            CREATE INDEX findings_examination ON findings(examination_id);
            CREATE INDEX findings_rule ON findings(rule_id);
            """),
        Migration(version: 2, name: "issued conclusions", sql: """
            CREATE TABLE conclusions (
                examination_id INTEGER PRIMARY KEY REFERENCES examinations(id) ON DELETE CASCADE,
                format TEXT NOT NULL CHECK (format IN ('docx')),
                number TEXT,
                size INTEGER NOT NULL CHECK (size >= 0),
                content BLOB NOT NULL
            );
            """),
        // The service (`saraptama serve`): expert accounts, and what an expert recorded at intake
        // beside the examination (incoming number, who recorded and who approved the conclusion).
        Migration(version: 3, name: "accounts, intake", sql: """
            CREATE TABLE accounts (
                name TEXT PRIMARY KEY CHECK (name <> ''),
                role TEXT NOT NULL CHECK (role IN ('expert', 'head', 'viewer')),
                password_hash TEXT NOT NULL,
                disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
                created_at TEXT NOT NULL
            );
            CREATE TABLE intake (
                examination_id INTEGER PRIMARY KEY REFERENCES examinations(id) ON DELETE CASCADE,
                incoming_number TEXT,
                recorded_by TEXT,
                approved_by TEXT,
                approved_at TEXT
            );
            """),
        // Signed-in sessions of the service, so that a restart does not sign everyone out. Only
        // the SHA-256 of a session's token is kept: the database never holds a usable session
        // secret. The CSRF key stays too, so forms and API clients keep working across a restart
        // (alone it forges nothing: a token is a MAC of the visitor's HttpOnly cookie).
        Migration(version: 4, name: "sessions, service keys", sql: """
            CREATE TABLE sessions (
                token_sha256 TEXT PRIMARY KEY CHECK (length(token_sha256) = 64),
                account TEXT NOT NULL REFERENCES accounts(name) ON DELETE CASCADE,
                role TEXT NOT NULL CHECK (role IN ('expert', 'head', 'viewer')),
                expires INTEGER NOT NULL
            );
            CREATE INDEX sessions_account ON sessions(account);
            CREATE TABLE service_keys (
                name TEXT PRIMARY KEY,
                key BLOB NOT NULL CHECK (length(key) >= 32)
            );
            """),
    ]

    /// `PRAGMA application_id` of a Saraptama registry: "SRPT" in ASCII. Set by `migrate`.
    static let applicationID: Int64 = 0x5352_5054

    /// Refuses a database that is not a Saraptama registry, before anything is written to it:
    /// one with another application's id, or, without an id, one that has tables but not ours
    /// (registries made before the id was set have `user_version` ≥ 1 and an `examinations`
    /// table). A new, empty database passes.
    static func checkIdentity(_ connection: SQLiteConnection, file: String) throws(RegistryError) {
        // Read in one transaction, so the three answers come from one snapshot: another process
        // may be creating the registry (setting the id, then migrating) between them.
        let (id, version, names) = try mapErrors(file: file) {
            try connection.transaction(.deferred) {
                (try connection.scalar("PRAGMA application_id")?.integer ?? 0, try userVersion(connection),
                 try connection.query("SELECT name FROM sqlite_master WHERE type = 'table'") { $0.text(at: 0) })
            }
        }
        let tables = Set(names)
        if id == applicationID { return }
        if id == 0 && tables.isEmpty && version == 0 { return }
        if id == 0 && version >= 1 && tables.isSuperset(of: ["examinations", "findings", "documents"]) { return }
        let what = id != 0 ? String(format: "application id 0x%08X", id) : "tables \(tables.sorted().prefix(5).joined(separator: ", "))"
        throw RegistryError(.notARegistry, "the file is an SQLite database but not a Saraptama registry (\(what)); it was left unchanged — give --registry a registry's path or a new file", file: file)
    }

    /// A registry opened read-only cannot be migrated: it must be at the current version.
    static func checkReadable(_ connection: SQLiteConnection, file: String) throws(RegistryError) {
        let version = try mapErrors(file: file) { try userVersion(connection) }
        if version > latestVersion {
            throw RegistryError(.schemaTooNew, "the registry has schema version \(version); this saraptama knows versions up to \(latestVersion) — use a newer saraptama", file: file)
        }
        if version < latestVersion {
            throw RegistryError(.open, "the registry has schema version \(version) and is opened read-only, so it cannot be upgraded to \(latestVersion); record into it once where it is writable", file: file)
        }
    }

    /// The version a database has after every migration.
    static var latestVersion: Int { migrations.last?.version ?? 0 }

    /// Brings the database up to `latestVersion`. Safe when several processes open a new
    /// database at once: the version is re-read inside each write transaction, so a migration
    /// another process has just applied is skipped.
    static func migrate(_ connection: SQLiteConnection, file: String) throws(RegistryError) {
        let current = try mapErrors(file: file) { try userVersion(connection) }
        guard current <= latestVersion else {
            throw RegistryError(.schemaTooNew, "the registry has schema version \(current); this saraptama knows versions up to \(latestVersion) — use a newer saraptama", file: file)
        }
        if try mapErrors(file: file, { try connection.scalar("PRAGMA application_id")?.integer ?? 0 }) != applicationID {
            try mapErrors(file: file) { try connection.execute("PRAGMA application_id = \(applicationID)") }
        }
        for migration in migrations where migration.version > current {
            try mapErrors(file: file) {
                try connection.transaction(.immediate) {
                    guard try userVersion(connection) < migration.version else { return }
                    try connection.execute(migration.sql)
                    try connection.execute("PRAGMA user_version = \(migration.version)")
                }
            }
        }
    }

    static func userVersion(_ connection: SQLiteConnection) throws(SQLiteError) -> Int {
        Int(try connection.scalar("PRAGMA user_version")?.integer ?? 0)
    }
}
