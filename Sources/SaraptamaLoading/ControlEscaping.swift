/// Shows control characters of document text as visible escapes (`\u001b`) before the text
/// reaches a terminal or a CI log. A document value is data: left raw, an ESC sequence in a
/// title could erase the line, move the cursor, set the window title or print a fake verdict.
///
/// Escaped: C0 controls (U+0000–U+001F) except tab, and line feed where the caller keeps lines;
/// DEL (U+007F); C1 controls (U+0080–U+009F, which some terminals read as ESC sequences); and
/// the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can make a
/// line read differently from what it holds.
public enum ControlEscaping {
    /// Whether `scalar` is shown escaped (line feed aside: see `escaped(_:keepingLineFeeds:)`).
    public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value != 0x09 }
        if value < 0x7F { return false }
        if value <= 0x9F { return true }
        return (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// The escape of one scalar: `\u` and four lowercase hex digits, as in JSON.
    public static func escape(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16)
        return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// `text` with every control character escaped; line feeds are kept when
    /// `keepingLineFeeds` (multi-line messages), escaped otherwise (one-line fields).
    public static func escaped(_ text: String, keepingLineFeeds: Bool = false) -> String {
        // Most texts have nothing to escape: return them without building a copy.
        guard text.unicodeScalars.contains(where: { needsEscape($0) && !(keepingLineFeeds && $0 == "\n") }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for scalar in text.unicodeScalars {
            if needsEscape(scalar) && !(keepingLineFeeds && scalar == "\n") {
                out += escape(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A source line escaped for quoting, and the padding that puts a caret under the scalar at
    /// 0-based `caretOffset` (tabs kept, an escape counted by its width).
    public static func quoted(_ scalars: some Collection<Unicode.Scalar>, caretOffset: Int) -> (text: String, caretPadding: String) {
        var text = ""
        var padding = ""
        for (index, scalar) in scalars.enumerated() {
            let shown = needsEscape(scalar) ? escape(scalar) : String(scalar)
            text += shown
            if index < caretOffset { padding += scalar == "\t" ? "\t" : String(repeating: " ", count: shown.unicodeScalars.count) }
        }
        return (text, padding)
    }
}
