/// A plain-text table: columns padded to their widest cell, numbers right-aligned.
struct TextTable {
    let headers: [String]
    var rows: [[String]] = []
    /// Columns from this index on are right-aligned (the numbers).
    let firstNumberColumn: Int

    init(_ headers: [String], firstNumberColumn: Int = 1) {
        self.headers = headers
        self.firstNumberColumn = firstNumberColumn
    }

    mutating func add(_ row: [String]) { rows.append(row) }

    func render(indent: String = "  ") -> String {
        let all = [headers] + rows
        let widths = headers.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            let cells = row.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column >= firstNumberColumn ? pad + cell : cell + pad
            }
            return indent + cells.joined(separator: "  ").trimmingTrailingSpaces()
        }.joined(separator: "\n") + "\n"
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
