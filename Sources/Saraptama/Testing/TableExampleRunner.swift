import SaraptamaLoading

/// Runs the examples of every table profile (`Rules/extraction/tables.yaml`): a header row must
/// be read as its profile with the declared field per column (or, `none: true`, not as it), and a
/// small table must give exactly the declared rows, total and cell problems. Run by `saraptama
/// test` and the test suite, as `RuleExampleRunner` is for rules.
public struct TableExampleRunner: Sendable {
    public struct Outcome: Sendable {
        public let profile: String
        public let file: String
        public let mark: Mark
        /// Nil when the example behaved as declared.
        public let failure: String?
        public var passed: Bool { failure == nil }
    }

    public let tables: TableProfiles

    public init(tables: TableProfiles) { self.tables = tables }

    public func run() -> [Outcome] {
        tables.profiles.flatMap { profile in
            profile.examples.map { example in
                Outcome(profile: profile.name, file: profile.file, mark: example.mark, failure: failure(of: example, in: profile))
            }
        }
    }

    private func failure(of example: TableProfile.Example, in profile: TableProfile) -> String? {
        switch example.expectation {
        case .header(let header, let columns):
            guard let match = tables.match(header) else { return "| \(header.joined(separator: " | ")) | is read as no profile, expected \(profile.name)" }
            guard match.profile.name == profile.name else { return "| \(header.joined(separator: " | ")) | is read as \(match.profile.name), expected \(profile.name)" }
            let actual = match.columns.map { $0?.dottedKey }
            if let columns, actual != columns {
                return "| \(header.joined(separator: " | ")) | gives the columns \(Self.list(actual)), expected \(Self.list(columns))"
            }
            return nil
        case .notThisProfile(let header):
            guard let match = tables.match(header), match.profile.name == profile.name else { return nil }
            return "| \(header.joined(separator: " | ")) | is read as \(profile.name), expected not"
        case .table(let cells, let rows, let total, let problems):
            return failure(ofTable: cells, rows: rows, total: total, problems: problems, in: profile)
        }
    }

    private func failure(ofTable cells: [[String]], rows expectedRows: Node?, total expectedTotal: Node?, problems expectedProblems: [String], in profile: TableProfile) -> String? {
        // One line per row, one column per cell: a problem's mark names its cell.
        let grid = cells.enumerated().map { line, row in row.enumerated().map { MarkdownCell(raw: $1, mark: Mark(line: line + 1, column: $0 + 1)) } }
        let table = MarkdownTable(
            header: grid[0], delimiterCount: grid[0].count, delimiterMark: Mark(line: 1, column: 1), rows: Array(grid.dropFirst()),
            rowMarks: (2...grid.count).map { Mark(line: $0, column: 1) }, mark: Mark(line: 1, column: 1), lastLine: grid.count)
        let profiled: SectionTree.ProfiledTable
        if let match = tables.match(cells[0]) {
            profiled = .init(table: table, profile: match.profile, columns: match.columns)
        } else if let byYear = SectionTree.yearColumns(table, tables: tables) {
            profiled = byYear
        } else {
            return "the table | \(cells[0].joined(separator: " | ")) | is read as no profile, expected \(profile.name)"
        }
        guard profiled.profile.name == profile.name else { return "the table is read as \(profiled.profile.name), expected \(profile.name)" }
        var structured = StructuredTables(path: "example", tables: tables)
        structured.add(profiled)
        var root = Mapping()
        structured.finish(into: &root)
        var failures: [String] = []
        if let expectedRows {
            let actual = Self.lookup(profile.target[...], in: root).map(Self.canonical) ?? "nothing"
            let expected = Self.canonical(expectedRows)
            if actual != expected { failures.append("rows \(actual), expected \(expected)") }
        }
        if let expectedTotal, let total = profile.total {
            let actual = Self.lookup(total.target[...], in: root).map(Self.canonical) ?? "nothing"
            if actual != Self.canonical(expectedTotal) { failures.append("total \(actual), expected \(Self.canonical(expectedTotal))") }
        }
        let problems = structured.problems.map { "\($0.code) at row \(($0.mark?.line ?? 1) - 1), cell \($0.mark?.column ?? 0)" }
        if structured.problems.map(\.code).sorted() != expectedProblems.sorted() {
            failures.append("problems \(problems.isEmpty ? "none" : problems.joined(separator: "; ")), expected \(expectedProblems.isEmpty ? "none" : expectedProblems.joined(separator: ", "))")
        }
        return failures.isEmpty ? nil : failures.joined(separator: "; ")
    }

    private static func list(_ keys: [String?]) -> String { "[" + keys.map { $0 ?? "null" }.joined(separator: ", ") + "]" }

    private static func lookup(_ path: ArraySlice<String>, in mapping: Mapping) -> Node? {
        guard let first = path.first, let node = mapping[first] else { return nil }
        if path.count == 1 { return node }
        return node.mapping.flatMap { lookup(path.dropFirst(), in: $0) }
    }

    /// A value as text that tells strings from numbers, keys sorted: what rows are compared by.
    static func canonical(_ node: Node) -> String {
        switch node.content {
        case .scalar(.string(let text), _): return "\"\(text)\""
        case .scalar: return ProseFacts.text(of: node)
        case .sequence(let items): return "[" + items.map(canonical).joined(separator: ", ") + "]"
        case .mapping(let mapping):
            return "{" + mapping.entries.sorted { $0.key < $1.key }.map { "\($0.key): \(canonical($0.value))" }.joined(separator: ", ") + "}"
        }
    }
}
