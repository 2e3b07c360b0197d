import Foundation
import Saraptama
import SaraptamaLoading

extension Registry {
    /// Writes the lossless dump (`RegistryDump`) in pieces to `write`, so that a registry of
    /// many stored copies is never one string in memory.
    public func dump(_ write: (String) -> Void) throws(RegistryError) {
        write(RegistryDump.header(schemaVersion: try schemaVersion()))
        for table in RegistryDump.tables {
            try mapErrors(file: path) {
                let statement = try connection.prepare("SELECT * FROM \(table) ORDER BY rowid")
                let columns = (0..<statement.columnCount).map { statement.columnName(at: $0) }
                while try statement.step() {
                    write(RegistryDump.line(table: table, columns: columns, values: (0..<statement.columnCount).map { statement.value(at: $0) }))
                }
            }
        }
    }

    /// Restores a dump into this registry, which must be empty, in one transaction (all or
    /// nothing). Rows keep their ids, times and copies. Returns the number of rows per table.
    @discardableResult
    public func restore(dumpAt file: String) throws(RegistryError) -> [String: Int] {
        guard let lines = LineReader(path: file, maxLineBytes: RegistryDump.maxLineBytes) else {
            throw RegistryError(.io, "cannot read the file", file: file)
        }
        guard case .line(let first) = lines.next(), let header = try? JSONSerialization.jsonObject(with: Data(first)) as? [String: Any],
            header["format"] as? String == RegistryDump.format
        else { throw RegistryError(.badDump, "not a registry dump (the first line names the format \(RegistryDump.format))", file: file) }
        guard (header["format_version"] as? NSNumber)?.int64Value == RegistryDump.formatVersion else {
            throw RegistryError(.badDump, "dump format version \(header["format_version"] ?? "?") is unknown here (this saraptama reads \(RegistryDump.formatVersion))", file: file)
        }
        let version = try schemaVersion()
        guard (header["schema_version"] as? NSNumber)?.intValue == version else {
            throw RegistryError(.badDump, "the dump has schema version \(header["schema_version"] ?? "?"), this registry \(version); restore it with the saraptama that wrote it", file: file)
        }
        return try mapErrors(file: path) {
            try connection.transaction(.immediate) {
                for table in RegistryDump.tables where try connection.scalar("SELECT count(*) FROM \(table)")?.integer != 0 {
                    throw RegistryError(.badDump, "the registry is not empty (table \(table) has rows); restore a dump into a new registry", file: path)
                }
                var known: [String: Set<String>] = [:]
                for table in RegistryDump.tables {
                    known[table] = Set(try connection.query("SELECT name FROM pragma_table_info(?)", [.text(table)]) { $0.text(at: 0) })
                }
                var counts: [String: Int] = [:]
                var number = 1
                while true {
                    number += 1
                    switch lines.next() {
                    case .end: return counts
                    case .tooLong:
                        throw RegistryError(.badDump, "line \(number) is longer than \(RegistryDump.maxLineBytes) bytes", file: file)
                    case .failed(let reason):
                        throw RegistryError(.io, "cannot read the file: \(reason)", file: file)
                    case .line(let bytes):
                        if bytes.isEmpty { continue }
                        let row: (table: String, columns: [String], values: [SQLiteValue])
                        switch RegistryDump.row(bytes) {
                        case .success(let parsed): row = parsed
                        case .failure(let problem): throw RegistryError(.badDump, "line \(number): \(problem.reason)", file: file)
                        }
                        guard let columns = known[row.table] else {
                            throw RegistryError(.badDump, "line \(number): unknown table '\(row.table)'", file: file)
                        }
                        if let unknown = row.columns.first(where: { !columns.contains($0) }) {
                            throw RegistryError(.badDump, "line \(number): table \(row.table) has no column '\(unknown)'", file: file)
                        }
                        let names = row.columns.map { "\"\($0)\"" }.joined(separator: ", ")
                        let slots = Array(repeating: "?", count: row.columns.count).joined(separator: ", ")
                        try connection.run("INSERT INTO \(row.table) (\(names)) VALUES (\(slots))", row.values)
                        counts[row.table, default: 0] += 1
                    }
                }
            }
        }
    }
}
