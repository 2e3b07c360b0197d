import SaraptamaLoading

/// Builds the `sections` tree of a prose document from its blocks: headings become sections,
/// paragraphs their `text`, pipe tables their `tables`; and it records, for the locator, which
/// lines are which heading, paragraph and table row.
///
/// Numbered headings nest by number (4.2 under 4, whatever their `#` level); unnumbered ones by
/// level. A leading unnumbered level-1 heading is the document's title, not a section.
struct SectionTree {
    /// Sections nest at most this deep; deeper headings stay at this depth and are reported, so
    /// that no later recursive walk of the tree can exhaust the stack.
    static let maxDepth = 16

    /// A section while it is being built (a class: open sections are shared by the stack and
    /// their parent's children).
    final class Draft {
        let number: String?
        let parts: [String]?
        let title: String
        let level: Int
        let mark: Mark
        /// Where the heading's text starts (its number, if any).
        let textMark: Mark
        /// Where the title starts, after the number.
        var titleMark: Mark
        let label: ProseLocator.Label
        var paragraphs: [(text: String, mark: Mark)] = []
        var tables: [Node] = []
        var children: [Draft] = []

        init(number: String?, title: String, level: Int, mark: Mark, textMark: Mark, label: ProseLocator.Label) {
            self.number = number
            self.parts = number?.split(separator: ".").map(String.init)
            self.title = title
            self.level = level
            self.mark = mark
            self.textMark = textMark
            self.titleMark = textMark
            self.label = label
        }
    }

    /// A table that matched a profile, for `StructuredTables`.
    struct ProfiledTable {
        let table: MarkdownTable
        let profile: TableProfile
        let columns: [TableProfile.Field?]
    }

    private let path: String
    private(set) var sections: [Draft] = []
    private var stack: [Draft] = []
    /// Text and tables before the first section (under the title heading, for instance).
    private(set) var preamble: [(text: String, mark: Mark)] = []
    private(set) var preambleTables: [Node] = []
    private(set) var profiled: [ProfiledTable] = []
    private(set) var regions: [ProseLocator.Region] = []
    private(set) var problems: [Diagnostic] = []
    /// The document's title heading, if it has one (the title page's first line).
    private(set) var title: (text: String, mark: Mark)?
    /// Every table with its header, profile and place, for the reading report.
    private(set) var tableReadings: [ReadingReport.Table] = []
    /// Every paragraph of a section, with where it is, for reading facts from sentences.
    private(set) var paragraphReadings: [ReadingReport.Paragraph] = []
    /// The last block added was a table caption («Таблица 4 – …», «4-кесте»): its number.
    private var captionNumber: Int?

    /// What text before the first section is called: the title page when the header is read from it.
    var preamblePart: ProseLocator.Part = .preamble

    /// The rule set's table profiles; nil when none were given (no table is then recognised,
    /// and the reading report says so).
    private let tables: TableProfiles?

    init(path: String, tables: TableProfiles?) {
        self.path = path
        self.tables = tables
    }

    /// Adds every block in order.
    mutating func add(_ blocks: [MarkdownBlock]) {
        let headings = blocks.compactMap { block -> MarkdownHeading? in
            if case .heading(let heading) = block { return heading }
            return nil
        }
        // The title: a first heading of level 1 without a number, unless the next heading is
        // another such one (then level-1 headings are the document's sections).
        var titleLine: Int?
        if let first = headings.first, first.level == 1, HeadingNumber.split(InlineText.plain(first.raw)).number == nil {
            let next = headings.dropFirst().first
            if next == nil || next!.level > 1 || HeadingNumber.split(InlineText.plain(next!.raw)).number != nil {
                titleLine = first.mark.line
            }
        }
        for block in blocks {
            switch block {
            case .heading(let heading):
                captionNumber = nil
                if heading.mark.line == titleLine {
                    title = (InlineText.plain(heading.raw), heading.mark)
                    regions.append(.init(firstLine: heading.mark.line, lastLine: heading.lastLine, label: ProseLocator.Label(.title), section: nil))
                } else {
                    open(heading)
                }
            case .paragraph(let paragraph):
                let text = InlineText.plain(paragraph.lines.joined(separator: " "))
                guard !text.isEmpty else { continue }
                captionNumber = Self.captionNumber(text)
                if let current = stack.last {
                    current.paragraphs.append((text, paragraph.mark))
                    let label = current.label.appending(.paragraph(current.paragraphs.count))
                    regions.append(.init(firstLine: paragraph.mark.line, lastLine: paragraph.lastLine, label: label, section: current.label))
                    paragraphReadings.append(.init(
                        text: text, mark: paragraph.mark, section: current.number, sectionTitle: current.title, topNumber: stack.first?.number, topTitle: stack.first?.title,
                        place: (current.number.map { ProseLocator.Label(.section(number: $0, title: "")) } ?? current.label).appending(.paragraph(current.paragraphs.count)).localized))
                } else {
                    preamble.append((text, paragraph.mark))
                    regions.append(.init(firstLine: paragraph.mark.line, lastLine: paragraph.lastLine, label: ProseLocator.Label(preamblePart, .paragraph(preamble.count)), section: nil))
                }
            case .table(let table):
                add(table)
            case .code:
                captionNumber = nil
                // Code blocks are not text a rule reads; their lines still belong to the section.
                continue
            }
        }
    }

