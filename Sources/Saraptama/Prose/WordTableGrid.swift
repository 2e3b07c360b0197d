/// A Word table laid out on its grid: merged cells spread over the slots they cover, header rows
/// merged into one header, body rows with a text per column.
///
/// - A header column's name is its lowest header text, prefixed by the different text of a
///   merged cell above it («Сроки / Начало»); a table whose first body row is its real header
///   (pandoc found no header row) takes that row.
/// - A body cell merged across columns fills the first; one merged down rows fills the first row
///   and leaves the rows below empty (an empty cell continues the group above, as in the
///   prose form's attribute tables).
/// - A cell of several paragraphs reads as one text joined with «; » (a paragraph that opens
///   with a parenthesis or a small letter is joined with a space: «ГБД ФЛ (через ШЭП)»).
struct WordTableGrid {
    private(set) var header: [String] = []
    private(set) var body: [[String]] = []
    var width: Int { header.count }

    init(_ table: WordTable) {
        var headRows = table.headRows
        var bodyRows = table.bodyRows
        if headRows.isEmpty, !bodyRows.isEmpty { headRows = [bodyRows.removeFirst()] }
        let width = max(table.columnCount, (headRows + bodyRows).map { $0.reduce(0) { $0 + $1.columnSpan } }.max() ?? 0)
        guard width > 0 else { return }
        let head = Self.place(headRows, width: width, repeatDown: true)
        var names: [String] = []
        for column in 0..<width {
            var parts: [String] = []
            for row in head where !row[column].isEmpty && parts.last != row[column] { parts.append(row[column]) }
            names.append(parts.joined(separator: " / "))
        }
        header = names
        body = Self.place(bodyRows, width: width, repeatDown: false).filter { $0.contains { !$0.isEmpty } }
    }

    /// The rows on a grid of `width` columns. `repeatDown` repeats a cell merged down rows into
    /// each row it covers (header rows); otherwise only its first row has the text.
    private static func place(_ rows: [[WordTable.Cell]], width: Int, repeatDown: Bool) -> [[String]] {
        var grid: [[String]] = []
        // Per column: the text still to be placed below and for how many more rows.
        var pending: [(text: String, rows: Int)?] = Array(repeating: nil, count: width)
        for row in rows {
            var line = Array(repeating: "", count: width)
            var taken = Array(repeating: false, count: width)
            for column in 0..<width {
                if let carried = pending[column] {
                    line[column] = repeatDown ? carried.text : ""
                    taken[column] = true
                    pending[column] = carried.rows > 1 ? (carried.text, carried.rows - 1) : nil
                }
            }
            var column = 0
            for cell in row {
                while column < width, taken[column] { column += 1 }
                guard column < width else { break }
                let text = joined(cell.paragraphs)
                for offset in 0..<cell.columnSpan where column + offset < width {
                    line[column + offset] = offset == 0 || repeatDown ? text : ""
                    taken[column + offset] = true
                    if cell.rowSpan > 1 { pending[column + offset] = (text, cell.rowSpan - 1) }
                }
                column += cell.columnSpan
            }
            grid.append(line)
        }
        return grid
    }

    static func joined(_ paragraphs: [String]) -> String {
        var out = ""
        for paragraph in paragraphs where !paragraph.isEmpty {
            // A paragraph that opens with a parenthesis or a small letter goes on the sentence above.
            if out.isEmpty { out = paragraph } else if paragraph.hasPrefix("(") || paragraph.first?.isLowercase == true { out += " " + paragraph } else { out += "; " + paragraph }
        }
        return out
    }
}
