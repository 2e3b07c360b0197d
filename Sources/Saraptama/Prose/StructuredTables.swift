import SaraptamaLoading

/// Puts the rows of profiled tables at their place in the document schema (`functions`,
/// `budget.items`, ...), next to what the front matter gives.
///
/// Tables of one profile add up (a table split over two pages is one list). A table never
/// overwrites the front matter: when both give the same part, that is a `prose-conflict`
/// — except a budget total that agrees with the front matter's. Table parts go into an existing
/// front-matter mapping (`budget: {currency, total, methodology}` plus a table of years).
struct StructuredTables {
    private let path: String
    private(set) var problems: [Diagnostic] = []

    /// One target list being filled: plain rows, or groups of rows (entities and attributes).
    private struct Pending {
        let profile: TableProfile
        let mark: Mark
        var items: [Node] = []
        var groups: [(name: String, mark: Mark, rows: [Node])] = []
    }

    private var pending: [Pending] = []
    private var totals: [(path: [String], value: Node, table: Mark)] = []

    /// The profiles' total words («Итого», «Барлығы»).
    private let tables: TableProfiles

    init(path: String, tables: TableProfiles) {
        self.path = path
        self.tables = tables
    }

    mutating func add(_ profiled: SectionTree.ProfiledTable) {
        let profile = profiled.profile
        var slot = pending.firstIndex { $0.profile.target == profile.target } ?? {
            pending.append(Pending(profile: profile, mark: profiled.table.mark))
            return pending.count - 1
        }()
        if pending[slot].profile.name != profile.name {
            // Two profiles with one target do not exist today; keep them apart if they ever do.
            pending.append(Pending(profile: profile, mark: profiled.table.mark))
            slot = pending.count - 1
        }
        var currentGroup: String?
        for (index, cells) in profiled.table.rows.enumerated() {
            let rowMark = profiled.table.rowMarks[index]
            if let total = profile.total, let first = cells.first(where: { !InlineText.plain($0.raw).isEmpty }), tables.isTotal(InlineText.plain(first.raw)) {
                if let amount = value(of: total.field, cells: cells, columns: profiled.columns, headers: profiled.table.header) {
                    totals.append((total.target, amount, profiled.table.mark))
                }
                continue
            }
            var row = Mapping()
            var groupName: String?
            for (column, field) in profiled.columns.enumerated() {
                guard let field, column < cells.count else { continue }
                let header = column < profiled.table.header.count ? InlineText.plain(profiled.table.header[column].raw) : ""
                if field.value == .period {
                    // «Сроки»: one cell gives the start and the end.
                    let text = InlineText.plain(cells[column].raw)
                    guard !text.isEmpty, !["-", "—", "–"].contains(text) else { continue }
                    if let deadline = CellValues.deadline(text) {
                        // «до 31.12.2026»: when the stage ends, not when it starts.
                        if row["end"] == nil { Self.put(Node(.scalar(.string(deadline), .plain), mark: cells[column].mark), at: ["end"], in: &row) }
                    } else if let period = CellValues.period(text) {
                        if row["start"] == nil { Self.put(Node(.scalar(.string(period.start), .plain), mark: cells[column].mark), at: ["start"], in: &row) }
                        if row["end"] == nil { Self.put(Node(.scalar(.string(period.end), .plain), mark: cells[column].mark), at: ["end"], in: &row) }
                    } else {
                        problems.append(Diagnostic(.badDate, "period", ["text": text], file: path, mark: cells[column].mark))
                    }
                    continue
                }
                guard let node = convert(cells[column], as: field.value, key: field.key, header: header) else { continue }
                if let grouping = profile.grouping, field.key == [grouping.column] {
                    groupName = node.string
                    continue
                }
                Self.put(node, at: field.key[...], in: &row)
            }
            guard row.count > 0 || groupName != nil else { continue }
            let rowNode = Node(.mapping(row), mark: rowMark)
            if profile.grouping != nil {
                // A row without an entity continues the one above (a merged cell in Word).
                let name = groupName ?? currentGroup ?? ""
                currentGroup = name
                if let group = pending[slot].groups.firstIndex(where: { $0.name == name }) {
                    pending[slot].groups[group].rows.append(rowNode)
                } else {
                    pending[slot].groups.append((name, rowMark, [rowNode]))
                }
            } else {
                pending[slot].items.append(rowNode)
            }
        }
    }

