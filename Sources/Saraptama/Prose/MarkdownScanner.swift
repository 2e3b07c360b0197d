import SaraptamaLoading

/// Splits Markdown lines into blocks: headings, paragraphs (list items and quotes included),
/// pipe tables and code blocks. It is the subset of CommonMark/GFM that technical documents and
/// pandoc's `gfm` output use; anything else (raw HTML, footnotes) is kept as paragraph text so
/// that no words are lost.
///
/// Every step of the loop consumes at least one line, so any input ends in linear time.
struct MarkdownScanner {
    private let lines: [MarkdownLine]
    private var index: Int
    private var blocks: [MarkdownBlock] = []
    private var paragraph: MarkdownParagraph?
    /// Whether the open paragraph is a list item (a setext underline cannot follow it).
    private var paragraphIsListItem = false
    /// Inside a list: indented lines continue it instead of starting a code block.
    private var inList = false

    /// Scans `lines[start...]`.
    init(lines: [MarkdownLine], from start: Int = 0) {
        self.lines = lines
        self.index = start
    }

    /// All blocks, in order.
    mutating func scan() -> [MarkdownBlock] {
        while index < lines.count {
            step(lines[index])
        }
        flush()
        return blocks
    }

    private mutating func step(_ line: MarkdownLine) {
        if line.isBlank {
            flush()
            index += 1
            return
        }
        let indent = line.indent
        let first = line.firstNonBlank
        if indent < 4, let fence = Self.fence(line) {
            flush()
            inList = false
            scanFence(line, fence: fence)
            return
        }
        if indent >= 4, paragraph == nil, !inList {
            scanIndentedCode()
            return
        }
        if indent < 4, let level = Self.atxLevel(line) {
            flush()
            inList = false
            emitATX(line, level: level)
            index += 1
            return
        }
        if indent < 4, let open = paragraph, !paragraphIsListItem, let level = Self.setextLevel(line) {
            paragraph = nil
            let raw = open.lines.joined(separator: " ")
            blocks.append(.heading(MarkdownHeading(level: level, raw: raw, mark: open.mark, textMark: open.mark, lastLine: line.number)))
            index += 1
            return
        }
        if indent < 4, Self.isThematicBreak(line) {
            flush()
            inList = false
            index += 1
            return
        }
        if Self.hasPipe(line), index + 1 < lines.count, Self.isDelimiterRow(lines[index + 1]) {
            flush()
            inList = false
            scanTable()
            return
        }
        if indent < 4, let content = Self.listItemContent(line) {
            flush()
            inList = true
            paragraphIsListItem = true
            paragraph = MarkdownParagraph(lines: [line.trimmedText(from: content)], mark: line.mark(at: min(content, line.scalars.count)), lastLine: line.number)
            index += 1
            return
        }
        var start = first
        if indent < 4, line.scalars[first] == ">" {
            start = first + 1
            if start < line.scalars.count, line.scalars[start] == " " { start += 1 }
        }
        let text = line.trimmedText(from: start)
        if paragraph != nil {
            paragraph!.lines.append(text)
            paragraph!.lastLine = line.number
        } else {
            // A paragraph after a blank line inside a list item is the item's own paragraph.
            if indent == 0 { inList = false }
            paragraphIsListItem = false
            paragraph = MarkdownParagraph(lines: [text], mark: line.mark(at: min(start, line.scalars.count)), lastLine: line.number)
        }
        index += 1
    }

    private mutating func flush() {
        if let open = paragraph { blocks.append(.paragraph(open)) }
        paragraph = nil
        paragraphIsListItem = false
    }

    // MARK: - Blocks

    private mutating func emitATX(_ line: MarkdownLine, level: Int) {
        let scalars = line.scalars
        var start = line.firstNonBlank + level
        while start < scalars.count, scalars[start] == " " || scalars[start] == "\t" { start += 1 }
        var end = scalars.count
        while end > start, scalars[end - 1] == " " || scalars[end - 1] == "\t" { end -= 1 }
        // A closing run of `#` preceded by a space is not part of the text.
        var closing = end
        while closing > start, scalars[closing - 1] == "#" { closing -= 1 }
        if closing < end, closing == start || scalars[closing - 1] == " " || scalars[closing - 1] == "\t" {
            end = closing
            while end > start, scalars[end - 1] == " " || scalars[end - 1] == "\t" { end -= 1 }
        }
        blocks.append(.heading(MarkdownHeading(
            level: level, raw: line.text(start..<end), mark: line.mark(at: line.firstNonBlank),
            textMark: line.mark(at: start), lastLine: line.number)))
    }

    private mutating func scanFence(_ line: MarkdownLine, fence: (character: Unicode.Scalar, length: Int)) {
        let open = index
        let info = line.trimmedText(from: line.firstNonBlank + fence.length)
        index += 1
        while index < lines.count {
            if let closing = Self.fence(lines[index]), lines[index].indent < 4, closing.character == fence.character,
                closing.length >= fence.length, lines[index].trimmedText(from: lines[index].firstNonBlank + closing.length).isEmpty
            {
                break
            }
            index += 1
        }
        // An unclosed fence runs to the end of the text (CommonMark).
        let contentEnd = index
        let last = index < lines.count ? lines[index].number : (lines.last?.number ?? line.number)
        if index < lines.count { index += 1 }
        blocks.append(.code(MarkdownCode(info: info, fenced: true, content: (open + 1)..<contentEnd, mark: line.mark(at: line.firstNonBlank), lastLine: last)))
    }

