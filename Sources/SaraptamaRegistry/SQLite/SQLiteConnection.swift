import CSQLite

/// One open SQLite database. Wraps the C handle so that no C type leaves this module; one
/// connection belongs to one thread at a time (it is not `Sendable`).
public final class SQLiteConnection {
    private let handle: OpaquePointer
    /// The database file.
    public let path: String

    /// How `transaction` begins: `immediate` takes the write lock at once, so a read-then-write
    /// (like computing the next round number) cannot be overtaken by another writer.
    public enum TransactionMode: String, Sendable {
        case deferred = "DEFERRED"
        case immediate = "IMMEDIATE"
    }

    /// Opens (or, with `create`, creates) the database at `path`. `busyTimeoutMilliseconds` is how
    /// long a statement waits for another process's lock before failing with `.busy`.
    /// `immutable` (read-only only) opens a file on a read-only medium: no locks, no `-shm` or
    /// `-wal` files, on the promise that nobody changes the file meanwhile.
    public init(path: String, create: Bool = true, readOnly: Bool = false, immutable: Bool = false, busyTimeoutMilliseconds: Int32 = 10_000) throws(SQLiteError) {
        var pointer: OpaquePointer?
        var flags = readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE
        if create && !readOnly { flags |= SQLITE_OPEN_CREATE }
        var name = path
        if readOnly && immutable {
            flags |= SQLITE_OPEN_URI
            name = "file:" + Self.uriEscaped(path) + "?immutable=1"
        }
        let status = sqlite3_open_v2(name, &pointer, flags, nil)
        guard status == SQLITE_OK, let pointer else {
            let message = pointer.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open the database"
            let code = pointer.map { sqlite3_extended_errcode($0) } ?? status
            if let pointer { sqlite3_close_v2(pointer) }
            throw SQLiteError(extendedCode: code, message: message, context: "open \(path)")
        }
        handle = pointer
        self.path = path
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, busyTimeoutMilliseconds)
    }

    /// A path as the path of a `file:` URI: `%`, `?` and `#` percent-encoded.
    static func uriEscaped(_ path: String) -> String {
        path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "?", with: "%3F").replacingOccurrences(of: "#", with: "%23")
    }

    deinit {
        // close_v2 defers the close until every statement is finalized, so the order in which
        // Swift releases statements and the connection does not matter.
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that return no rows (schema, pragmas, BEGIN/COMMIT).
    public func execute(_ sql: String) throws(SQLiteError) {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if status != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? String(cString: sqlite3_errmsg(handle))
            sqlite3_free(errorMessage)
            throw SQLiteError(extendedCode: sqlite3_extended_errcode(handle), message: message, context: sql)
        }
    }

    /// Compiles one statement.
    public func prepare(_ sql: String) throws(SQLiteError) -> SQLiteStatement {
        var statement: OpaquePointer?
        let status = sqlite3_prepare_v2(handle, sql, -1, &statement, nil)
        guard status == SQLITE_OK, let statement else { throw error(context: sql) }
        return SQLiteStatement(handle: statement, connection: self, sql: sql)
    }

    /// Prepares, binds and runs a statement that returns no rows.
    /// Rows changed by the last INSERT, UPDATE or DELETE.
    public var changes: Int { Int(sqlite3_changes(handle)) }

    public func run(_ sql: String, _ values: [SQLiteValue] = []) throws(SQLiteError) {
        let statement = try prepare(sql)
        try statement.bind(values)
        while try statement.step() {}
    }

    /// Every row of a query, each mapped by `row`.
    public func query<T>(_ sql: String, _ values: [SQLiteValue] = [], row: (SQLiteStatement) throws(SQLiteError) -> T) throws(SQLiteError) -> [T] {
        let statement = try prepare(sql)
        try statement.bind(values)
        var rows: [T] = []
        while try statement.step() { rows.append(try row(statement)) }
        return rows
    }

    /// The first column of the first row, or nil when there is no row.
    public func scalar(_ sql: String, _ values: [SQLiteValue] = []) throws(SQLiteError) -> SQLiteValue? {
        let statement = try prepare(sql)
        try statement.bind(values)
        return try statement.step() ? statement.value(at: 0) : nil
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws
    /// (the error is rethrown). A process killed inside leaves nothing of it: SQLite's journal
    /// undoes an uncommitted transaction when the database is next opened.
    public func transaction<T>(_ mode: TransactionMode = .immediate, _ body: () throws -> T) throws -> T {
        try execute("BEGIN \(mode.rawValue)")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// The rowid of the last inserted row on this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// The SQLite library's version, e.g. "3.40.1".
    public static var libraryVersion: String { String(cString: sqlite3_libversion()) }

    /// The error SQLite reports for the last failed call on this connection.
    func error(context: String?) -> SQLiteError {
        SQLiteError(extendedCode: sqlite3_extended_errcode(handle), message: String(cString: sqlite3_errmsg(handle)), context: context)
    }
}