    /// Writes every pending part into `root`, reporting conflicts with what is already there.
    mutating func finish(into root: inout Mapping) {
        for part in pending {
            let list: [Node]
            if let grouping = part.profile.grouping {
                list = part.groups.map { group in
                    var mapping = Mapping()
                    mapping.insert(.init(key: grouping.nameKey, keyMark: group.mark, value: Node(.scalar(.string(group.name), .plain), mark: group.mark)))
                    mapping.insert(.init(key: grouping.rowsKey, keyMark: group.mark, value: Node(.sequence(group.rows), mark: group.mark)))
                    return Node(.mapping(mapping), mark: group.mark)
                }
            } else {
                list = part.items
            }
            place(Node(.sequence(list), mark: part.mark), at: part.profile.target, table: part.mark, what: part.profile.name, into: &root)
        }
        for total in totals {
            if let existing = Self.lookup(total.path[...], in: root), existing.scalar == total.value.scalar { continue }
            place(total.value, at: total.path, table: total.table, what: "total row", into: &root)
        }
    }

    private mutating func place(_ node: Node, at target: [String], table: Mark, what: String, into root: inout Mapping) {
        if let existing = Self.put(node, at: target[...], in: &root) {
            problems.append(Diagnostic(
                .conflict, "table", ["what": what, "target": target.joined(separator: "."), "line": "\(existing.line)"],
                file: path, mark: table))
        }
    }

    /// Puts `node` at `key` (nested keys create mappings); returns the mark of what is already
    /// there (and changes nothing) on a conflict.
    @discardableResult
    private static func put(_ node: Node, at key: ArraySlice<String>, in mapping: inout Mapping) -> Mark? {
        guard let first = key.first else { return nil }
        if key.count == 1 {
            if let existing = mapping.entry(first) { return existing.keyMark }
            mapping.insert(.init(key: first, keyMark: node.mark, value: node))
            return nil
        }
        var inner: Mapping
        if let existing = mapping.entry(first) {
            guard let nested = existing.value.mapping else { return existing.keyMark }
            inner = nested
        } else {
            inner = Mapping()
        }
        if let conflict = put(node, at: key.dropFirst(), in: &inner) { return conflict }
        let mark = mapping[first]?.mark ?? node.mark
        mapping.set(first, Node(.mapping(inner), mark: mark), keyMark: mark)
        return nil
    }

    private static func lookup(_ key: ArraySlice<String>, in mapping: Mapping) -> Node? {
        guard let first = key.first, let node = mapping[first] else { return nil }
        if key.count == 1 { return node }
        return node.mapping.flatMap { lookup(key.dropFirst(), in: $0) }
    }

    private mutating func value(of key: [String], cells: [MarkdownCell], columns: [TableProfile.Field?], headers: [MarkdownCell]) -> Node? {
        guard let column = columns.firstIndex(where: { $0?.key == key }), column < cells.count, let field = columns[column] else { return nil }
        return convert(cells[column], as: field.value, key: field.key, header: column < headers.count ? InlineText.plain(headers[column].raw) : "")
    }

    /// The cell's value, or nil for an empty cell (a dash counts as empty) or a bad number.
    /// `key` is the field's (an `end` date written as a period takes its last day); `header` the
    /// column's header text (an amount under «Сумма, тыс. тенге» is in thousands).
    private mutating func convert(_ cell: MarkdownCell, as kind: TableProfile.Value, key: [String], header: String) -> Node? {
        let text = InlineText.plain(cell.raw)
        guard !text.isEmpty, !["-", "—", "–"].contains(text) else { return nil }
        switch kind {
        case .text, .period:
            return Node(.scalar(.string(text), .plain), mark: cell.mark)
        case .date:
            // dd.mm.yyyy is rewritten; a date already written yyyy-mm-dd (or anything else a
            // rule may read as a date) stays; a period gives its first day, or its last for an `end`.
            // «15 марта 2026 г.» and «01.06.2025 г.» are one day; «март 2026 г.» its first (or last) day.
            let date = CellValues.isoDate(text) ?? CellValues.period(text).map { key == ["end"] ? $0.end : $0.start }
            return Node(.scalar(.string(date ?? text), .plain), mark: cell.mark)
        case .integer, .year:
            let number = kind == .year ? CellValues.year(text) : CellValues.amount(text, multiplier: CellValues.multiplier(header: header))
            guard let number else {
                let expected = kind == .year
                    ? ("год (ГГГГ)", "жыл (ЖЖЖЖ)", "a year (YYYY)")
                    : ("сумма в тенге («480 000,0» под «тыс. тенге», «275 млн»)", "теңгедегі сома («мың теңге» астында «480 000,0», «275 млн»)", "an amount in tenge («480 000,0» under «тыс. тенге», «275 млн»)")
                var arguments = DiagnosticCatalogue.localized("expected", expected)
                arguments["text"] = text
                problems.append(Diagnostic(.badNumber, "cell", arguments, file: path, mark: cell.mark))
                return nil
            }
            return Node(.scalar(.int(number), .plain), mark: cell.mark)
        }
    }
}
