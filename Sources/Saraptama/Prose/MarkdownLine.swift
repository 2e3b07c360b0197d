import SaraptamaLoading

/// One line of a Markdown text, as Unicode scalars so that columns are counted the way `Mark`
/// counts them (scalars, 1-based) and cells of very long table rows are sliced in constant time.
struct MarkdownLine {
    /// 1-based line number.
    let number: Int
    /// The line without its terminator (LF or CRLF).
    let scalars: [Unicode.Scalar]
    /// Scalar offset of the line's first character from the start of the text.
    let offset: Int

    var isBlank: Bool { scalars.allSatisfy { $0 == " " || $0 == "\t" } }

    /// Columns of leading whitespace, a tab advancing to the next multiple of 4 (CommonMark).
    var indent: Int {
        var width = 0
        for scalar in scalars {
            if scalar == " " { width += 1 } else if scalar == "\t" { width += 4 - width % 4 } else { break }
        }
        return width
    }

    /// Index of the first non-whitespace scalar (`scalars.count` for a blank line).
    var firstNonBlank: Int {
        scalars.firstIndex { $0 != " " && $0 != "\t" } ?? scalars.count
    }

    /// The mark of the scalar at 0-based `index` in this line.
    func mark(at index: Int) -> Mark {
        Mark(line: number, column: index + 1, offset: offset + index)
    }

    /// The text of `scalars[range]`.
    func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
        return String(view)
    }

    /// The text from 0-based `index` to the end, trimmed of surrounding whitespace.
    func trimmedText(from index: Int = 0) -> String {
        var start = min(index, scalars.count)
        var end = scalars.count
        while start < end, scalars[start] == " " || scalars[start] == "\t" { start += 1 }
        while end > start, scalars[end - 1] == " " || scalars[end - 1] == "\t" { end -= 1 }
        return text(start..<end)
    }

    /// Splits a decoded text into lines. A line ends at LF; a CR before it belongs to the
    /// terminator (CRLF files give the same lines as LF files).
    static func split(_ text: String) -> [MarkdownLine] {
        var lines: [MarkdownLine] = []
        var current: [Unicode.Scalar] = []
        var offset = 0
        var lineOffset = 0
        for scalar in text.unicodeScalars {
            offset += 1
            if scalar == "\n" {
                if current.last == "\r" { current.removeLast() }
                lines.append(MarkdownLine(number: lines.count + 1, scalars: current, offset: lineOffset))
                current = []
                lineOffset = offset
            } else {
                current.append(scalar)
            }
        }
        // A last line without a terminator still counts; an empty one after a final LF does not.
        if !current.isEmpty {
            if current.last == "\r" { current.removeLast() }
            lines.append(MarkdownLine(number: lines.count + 1, scalars: current, offset: lineOffset))
        }
        return lines
    }
}
