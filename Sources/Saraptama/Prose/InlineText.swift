/// Turns inline Markdown into plain text: the words stay, the markup goes. Rules compare words
/// (`section_text(...).contains(...)`), so `**не** предусмотрено` must read «не предусмотрено».
///
/// Handled: backslash escapes, code spans (kept verbatim), links and images (their text), autolinks,
/// HTML tags (`<br>` becomes a space), emphasis and strikethrough markers. An underscore between
/// two letters or digits is a character of the word (`trial_operation`), not emphasis.
enum InlineText {
    static func plain(_ raw: String) -> String {
        let scalars = Array(raw.unicodeScalars)
        // An array, not a String.UnicodeScalarView: appending a slice to the view copies the
        // whole text so far, which made a line of many code spans quadratic.
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var index = 0
        let count = scalars.count
        // Where the next `]`, `)` and `>` are: remembered, so that a text of ten thousand
        // unclosed brackets is scanned once, not once per bracket.
        var next = NextScalar(scalars)
        var failedCodeWidths: Set<Int> = []
        while index < count {
            let scalar = scalars[index]
            switch scalar {
            case "\\":
                if index + 1 < count, scalars[index + 1].isASCII, isPunctuation(scalars[index + 1]) {
                    out.append(scalars[index + 1])
                    index += 2
                } else {
                    out.append(scalar)
                    index += 1
                }
            case "`":
                var run = index
                while run < count, scalars[run] == "`" { run += 1 }
                let width = run - index
                if !failedCodeWidths.contains(width), let close = closingRun(of: "`", width: width, in: scalars, from: run) {
                    out.append(contentsOf: trimmedSpan(scalars[run..<close]))
                    index = close + width
                } else {
                    // No later run of this width exists: never look for one again.
                    failedCodeWidths.insert(width)
                    out.append(contentsOf: scalars[index..<run])
                    index = run
                }
            case "!" where index + 1 < count && scalars[index + 1] == "[":
                index += 1
            case "[":
                // `[text](target)` → text; a bare `[text]` stays as written.
                if let closeText = next.index(of: "]", from: index + 1), closeText + 1 < count, scalars[closeText + 1] == "(",
                    let closeTarget = next.index(of: ")", from: closeText + 2)
                {
                    out.append(contentsOf: plain(String(String.UnicodeScalarView(scalars[(index + 1)..<closeText]))).unicodeScalars)
                    index = closeTarget + 1
                } else {
                    out.append(scalar)
                    index += 1
                }
            case "<":
                if let close = next.index(of: ">", from: index + 1), isTag(scalars[(index + 1)..<close]) {
                    let inside = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
                    if inside.contains("://") || inside.contains("@") {
                        out.append(contentsOf: inside.unicodeScalars)
                    } else if inside.lowercased().hasPrefix("br") {
                        out.append(" ")
                    }
                    index = close + 1
                } else {
                    out.append(scalar)
                    index += 1
                }
            case "*", "~":
                var run = index
                while run < count, scalars[run] == scalar { run += 1 }
                let before = index > 0 ? scalars[index - 1] : " "
                let after = run < count ? scalars[run] : " "
                // A run with spaces on both sides is a character (`2 * 3`), not emphasis.
                if isSpace(before) && isSpace(after) { out.append(contentsOf: scalars[index..<run]) }
                index = run
            case "_":
                var run = index
                while run < count, scalars[run] == "_" { run += 1 }
                let before = index > 0 ? scalars[index - 1] : " "
                let after = run < count ? scalars[run] : " "
                let intraword = isWordCharacter(before) && isWordCharacter(after)
                if intraword || (isSpace(before) && isSpace(after)) { out.append(contentsOf: scalars[index..<run]) }
                index = run
            default:
                out.append(scalar)
                index += 1
            }
        }
        return collapsed(out)
    }

    /// Runs of whitespace become one space; the ends are trimmed.
    static func collapsed(_ text: String) -> String { collapsed(Array(text.unicodeScalars)) }

    private static func collapsed(_ scalars: [Unicode.Scalar]) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in scalars {
            if scalar == " " || scalar == "\t" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    private static func closingRun(of character: Unicode.Scalar, width: Int, in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var position = start
        while position < scalars.count {
            if scalars[position] == character {
                var run = position
                while run < scalars.count, scalars[run] == character { run += 1 }
                if run - position == width { return position }
                position = run
            } else {
                position += 1
            }
        }
        return nil
    }

    /// The first index of a scalar at or after a position, remembering the last answer per
    /// scalar; positions asked for only grow, so all searches together are linear.
    private struct NextScalar {
        let scalars: [Unicode.Scalar]
        var found: [Unicode.Scalar: Int] = [:]

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        mutating func index(of scalar: Unicode.Scalar, from start: Int) -> Int? {
            if let known = found[scalar], known >= start { return known < scalars.count ? known : nil }
            var position = start
            while position < scalars.count, scalars[position] != scalar { position += 1 }
            found[scalar] = position
            return position < scalars.count ? position : nil
        }
    }

    private static func trimmedSpan(_ span: ArraySlice<Unicode.Scalar>) -> ArraySlice<Unicode.Scalar> {
        // CommonMark strips one space on each side of a code span when both are there.
        if span.count >= 2, span.first == " ", span.last == " " { return span.dropFirst().dropLast() }
        return span
    }

    private static func isTag(_ inside: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = inside.first else { return false }
        let opens = first == "/" || first == "!" || (first.isASCII && first.properties.isAlphabetic)
        return opens && !inside.contains("<") && !inside.contains("\n")
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars.contains(scalar)
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || scalar.properties.isWhitespace
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
