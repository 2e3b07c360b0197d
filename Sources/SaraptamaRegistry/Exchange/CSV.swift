import Foundation

/// RFC 4180 CSV: comma-separated fields, fields with commas, quotes or line breaks in double
/// quotes, quotes doubled. Reading keeps the line each record starts on, so problems can name it.
public enum CSV {
    /// One record and the 1-based line it starts on.
    public struct Record: Sendable, Equatable {
        public let line: Int
        public let fields: [String]

        public init(line: Int, fields: [String]) {
            self.line = line
            self.fields = fields
        }
    }

    /// Parses `text` into records. Blank lines are skipped; a UTF-8 byte order mark is ignored;
    /// CRLF and LF both end records. Syntax errors (a quote inside an unquoted field, text after a
    /// closing quote, an unclosed quote) are collected with their lines.
    public static func parse(_ text: String) -> (records: [Record], problems: [RegistryError.Problem]) {
        var records: [Record] = []
        var problems: [RegistryError.Problem] = []
        var fields: [String] = []
        var field = ""
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var wasQuoted = false
        var afterQuote = false
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }

        func endField() {
            fields.append(field)
            field = ""
            wasQuoted = false
            afterQuote = false
        }
        func endRecord() {
            endField()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
        }

        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if inQuotes {
                if scalar == "\"" {
                    if index < scalars.count, scalars[index] == "\"" {
                        field.unicodeScalars.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                        afterQuote = true
                    }
                } else {
                    if scalar == "\n" { line += 1 }
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case ",":
                endField()
            case "\r" where index < scalars.count && scalars[index] == "\n":
                continue
            case "\n", "\r":
                endRecord()
                line += 1
                recordLine = line
            case "\"":
                if field.isEmpty && !wasQuoted && !afterQuote {
                    inQuotes = true
                    wasQuoted = true
                } else {
                    problems.append(.init(line: line, message: "a double quote inside an unquoted field (quote the whole field and double the quote)"))
                    field.unicodeScalars.append(scalar)
                }
            default:
                if afterQuote {
                    problems.append(.init(line: line, message: "text after the closing quote of a field"))
                    afterQuote = false
                }
                field.unicodeScalars.append(scalar)
            }
        }
        if inQuotes { problems.append(.init(line: recordLine, message: "a quoted field is not closed before the end of the file")) }
        if !fields.isEmpty || !field.isEmpty || wasQuoted { endRecord() }
        return (records, problems)
    }

    /// One field, quoted when it needs to be.
    public static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A record as one line (LF-terminated).
    public static func line(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",") + "\n"
    }
}
