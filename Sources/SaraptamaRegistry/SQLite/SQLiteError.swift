/// A failed SQLite call: SQLite's own message and its extended result code, so the cause
/// (busy, corrupt, constraint, ...) can be told apart without parsing the text.
public struct SQLiteError: Error, Sendable, CustomStringConvertible {
    /// What kind of failure, from the primary result code (`extendedCode & 0xff`).
    public enum Kind: Sendable, Equatable {
        /// Another connection holds a lock longer than the busy timeout (SQLITE_BUSY, SQLITE_LOCKED).
        case busy
        /// The file is not a database or is damaged (SQLITE_CORRUPT, SQLITE_NOTADB).
        case corrupt
        /// A UNIQUE, CHECK, NOT NULL or FOREIGN KEY constraint failed.
        case constraint
        /// The file cannot be opened, read or written (SQLITE_CANTOPEN, SQLITE_IOERR, SQLITE_READONLY, SQLITE_PERM, SQLITE_FULL).
        case io
        /// A misuse of the API by this module (bad SQL, wrong binding): a bug here, not in the input.
        case other
    }

    /// SQLite's extended result code (e.g. 2067 = SQLITE_CONSTRAINT_UNIQUE).
    public let extendedCode: Int32
    /// SQLite's message (`sqlite3_errmsg`), or what was being done when no connection exists.
    public let message: String
    /// The statement or operation that failed, for the developer.
    public let context: String?

    public init(extendedCode: Int32, message: String, context: String? = nil) {
        self.extendedCode = extendedCode
        self.message = message
        self.context = context
    }

    /// The primary result code.
    public var primaryCode: Int32 { extendedCode & 0xff }

    public var kind: Kind {
        switch primaryCode {
        case 5, 6: .busy            // SQLITE_BUSY, SQLITE_LOCKED
        case 11, 26: .corrupt       // SQLITE_CORRUPT, SQLITE_NOTADB
        case 19: .constraint        // SQLITE_CONSTRAINT
        case 3, 8, 10, 13, 14: .io  // SQLITE_PERM, SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN
        default: .other
        }
    }

    public var description: String {
        "\(message) (SQLite code \(extendedCode))" + (context.map { " in: \($0)" } ?? "")
    }
}
