/// Escaping for the markup languages reports are written in. Every value taken from a document
/// or a rule goes through one of these before it is written: a document that contains markup
/// must never inject it into a report.
public enum Escape {
    /// Text for HTML element content and quoted attribute values: `& < > " '` become entities,
    /// and control characters that HTML forbids are dropped.
    public static func html(_ text: String) -> String { markup(text, apostrophe: true) }

    /// Text for XML content and double-quoted attributes (JUnit): `& < > "` become entities,
    /// and characters XML 1.0 cannot hold at all (most C0 controls, U+FFFE, U+FFFF) are dropped.
    public static func xml(_ text: String) -> String { markup(text, apostrophe: false) }

    /// HTML and XML differ only in whether `'` becomes an entity.
    private static func markup(_ text: String, apostrophe: Bool) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'" where apostrophe: out += "&#39;"
            case _ where isForbiddenControl(scalar): continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Text for a cell of a Markdown table: pipes and Markdown's emphasis, code and link
    /// characters are backslash-escaped, `<`, `>` and `&` become entities (so no HTML passes
    /// through a renderer), and line breaks become `<br>`.
    public static func markdownCell(_ text: String) -> String {
        var out = ""
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "|", "\\", "`", "*", "_", "[", "]", "#", "~": out += "\\" + String(scalar)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\r": out += "<br>"
            case "\n": if !previousWasCR { out += "<br>" }
            case _ where isForbiddenControl(scalar): continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A path as a URI reference: unreserved characters and `/` kept, everything else
    /// (spaces, Cyrillic, `<`…) percent-encoded as UTF-8.
    public static func uriPath(_ path: String) -> String {
        var out = ""
        for byte in path.utf8 {
            let isUnreserved = (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
                || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E || byte == 0x2F
            if isUnreserved {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" : "") + hex
            }
        }
        return out
    }

    /// C0 controls other than tab, line feed and carriage return, and the non-characters
    /// U+FFFE/U+FFFF: not allowed in XML and meaningless in HTML.
    static func isForbiddenControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\n" && scalar != "\r") || scalar.value == 0xFFFE || scalar.value == 0xFFFF
    }
}
