import Foundation
import Saraptama

/// The examination registry: a SQLite database of examinations, their findings and the stored
/// electronic copies of the documents. Opening it applies pending schema migrations.
///
/// Several processes may record at once: the database is in WAL mode, waits for locks up to a
/// busy timeout, and every recording is one `BEGIN IMMEDIATE` transaction, so a process killed
/// mid-write leaves either the whole examination or nothing of it.
public final class Registry {
    /// The database file a command uses when no `--registry` is given (in the working folder).
    public static let defaultPath = "saraptama.db"

    /// Rounds beyond this are input errors (and keep "the next round" from overflowing).
    public static let maximumRound = 10_000

    public let path: String
    let connection: SQLiteConnection

    /// Whether this registry was opened for reading only.
    public let isReadOnly: Bool

    /// Opens or creates the registry at `path`. `busyTimeoutMilliseconds` is how long to wait for
    /// other processes' locks before failing with `registry-busy`.
    ///
    /// `readOnly` opens an existing registry for reading (list, show, export, stats) without
    /// writing to it, not even its `-shm` file: on a read-only medium, or where the folder is not
    /// writable, the file is opened immutable. A file that is not a Saraptama registry (another
    /// application's SQLite database) is refused with `registry-not-a-registry` and left as it is.
    public init(path: String, create: Bool = true, readOnly: Bool = false, busyTimeoutMilliseconds: Int32 = 30_000) throws(RegistryError) {
        self.path = path
        isReadOnly = readOnly
        if !create || readOnly, !FileManager.default.fileExists(atPath: path) {
            throw RegistryError(.open, "no registry at '\(path)' (record an examination or import a CSV first, or give --registry PATH)", file: path)
        }
        if readOnly {
            let folder = (path as NSString).deletingLastPathComponent
            let writable = access(path, W_OK) == 0 && access(folder.isEmpty ? "." : folder, W_OK) == 0
            connection = try mapErrors(file: path) { try SQLiteConnection(path: path, readOnly: true, immutable: !writable, busyTimeoutMilliseconds: busyTimeoutMilliseconds) }
            try RegistrySchema.checkIdentity(connection, file: path)
            try RegistrySchema.checkReadable(connection, file: path)
            return
        }
        connection = try mapErrors(file: path) { try SQLiteConnection(path: path, create: create, busyTimeoutMilliseconds: busyTimeoutMilliseconds) }
        // Before anything writes (switching to WAL rewrites the header): never alter a stranger's file.
        try RegistrySchema.checkIdentity(connection, file: path)
        try mapErrors(file: path) {
            try Self.enableWAL(connection, timeoutMilliseconds: busyTimeoutMilliseconds)
            // FULL: a commit is on disk before it returns, so a recorded examination survives a power
            // loss too; foreign keys keep findings from pointing at missing examinations.
            try connection.execute("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON")
        }
        try RegistrySchema.migrate(connection, file: path)
    }

    /// Switching to WAL needs a moment of exclusive access, for which SQLite does not always wait:
    /// when several processes create a registry at once, retry until the busy timeout.
    private static func enableWAL(_ connection: SQLiteConnection, timeoutMilliseconds: Int32) throws(SQLiteError) {
        var waited: Int32 = 0
        while true {
            do {
                if try connection.scalar("PRAGMA journal_mode")?.text?.lowercased() == "wal" { return }
                _ = try connection.scalar("PRAGMA journal_mode = WAL")
                return
            } catch {
                guard error.kind == .busy, waited < timeoutMilliseconds else { throw error }
                usleep(20_000)
                waited += 20
            }
        }
    }

    /// Records one examination in one transaction: its row (with the next round number when
    /// `examination.round` is nil), its findings, and the document's copy (stored once per
    /// SHA-256). Returns the examination as stored (id, round, copy hash, time).
    @discardableResult
    public func record(_ examination: Examination, copy: [UInt8]? = nil) throws(RegistryError) -> Examination {
        try Self.validate(examination, file: path)
        return try mapErrors(file: path) {
            try connection.transaction(.immediate) { try insert(examination, copy: copy, testHook: true) }
        }
    }

