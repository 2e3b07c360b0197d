/// Writes a Word document's blocks (`WordAST`) as the Markdown that `MarkdownDocumentBuilder`
/// reads, deciding on the way what Markdown cannot say and Word authors do:
///
/// - headings from heading styles, and from paragraphs typed as headings: a wholly bold paragraph
///   that starts with a section number («**4.2 Требования к функциям**»), or an item of a numbered
///   list that is a heading or a bold line (numbering set on the paragraph: its number comes from
///   the list, nested lists giving «4.2»);
/// - Word's automatic heading numbering, which is not in the text: when no heading but the title
///   carries a number, every heading is numbered from the heading levels (1, 1.1, 1.2, 2, …);
/// - tables: header rows merged into one (a lower row's text under a merged upper cell becomes
///   «upper / lower»), merged cells spread over the columns and rows they cover (a cell merged
///   down a column is left empty below, which continues the group above), a cell of several
///   paragraphs joined with «; ».
///
/// The result is text only this reader writes; its line numbers are the ones DOCX findings carry.
struct WordRendition {
    private(set) var lines: [String] = []
    /// What was decided, for the reading report: headings found in bold paragraphs or lists,
    /// numbering recomputed.
    private(set) var notes: [LocalizedText] = []

    /// Renders `blocks`; the first block, when it is a code block, stays a ```` ```yaml ```` block
    /// (the header block convention).
    static func render(_ blocks: [WordBlock]) -> WordRendition {
        var rendition = WordRendition()
        var items = rendition.headings(blocks, listPrefix: nil)
        rendition.numberAutomatically(&items)
        for (index, item) in items.enumerated() { rendition.write(item, first: index == 0) }
        return rendition
    }

    /// The text, one line per line, ending with a newline.
    var text: String { lines.joined(separator: "\n") + "\n" }

    // MARK: - Deciding what is a heading

    private enum Item {
        case heading(level: Int, number: String?, title: String)
        case paragraph(String)
        case table(WordTable)
        case code(String)
    }

    private mutating func headings(_ blocks: [WordBlock], listPrefix: String?) -> [Item] {
        var out: [Item] = []
        for block in blocks {
            switch block {
            case .heading(let level, let text):
                let split = HeadingNumber.split(text)
                out.append(.heading(level: level, number: split.number, title: split.number == nil ? text : split.title))
            case .paragraph(let text, let bold):
                let split = HeadingNumber.split(text)
                // The whole paragraph decides: «1. Система должна:» goes on, it is no heading.
                if bold, let number = split.number, !split.title.isEmpty, Self.looksLikeHeading(text) {
                    notes.append(LocalizedText(ru: "абзац жирным шрифтом прочитан как заголовок \(number) «\(split.title)»", kk: "қалың қаріппен жазылған абзац \(number) тақырыбы ретінде оқылды «\(split.title)»", en: "bold paragraph read as heading \(number) «\(split.title)»"))
                    out.append(.heading(level: number.split(separator: ".").count, number: number, title: split.title))
                } else {
                    out.append(.paragraph(text))
                }
            case .orderedList(let start, let items):
                for (offset, item) in items.enumerated() {
                    var number = (listPrefix.map { $0 + "." } ?? "") + String(start + offset)
                    if listPrefix == nil, let continued = continuation(of: start + offset) { number = continued }
                    if let first = item.first, let title = Self.headingText(first) {
                        lastListHeading = number.split(separator: ".").compactMap { Int($0) }
                        notes.append(LocalizedText(ru: "пункт нумерованного списка прочитан как заголовок \(number) «\(title)»", kk: "нөмірленген тізім тармағы \(number) тақырыбы ретінде оқылды «\(title)»", en: "numbered list item read as heading \(number) «\(title)»"))
                        out.append(.heading(level: number.split(separator: ".").count, number: number, title: title))
                        out += headings(Array(item.dropFirst()), listPrefix: number)
                    } else {
                        out += headings(item, listPrefix: number).map { entry in
                            if case .paragraph(let text) = entry { return .paragraph("\(start + offset)) " + text) }
                            return entry
                        }
                    }
                }
            case .bulletList(let items):
                for item in items { out += headings(item, listPrefix: listPrefix).map { entry in
                    if case .paragraph(let text) = entry { return .paragraph("– " + text) }
                    return entry
                } }
            case .table(let table):
                out.append(.table(table))
            case .code(let text):
                out.append(.code(text))
            }
        }
        return out
    }

    /// The parts of the last heading read from a numbered list («4.2» → [4, 2]).
    private var lastListHeading: [Int] = []