    private mutating func open(_ heading: MarkdownHeading) {
        var (number, title, _) = HeadingNumber.split(InlineText.plain(heading.raw))
        if let parts = number?.split(separator: "."), parts.count > Self.maxDepth {
            problems.append(Diagnostic(.headingTooDeep, "number", ["number": number!, "parts": "\(parts.count)", "limit": "\(Self.maxDepth)"], file: path, mark: heading.textMark))
            number = nil
        }
        let label = Self.label(number: number, title: title)
        let draft = Draft(number: number, title: title, level: heading.level, mark: heading.mark, textMark: heading.textMark, label: label)
        // The title's own column, when it is found verbatim in the heading (no markup inside).
        if number != nil, !title.isEmpty, let range = heading.raw.range(of: title) {
            let shift = heading.raw.unicodeScalars[..<range.lowerBound].count
            draft.titleMark = Mark(line: heading.textMark.line, column: heading.textMark.column + shift, offset: heading.textMark.offset + shift)
        }
        if let parts = draft.parts {
            if let ancestor = stack.lastIndex(where: { $0.parts.map { Self.isProperPrefix($0, of: parts) } ?? false }) {
                stack.removeSubrange((ancestor + 1)...)
            } else if parts.count == 1 {
                stack.removeAll()
            } else {
                while let last = stack.last, last.level >= heading.level { stack.removeLast() }
            }
        } else {
            while let last = stack.last, last.level >= heading.level { stack.removeLast() }
        }
        if stack.count >= Self.maxDepth {
            problems.append(Diagnostic(.headingTooDeep, "nesting", ["limit": "\(Self.maxDepth)"], file: path, mark: heading.mark))
            stack.removeSubrange((Self.maxDepth - 1)...)
        }
        if let parent = stack.last { parent.children.append(draft) } else { sections.append(draft) }
        stack.append(draft)
        regions.append(.init(firstLine: heading.mark.line, lastLine: heading.lastLine, label: label, section: label))
    }

    private mutating func add(_ table: MarkdownTable) {
        let section = stack.last
        // A caption just above names the table by the document's own number («Таблица 4»).
        let number = captionNumber ?? (section?.tables.count ?? preambleTables.count) + 1
        captionNumber = nil
        // A table is placed by its section's number alone («§4.2, table 1»), else by the section's label.
        let owner = section.map { $0.number.map { ProseLocator.Label(.section(number: $0, title: "")) } ?? $0.label } ?? ProseLocator.Label(preamblePart)
        let tableLabel = owner.appending(.table(number))
        checkShape(table)
        var match: ProfiledTable?
        if let tables {
            if let found = tables.match(table.header.map { InlineText.plain($0.raw) }) {
                match = ProfiledTable(table: table, profile: found.profile, columns: found.columns)
            } else {
                // Years as columns («Сумма, тыс. тенге» over 2027 | 2028 | Итого): read as the profile that says so.
                match = Self.yearColumns(table, tables: tables)
            }
        }
        let node = Self.genericNode(table, profile: match?.profile.name)
        if let section { section.tables.append(node) } else { preambleTables.append(node) }
        if let match { profiled.append(match) }
        let sectionLabel = section?.label
        regions.append(.init(firstLine: table.mark.line, lastLine: table.mark.line + 1, label: tableLabel, section: sectionLabel))
        for (index, mark) in table.rowMarks.enumerated() {
            regions.append(.init(firstLine: mark.line, lastLine: mark.line, label: tableLabel.appending(.row(index + 1)), section: sectionLabel))
        }
        tableReadings.append(.init(
            columns: table.header.map { InlineText.plain($0.raw) }, profile: match?.profile.name, rows: table.rows.count,
            place: tableLabel.localized))
    }