    private mutating func scanIndentedCode() {
        let start = index
        var end = index
        while index < lines.count, lines[index].isBlank || lines[index].indent >= 4 {
            if !lines[index].isBlank { end = index + 1 }
            index += 1
        }
        index = end
        let first = lines[start]
        blocks.append(.code(MarkdownCode(info: "", fenced: false, content: start..<end, mark: first.mark(at: first.firstNonBlank), lastLine: lines[end - 1].number)))
    }

    private mutating func scanTable() {
        let headerLine = lines[index]
        let delimiter = lines[index + 1]
        var table = MarkdownTable(
            header: PipeRow.cells(headerLine), delimiterCount: PipeRow.cells(delimiter).count,
            delimiterMark: delimiter.mark(at: delimiter.firstNonBlank), rows: [], rowMarks: [],
            mark: headerLine.mark(at: headerLine.firstNonBlank), lastLine: delimiter.number)
        index += 2
        // The table ends at a blank line or where another block starts (GFM).
        while index < lines.count {
            let line = lines[index]
            if line.isBlank || (line.indent < 4 && (Self.atxLevel(line) != nil || Self.fence(line) != nil)) { break }
            table.rows.append(PipeRow.cells(line))
            table.rowMarks.append(line.mark(at: line.firstNonBlank))
            table.lastLine = line.number
            index += 1
        }
        blocks.append(.table(table))
    }

    // MARK: - Line kinds

    static func atxLevel(_ line: MarkdownLine) -> Int? {
        let scalars = line.scalars
        var position = line.firstNonBlank
        var level = 0
        while position < scalars.count, scalars[position] == "#" { level += 1; position += 1 }
        guard (1...6).contains(level) else { return nil }
        guard position == scalars.count || scalars[position] == " " || scalars[position] == "\t" else { return nil }
        return level
    }

    static func setextLevel(_ line: MarkdownLine) -> Int? {
        let text = line.trimmedText()
        guard let first = text.unicodeScalars.first, first == "=" || first == "-" else { return nil }
        return text.unicodeScalars.allSatisfy { $0 == first } ? (first == "=" ? 1 : 2) : nil
    }

    static func isThematicBreak(_ line: MarkdownLine) -> Bool {
        let marks = line.scalars.filter { $0 != " " && $0 != "\t" }
        guard marks.count >= 3, let first = marks.first, first == "-" || first == "*" || first == "_" else { return false }
        return marks.allSatisfy { $0 == first }
    }

    static func fence(_ line: MarkdownLine) -> (character: Unicode.Scalar, length: Int)? {
        let scalars = line.scalars
        let start = line.firstNonBlank
        guard start < scalars.count, scalars[start] == "`" || scalars[start] == "~" else { return nil }
        let character = scalars[start]
        var end = start
        while end < scalars.count, scalars[end] == character { end += 1 }
        guard end - start >= 3 else { return nil }
        // A backtick fence's info string cannot contain backticks (that is inline code).
        if character == "`", scalars[end...].contains("`") { return nil }
        return (character, end - start)
    }

    /// The index where a list item's text starts, or nil when the line is not a list item.
    static func listItemContent(_ line: MarkdownLine) -> Int? {
        let scalars = line.scalars
        var position = line.firstNonBlank
        guard position < scalars.count else { return nil }
        if scalars[position] == "-" || scalars[position] == "*" || scalars[position] == "+" {
            position += 1
        } else {
            let digits = position
            while position < scalars.count, position - digits < 9, ("0"..."9").contains(scalars[position]) { position += 1 }
            guard position > digits, position < scalars.count, scalars[position] == "." || scalars[position] == ")" else { return nil }
            position += 1
        }
        guard position == scalars.count || scalars[position] == " " || scalars[position] == "\t" else { return nil }
        while position < scalars.count, scalars[position] == " " || scalars[position] == "\t" { position += 1 }
        return position
    }

    static func hasPipe(_ line: MarkdownLine) -> Bool {
        var escaped = false
        for scalar in line.scalars {
            if escaped { escaped = false; continue }
            if scalar == "\\" { escaped = true } else if scalar == "|" { return true }
        }
        return false
    }

    static func isDelimiterRow(_ line: MarkdownLine) -> Bool {
        guard line.indent < 4, hasPipe(line) || line.scalars.contains("-") else { return false }
        let cells = PipeRow.cells(line)
        guard !cells.isEmpty, hasPipe(line) else { return false }
        return cells.allSatisfy { cell in
            var scalars = Substring(cell.raw).unicodeScalars[...]
            if scalars.first == ":" { scalars = scalars.dropFirst() }
            if scalars.last == ":" { scalars = scalars.dropLast() }
            return !scalars.isEmpty && scalars.allSatisfy { $0 == "-" }
        }
    }
}