    /// A nested list that a table interrupted comes back as a new top-level list: item 3 after
    /// heading 4.2 is 4.3, unless it could as well be the next top-level one (5 after 4.4 is 5).
    private func continuation(of number: Int) -> String? {
        guard lastListHeading.count >= 2, lastListHeading.last! + 1 == number, lastListHeading[0] + 1 != number else { return nil }
        return (lastListHeading.dropLast().map(String.init) + [String(number)]).joined(separator: ".")
    }

    /// The heading text of a list item's first block, when it is a heading or a wholly bold short line.
    private static func headingText(_ block: WordBlock) -> String? {
        switch block {
        case .heading(_, let text): return HeadingNumber.split(text).number == nil ? text : HeadingNumber.split(text).title
        case .paragraph(let text, true) where looksLikeHeading(text): return text
        default: return nil
        }
    }

    /// Short, and not a sentence that goes on («…:», «…;»).
    private static func looksLikeHeading(_ title: String) -> Bool {
        guard !title.isEmpty, title.count <= 160, let last = title.last else { return false }
        return !":;,".contains(last)
    }

    /// Numbers every heading from the levels when none but the title has a number in its text
    /// (Word's automatic numbering). A heading that names the document kind («Техническое
    /// задание …») is the title and stays unnumbered.
    private mutating func numberAutomatically(_ items: inout [Item]) {
        var indices: [Int] = []
        for (index, item) in items.enumerated() {
            guard case .heading(_, let number, let title) = item else { continue }
            if number != nil { return }
            if TitlePage.kind(of: title) != nil, indices.isEmpty { continue }
            indices.append(index)
        }
        guard indices.count >= 3 else { return }
        let base = indices.compactMap { index -> Int? in
            if case .heading(let level, _, _) = items[index] { return level }
            return nil
        }.min() ?? 1
        var counters: [Int] = []
        for index in indices {
            guard case .heading(let level, _, let title) = items[index] else { continue }
            let depth = max(1, level - base + 1)
            if counters.count >= depth { counters.removeSubrange(depth...) }
            while counters.count < depth - 1 { counters.append(1) }
            if counters.count == depth - 1 { counters.append(1) } else { counters[depth - 1] += 1 }
            let number = counters.map(String.init).joined(separator: ".")
            items[index] = .heading(level: level, number: number, title: title)
        }
        notes.append(LocalizedText(ru: "номера заголовков восстановлены по их уровням (автоматической нумерации Word нет в тексте)", kk: "тақырып нөмірлері олардың деңгейлері бойынша қалпына келтірілді (Word-тың автоматты нөмірлеуі мәтінде жоқ)", en: "heading numbers recomputed from the heading levels (Word's automatic numbering is not in the text)"))
    }

    // MARK: - Writing

    private mutating func write(_ item: Item, first: Bool) {
        switch item {
        case .heading(let level, let number, let title):
            let text = (number.map { $0 + " " } ?? "") + Self.escaped(title)
            lines.append(String(repeating: "#", count: min(6, max(1, level))) + " " + text)
        case .paragraph(let text):
            lines.append(Self.escaped(text))
        case .code(let text):
            // Only a leading code block means anything (the header block); others are kept as text.
            if first {
                lines.append("```yaml")
                lines += text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                lines.append("```")
            } else {
                lines += text.split(separator: "\n").map { Self.escaped(String($0)) }
            }
        case .table(let table):
            write(table)
        }
        lines.append("")
    }

    private mutating func write(_ table: WordTable) {
        let grid = WordTableGrid(table)
        guard grid.width > 0 else { return }
        if let caption = table.caption { lines.append(Self.escaped(caption)); lines.append("") }
        func row(_ cells: [String]) -> String { "| " + cells.map { Self.cell($0) }.joined(separator: " | ") + " |" }
        lines.append(row(grid.header))
        lines.append("|" + String(repeating: " --- |", count: grid.width))
        for body in grid.body { lines.append(row(body)) }
    }

    /// Text made safe for a line of Markdown: a leading marker that would start a heading, list,
    /// quote or table is escaped, and so is inline markup.
    static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>|".contains(character) { out.append("\\") }
            out.append(character)
        }
        if let first = out.first, "#>-+=".contains(first) { out = "\\" + out }
        if out.first?.isNumber == true, let dot = out.firstIndex(where: { !$0.isNumber }), out[dot] == "." || out[dot] == ")",
            out.index(after: dot) == out.endIndex || out[out.index(after: dot)] == " " {
            out.insert("\\", at: dot)
        }
        return out
    }

    private static func cell(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>|".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
