/// Splits one line of a GitHub pipe table into cells.
enum PipeRow {
    /// The cells of `line`: the optional leading and trailing pipes are dropped, the line is
    /// split at unescaped pipes (`\|` stays in the cell and is unescaped with the rest of the
    /// inline markup), and each cell is trimmed. A cell's mark is its first character, or the
    /// position just after its pipe when the cell is empty. Linear in the line's length, so a
    /// row of ten thousand cells costs no more than a long paragraph.
    static func cells(_ line: MarkdownLine) -> [MarkdownCell] {
        let scalars = line.scalars
        var start = line.firstNonBlank
        var end = scalars.count
        while end > start, scalars[end - 1] == " " || scalars[end - 1] == "\t" { end -= 1 }
        if start < end, scalars[start] == "|" { start += 1 }
        if end > start, scalars[end - 1] == "|", end - 2 < start || scalars[end - 2] != "\\" { end -= 1 }
        var cells: [MarkdownCell] = []
        var cellStart = start
        var position = start
        func close(at boundary: Int) {
            var first = cellStart
            var last = boundary
            while first < last, scalars[first] == " " || scalars[first] == "\t" { first += 1 }
            while last > first, scalars[last - 1] == " " || scalars[last - 1] == "\t" { last -= 1 }
            cells.append(MarkdownCell(raw: line.text(first..<last), mark: line.mark(at: min(first, max(scalars.count - 1, 0)))))
        }
        while position < end {
            if scalars[position] == "\\" {
                position += 2
                continue
            }
            if scalars[position] == "|" {
                close(at: position)
                cellStart = position + 1
            }
            position += 1
        }
        close(at: min(end, scalars.count))
        return cells
    }
}