    /// A table with the years as columns, turned into rows of year and amount for the profile
    /// that declares `years_as_columns` (the budget by year): the amounts of its total row
    /// («Итого», «Барлығы»), or of its only row; a total column gives the total. Nil when fewer
    /// than two headers are years, or no profile reads such a table.
    static func yearColumns(_ table: MarkdownTable, tables: TableProfiles) -> ProfiledTable? {
        guard let profile = tables.yearColumnsProfile, let keys = profile.yearColumns,
            let yearField = profile.field(keys.year), let amountField = profile.field(keys.amount)
        else { return nil }
        let headers = table.header.map { InlineText.plain($0.raw) }
        let lower = headers.map { $0.components(separatedBy: " / ").last ?? $0 }
        let yearColumns = lower.indices.filter { CellValues.year(lower[$0]) != nil && lower[$0].count <= 8 }
        guard yearColumns.count >= 2 else { return nil }
        let totalColumn = lower.indices.first { tables.isTotal(lower[$0]) }
        let totalRow = table.rows.firstIndex { row in row.contains { tables.isTotal(InlineText.plain($0.raw)) } } ?? (table.rows.count == 1 ? 0 : nil)
        guard let totalRow else { return nil }
        let row = table.rows[totalRow]
        let mark = table.rowMarks[totalRow]
        // The amount column keeps the unit of the header above the years («Сумма, тыс. тенге»).
        let unit = headers[yearColumns[0]].components(separatedBy: " / ").dropLast().joined(separator: " ")
        let header = [MarkdownCell(raw: lower[yearColumns[0]], mark: table.mark), MarkdownCell(raw: unit, mark: table.mark)]
        var rows: [[MarkdownCell]] = []
        var marks: [Mark] = []
        for column in yearColumns where column < row.count {
            rows.append([MarkdownCell(raw: lower[column], mark: table.header[column].mark), row[column]])
            marks.append(mark)
        }
        if let totalColumn, totalColumn < row.count {
            rows.append([MarkdownCell(raw: lower[totalColumn], mark: row[totalColumn].mark), row[totalColumn]])
            marks.append(mark)
        }
        let byYear = MarkdownTable(header: header, delimiterCount: 2, delimiterMark: table.delimiterMark, rows: rows, rowMarks: marks, mark: table.mark, lastLine: table.lastLine)
        return ProfiledTable(table: byYear, profile: profile, columns: [yearField, amountField])
    }

    /// The number of a caption paragraph: «Таблица 4», «Таблица 4 – Этапы», «4-кесте», «Table 4».
    static func captionNumber(_ text: String) -> Int? {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\u{A0}" }).prefix(2).map { String($0).lowercased() }
        guard words.count >= 1 else { return nil }
        if ["таблица", "кесте", "table"].contains(words[0]), words.count == 2 {
            return Int(words[1].prefix { $0.isNumber })
        }
        if words[0].hasSuffix("-кесте") { return Int(words[0].prefix { $0.isNumber }) }
        return nil
    }

    /// The headings as read, depth-first, for the reading report.
    func sectionReadings() -> [ReadingReport.Section] {
        func walk(_ draft: Draft) -> [ReadingReport.Section] {
            [ReadingReport.Section(number: draft.number, title: draft.title, level: draft.parts?.count ?? draft.level, gost: nil, place: draft.label.localized)]
                + draft.children.flatMap(walk)
        }
        return sections.flatMap(walk)
    }

