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

    /// One field, quoted when it needs to be (RFC 4180: a comma, a double quote, CR or LF
    /// anywhere in it, CRLF included), and neutralised when a spreadsheet would run it as a
    /// formula (see `neutralised`).
    public static func escape(_ field: String) -> String {
        let field = neutralised(field)
        // By scalars: "\r\n" is one Character, equal to neither "\r" nor "\n".
        guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Characters that make a spreadsheet read a cell as a formula when they start it (OWASP:
    /// "CSV injection"): `=`, `+`, `-`, `@`, tab and carriage return.
    static let formulaPrefixes: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// `field` with a `'` in front when it starts (after any `'`) with a formula prefix and is
    /// not a plain number (`-5`, `+7.5` stay numbers). Spreadsheets show the `'` as text, not as
    /// part of the value; `restored` removes it on import, so export → import is lossless: a
    /// value that itself starts with `'` and a formula prefix gets one more `'`.
    public static func neutralised(_ field: String) -> String {
        guard let first = field.unicodeScalars.first(where: { $0 != "'" }), formulaPrefixes.contains(first), !isNumber(field) else { return field }
        return "'" + field
    }

    /// The inverse of `neutralised`, for import.
    public static func restored(_ field: String) -> String {
        guard field.hasPrefix("'"), let first = field.unicodeScalars.first(where: { $0 != "'" }), formulaPrefixes.contains(first), !isNumber(String(field.dropFirst())) else { return field }
        return String(field.dropFirst())
    }

    private static func isNumber(_ field: String) -> Bool {
        var scalars = Substring(field).unicodeScalars[...]
        if let sign = scalars.first, sign == "-" || sign == "+" { scalars = scalars.dropFirst() }
        guard let first = scalars.first, ("0"..."9").contains(first) else { return false }
        var seenPoint = false
        for scalar in scalars {
            if scalar == "." && !seenPoint { seenPoint = true; continue }
            guard ("0"..."9").contains(scalar) else { return false }
        }
        return scalars.last != "."
    }

    /// A record as one line (LF-terminated).
    public static func line(_ fields: [String]) -> String {
        fields.map(escape).joined(separator: ",") + "\n"
    }
}
