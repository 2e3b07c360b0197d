import Foundation
import Saraptama

/// The lossless form of a registry (`registry export --format jsonl`, read back by `registry
/// import`): JSON Lines, one header line, then one line per row of every table in a fixed order
/// (documents, examinations, findings, issued conclusions, accounts, intake, sessions, service keys; each by rowid), every column with its stored type —
/// stored copies included. Exporting, importing into a new registry and exporting again gives
/// the same bytes.
///
///     {"format":"saraptama-registry-dump","format_version":1,"schema_version":1}
///     {"table":"documents","values":{"sha256":"…","size":1234,"content":{"base64":"…"}}}
///
/// Values: null; an integer as a JSON number; text as a JSON string (any character, NUL
/// included, escaped); a blob as `{"base64": …}`; a real as `{"real": "…"}` (17 significant digits).
public enum RegistryDump {
    public static let format = "saraptama-registry-dump"
    public static let formatVersion: Int64 = 1
    /// Tables in the order rows are written and restored (referenced tables first).
    static let tables = ["documents", "examinations", "findings", "conclusions", "accounts", "intake", "sessions", "service_keys"]
    /// The longest line read back (a stored copy of 16 MiB is about 22 MiB of base64).
    public static let maxLineBytes = 64 << 20

    /// Whether `prefix` (the first bytes of a file) is a dump's header.
    public static func looksLikeDump(_ prefix: [UInt8]) -> Bool {
        String(decoding: prefix.prefix(200), as: UTF8.self).contains("\"\(format)\"")
    }

    static func header(schemaVersion: Int) -> String {
        JSONValue.object([
            ("format", .string(format)), ("format_version", .int(formatVersion)), ("schema_version", .int(Int64(schemaVersion))),
        ]).text() + "\n"
    }

    static func line(table: String, columns: [String], values: [SQLiteValue]) -> String {
        let members: [(String, JSONValue)] = zip(columns, values).map { column, value in
            switch value {
            case .null: (column, .null)
            case .integer(let number): (column, .int(number))
            case .text(let text): (column, .string(text))
            case .blob(let bytes): (column, .object([("base64", .string(Data(bytes).base64EncodedString()))]))
            case .real(let number): (column, .object([("real", .string(String(format: "%.17g", number)))]))
            }
        }
        return JSONValue.object([("table", .string(table)), ("values", .object(members))]).text() + "\n"
    }

    /// One row of a dump line: its table, column names and values; nil with a reason when the
    /// line is not a row.
    struct RowProblem: Error { let reason: String }

    static func row(_ line: [UInt8]) -> Result<(table: String, columns: [String], values: [SQLiteValue]), RowProblem> {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
            let table = object["table"] as? String, let values = object["values"] as? [String: Any]
        else { return .failure(RowProblem(reason: "not a row of a registry dump ({\"table\": …, \"values\": {…}})")) }
        var columns: [String] = [], decoded: [SQLiteValue] = []
        for (column, value) in values.sorted(by: { $0.key < $1.key }) {
            columns.append(column)
            switch value {
            case is NSNull: decoded.append(.null)
            case let text as String: decoded.append(.text(text))
            case let number as NSNumber:
                guard let exact = Int64(exactly: number) else { return .failure(RowProblem(reason: "column '\(column)': a bare number is a whole number (reals are {\"real\": …})")) }
                decoded.append(.integer(exact))
            case let wrapped as [String: Any]:
                if let base64 = wrapped["base64"] as? String, let data = Data(base64Encoded: base64) {
                    decoded.append(.blob(Array(data)))
                } else if let text = wrapped["real"] as? String, let number = Double(text) {
                    decoded.append(.real(number))
                } else {
                    return .failure(RowProblem(reason: "column '\(column)': an object value is {\"base64\": …} or {\"real\": …}"))
                }
            default: return .failure(RowProblem(reason: "column '\(column)': a value is null, a whole number, a string or an object"))
            }
        }
        return .success((table, columns, decoded))
    }
}
