/// A registry failure the user can act on: a stable code (`registry-…`, listed in the README),
/// a message, and where applicable the file and line. The CLI prints it and exits with code 2.
public struct RegistryError: Error, Sendable, CustomStringConvertible {
    /// Stable codes; the README's diagnostic table lists them.
    public enum Code: String, Sendable, CaseIterable {
        /// The database file cannot be opened, created, read or written.
        case open = "registry-open"
        /// Another process held the database longer than the busy timeout.
        case busy = "registry-busy"
        /// The file is not a SQLite database or is damaged.
        case corrupt = "registry-corrupt"
        /// The file is an SQLite database of another application (refused, left unchanged).
        case notARegistry = "registry-not-a-registry"
        /// A lossless dump cannot be imported: not a dump, an unknown version, or the registry is not empty.
        case badDump = "registry-bad-dump"
        /// The database was written by a newer saraptama (its schema version is unknown here).
        case schemaTooNew = "registry-schema-too-new"
        /// No examination with the requested id.
        case notFound = "registry-not-found"
        /// An import file is not valid: bad CSV syntax or bad rows (all listed).
        case badCSV = "registry-bad-csv"
        /// A saved report is not a saraptama JSON report (or is of an unknown version).
        case badReport = "registry-bad-report"
        /// An examination's data is inconsistent (e.g. concluded before it was received).
        case badExamination = "registry-bad-examination"
        /// The working-day calendar file is missing or malformed.
        case badCalendar = "registry-bad-calendar"
        /// A file cannot be read or written (import, export, stored copy).
        case io = "registry-io"
        /// SQLite failed in a way that is not the input's fault.
        case sqlite = "registry-sqlite"
    }

    /// One problem at a place of an input file (a CSV line, a report's line:column).
    public struct Problem: Sendable, Equatable, CustomStringConvertible {
        public let line: Int?
        public let column: Int?
        public let message: String

        public init(line: Int?, column: Int? = nil, message: String) {
            self.line = line
            self.column = column
            self.message = message
        }

        public var description: String {
            switch (line, column) {
            case let (line?, column?): "\(line):\(column): \(message)"
            case let (line?, nil): "line \(line): \(message)"
            default: message
            }
        }
    }

    public let code: Code
    public let message: String
    /// The file concerned, when there is one.
    public let file: String?
    /// Every problem found (bad CSV rows, bad report fields), in file order.
    public let problems: [Problem]

    public init(_ code: Code, _ message: String, file: String? = nil, problems: [Problem] = []) {
        self.code = code
        self.message = message
        self.file = file
        self.problems = problems
    }

    /// Maps a SQLite failure to a stable code.
    public init(_ error: SQLiteError, file: String?) {
        switch error.kind {
        case .busy:
            self.init(.busy, "the registry is locked by another process (waited for the busy timeout): \(error.message)", file: file)
        case .corrupt:
            self.init(.corrupt, "not a registry database or a damaged one: \(error.message)", file: file)
        case .io:
            self.init(.open, "cannot open or write the registry: \(error.message)", file: file)
        case .constraint, .other:
            self.init(.sqlite, error.description, file: file)
        }
    }

    /// `file: error: code: message`, then one line per problem (`file:line: ...`).
    public var description: String {
        var lines = ["\(file.map { "\($0): " } ?? "")error: \(code.rawValue): \(message)"]
        for problem in problems {
            let place = [file, problem.line.map(String.init), problem.column.map(String.init)].compactMap { $0 }.joined(separator: ":")
            lines.append("\(place.isEmpty ? "" : place + ": ")error: \(code.rawValue): \(problem.message)")
        }
        return lines.joined(separator: "\n")
    }
}

/// Runs SQLite work and maps its errors to `RegistryError`s with stable codes.
func mapErrors<T>(file: String?, _ body: () throws -> T) throws(RegistryError) -> T {
    do {
        return try body()
    } catch let error as RegistryError {
        throw error
    } catch let error as SQLiteError {
        throw RegistryError(error, file: file)
    } catch {
        throw RegistryError(.sqlite, "\(error)", file: file)
    }
}