    private mutating func checkShape(_ table: MarkdownTable) {
        let width = table.header.count
        if table.delimiterCount != width {
            problems.append(Diagnostic(.tableCells, "delimiter", ["count": "\(table.delimiterCount)", "width": "\(width)"], file: path, mark: table.delimiterMark))
        }
        for (index, row) in table.rows.enumerated() where row.count != width {
            problems.append(Diagnostic(.tableCells, "row", ["row": "\(index + 1)", "count": "\(row.count)", "width": "\(width)"], file: path, mark: table.rowMarks[index]))
        }
    }

    /// `{columns: [...], rows: [{column: cell}], profile?}`; cells stay strings here, an empty cell
    /// is left out, and a repeated or empty column name gets its position («Сумма (2)», «column 3»).
    static func genericNode(_ table: MarkdownTable, profile: String?) -> Node {
        var names: [String] = []
        var seen: Set<String> = []
        for (index, cell) in table.header.enumerated() {
            var name = InlineText.plain(cell.raw)
            if name.isEmpty { name = "column \(index + 1)" }
            if seen.contains(name) { name += " (\(index + 1))" }
            seen.insert(name)
            names.append(name)
        }
        var rows: [Node] = []
        for (index, row) in table.rows.enumerated() {
            var mapping = Mapping()
            for (column, cell) in row.prefix(names.count).enumerated() {
                let text = InlineText.plain(cell.raw)
                guard !text.isEmpty else { continue }
                mapping.insert(.init(key: names[column], keyMark: cell.mark, value: Node(.scalar(.string(text), .plain), mark: cell.mark)))
            }
            rows.append(Node(.mapping(mapping), mark: table.rowMarks[index]))
        }
        var mapping = Mapping()
        let columns = zip(names, table.header).map { Node(.scalar(.string($0), .plain), mark: $1.mark) }
        mapping.insert(.init(key: "columns", keyMark: table.mark, value: Node(.sequence(columns), mark: table.mark)))
        mapping.insert(.init(key: "rows", keyMark: table.mark, value: Node(.sequence(rows), mark: table.rowMarks.first ?? table.mark)))
        if let profile { mapping.insert(.init(key: "profile", keyMark: table.mark, value: Node(.scalar(.string(profile), .plain), mark: table.mark))) }
        return Node(.mapping(mapping), mark: table.mark)
    }

    /// «§4.2 «Title»», «§4.2», or «Title» for an unnumbered section; long titles are shortened
    /// when worded (`ProseLocator.Part.section`).
    static func label(number: String?, title: String) -> ProseLocator.Label {
        ProseLocator.Label(.section(number: number, title: title))
    }

    private static func isProperPrefix(_ prefix: [String], of parts: [String]) -> Bool {
        prefix.count < parts.count && zip(prefix, parts).allSatisfy { $0 == $1 }
    }

    // MARK: - Nodes

    /// The `sections` node, or nil when the document has no section.
    func sectionsNode() -> Node? {
        guard let first = sections.first else { return nil }
        return Node(.sequence(sections.map(Self.node)), mark: first.mark)
    }

    /// The text of paragraphs: joined by blank lines, marked at the first paragraph.
    static func textNode(_ paragraphs: [(text: String, mark: Mark)]) -> Node? {
        guard let first = paragraphs.first else { return nil }
        return Node(.scalar(.string(paragraphs.map(\.text).joined(separator: "\n\n")), .plain), mark: first.mark)
    }

    private static func node(_ draft: Draft) -> Node {
        var mapping = Mapping()
        func put(_ key: String, _ value: Node) { mapping.insert(.init(key: key, keyMark: value.mark, value: value)) }
        if let number = draft.number { put("number", Node(.scalar(.string(number), .plain), mark: draft.textMark)) }
        put("title", Node(.scalar(.string(draft.title), .plain), mark: draft.titleMark))
        put("level", Node(.scalar(.int(Int64(draft.level)), .plain), mark: draft.mark))
        if let text = textNode(draft.paragraphs) { put("text", text) }
        if let first = draft.tables.first { put("tables", Node(.sequence(draft.tables), mark: first.mark)) }
        if let first = draft.children.first { put("subsections", Node(.sequence(draft.children.map(node)), mark: first.mark)) }
        return Node(.mapping(mapping), mark: draft.mark)
    }
}