    /// Imports examinations (historical records) all or nothing, in one transaction. Rows that
    /// the database refuses (a round that exists already) are all reported, with their lines.
    @discardableResult
    public func importExaminations(_ rows: [(line: Int, examination: Examination)], file: String) throws(RegistryError) -> [Examination] {
        try mapErrors(file: path) {
            try connection.transaction(.immediate) {
                var stored: [Examination] = []
                var problems: [RegistryError.Problem] = []
                for (line, examination) in rows {
                    do {
                        try Self.validate(examination, file: file)
                        stored.append(try insert(examination, copy: nil, testHook: false))
                    } catch let error as SQLiteError where error.kind == .constraint {
                        // A failed INSERT undoes only itself, so the other rows can still be checked.
                        problems.append(.init(line: line, message: "document '\(examination.documentID)' already has round \(examination.round.map(String.init) ?? "?") in the registry"))
                    } catch let error as RegistryError {
                        problems.append(.init(line: line, message: error.message))
                    }
                }
                guard problems.isEmpty else {
                    throw RegistryError(.badCSV, "\(problems.count) row(s) cannot be imported; nothing was imported", file: file, problems: problems)
                }
                return stored
            }
        }
    }

    /// Refuses what the schema's CHECKs would refuse, with a message a person can act on.
    static func validate(_ examination: Examination, file: String?) throws(RegistryError) {
        if examination.documentID.isEmpty {
            throw RegistryError(.badExamination, "the document id is empty", file: file)
        }
        if examination.concluded < examination.received {
            throw RegistryError(.badExamination, "'\(examination.documentID)': concluded \(CalendarDay.format(examination.concluded)) is before received \(CalendarDay.format(examination.received))", file: file)
        }
        if let round = examination.round, !(1...Registry.maximumRound).contains(round) {
            throw RegistryError(.badExamination, "'\(examination.documentID)': round must be 1 to \(Registry.maximumRound), not \(round)", file: file)
        }
    }

    private func insert(_ examination: Examination, copy: [UInt8]?, testHook: Bool) throws -> Examination {
        var stored = examination
        if stored.round == nil {
            let last = try connection.scalar("SELECT coalesce(max(round), 0) FROM examinations WHERE document_id = ?", [.text(examination.documentID)])
            stored.round = Int(last?.integer ?? 0) + 1
        }
        if let copy {
            let hash = SHA256.hex(of: copy)
            try connection.run("INSERT OR IGNORE INTO documents (sha256, size, content) VALUES (?, ?, ?)", [.text(hash), .integer(Int64(copy.count)), .blob(copy)])
            stored.documentSHA256 = hash
        }
        stored.recordedAt = Self.timestamp()
        try connection.run("""
            INSERT INTO examinations (document_id, kind, title, state_body_id, state_body_name, object_name, round, received,
                concluded, verdict, errors, warnings, infos, ruleset_name, ruleset_version, ruleset_hash, engine_version, origin,
                source_file, document_sha256, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [
                .text(stored.documentID), .text(stored.kind.rawValue), .text(stored.title), .text(stored.stateBodyID),
                .text(stored.stateBodyName), .text(stored.objectName), .integer(stored.round), .text(CalendarDay.format(stored.received)),
                .text(CalendarDay.format(stored.concluded)), .text(stored.verdict.rawValue), .integer(stored.counts.errors),
                .integer(stored.counts.warnings), .integer(stored.counts.infos), .text(stored.ruleSet.name), .text(stored.ruleSet.version),
                .text(stored.ruleSet.hash), .text(stored.engineVersion), .text(stored.origin.rawValue), .text(stored.sourceFile),
                .text(stored.documentSHA256), .text(stored.recordedAt),
            ])
        stored.id = connection.lastInsertRowID
        let insertFinding = try connection.prepare("INSERT INTO findings (examination_id, rule_id, pack, severity, path, fingerprint) VALUES (?, ?, ?, ?, ?, ?)")
        for (index, finding) in stored.findings.enumerated() {
            insertFinding.reset()
            try insertFinding.bind([.integer(stored.id!), .text(finding.ruleID), .text(finding.pack), .text(finding.severity.rawValue), .text(finding.path), .text(finding.fingerprint)])
            try insertFinding.step()
            if testHook, index == 0 { TestHook.pauseInsideTransaction() }
        }
        if testHook, stored.findings.isEmpty { TestHook.pauseInsideTransaction() }
        return stored
    }

    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: Date())
    }
}

/// A hidden hook for the crash test: when `SARAPTAMA_REGISTRY_TEST_PAUSE` names a file, a
/// recording writes that file from inside its transaction (after the examination row and its
/// first finding) and then sleeps, so the test can kill the process at a known point without
/// relying on timing. Not documented to users; does nothing when the variable is unset.
enum TestHook {
    static func pauseInsideTransaction() {
        guard let marker = ProcessInfo.processInfo.environment["SARAPTAMA_REGISTRY_TEST_PAUSE"], !marker.isEmpty else { return }
        _ = FileManager.default.createFile(atPath: marker, contents: Data("inside the transaction\n".utf8))
        sleep(600)
    }
}
