import Foundation

/// The part of pandoc's JSON AST (`pandoc -t json`, API 1.22 and later) that a Word document's
/// reading needs: headings with their level, paragraphs (and whether they are wholly bold),
/// numbered and bulleted lists, tables with header rows, row and column spans and cells of
/// several paragraphs, captions, code blocks. Everything else is kept as text so no word is lost.
enum WordBlock {
    case heading(level: Int, text: String)
    /// A paragraph: its text and whether every word of it is bold (a heading typed by hand).
    case paragraph(text: String, bold: Bool)
    /// A numbered list: its first number and its items, each a list of blocks.
    case orderedList(start: Int, items: [[WordBlock]])
    case bulletList(items: [[WordBlock]])
    case table(WordTable)
    case code(String)
}

/// A table as Word keeps it: header rows and body rows of cells, each with its spans.
struct WordTable {
    struct Cell {
        /// The cell's paragraphs, in order.
        var paragraphs: [String]
        var rowSpan: Int
        var columnSpan: Int
    }

    /// The caption pandoc attached to the table, if any («Таблица 4 – Этапы»).
    var caption: String?
    var headRows: [[Cell]]
    var bodyRows: [[Cell]]
    var columnCount: Int
}

/// Decodes pandoc's JSON into `WordBlock`s.
enum WordAST {
    struct Malformed: Error {}

    /// The blocks of the JSON `data`; throws when it is not pandoc's JSON.
    static func blocks(json data: Data) throws -> [WordBlock] {
        guard let root = try JSONSerialization.jsonObject(with: data) as? [String: Any], let blocks = root["blocks"] as? [Any] else {
            throw Malformed()
        }
        return self.blocks(blocks, depth: 0)
    }

    /// Nesting beyond this depth is flattened to text (a hostile file cannot exhaust the stack).
    static let maxDepth = 32

    static func blocks(_ list: [Any], depth: Int) -> [WordBlock] {
        list.flatMap { block(($0 as? [String: Any]) ?? [:], depth: depth) }
    }

    private static func block(_ node: [String: Any], depth: Int) -> [WordBlock] {
        let tag = node["t"] as? String ?? ""
        let content = node["c"]
        guard depth < maxDepth else { return [.paragraph(text: text(content, depth: depth), bold: false)] }
        switch tag {
        case "Header":
            let parts = content as? [Any] ?? []
            let level = parts.first as? Int ?? 1
            return [.heading(level: level, text: inlines(parts.count > 2 ? parts[2] : nil, depth: depth))]
        case "Para", "Plain":
            let list = content as? [Any] ?? []
            let string = inlines(list, depth: depth)
            return string.isEmpty ? [] : [.paragraph(text: string, bold: isBold(list))]
        case "LineBlock":
            let lines = (content as? [Any] ?? []).map { inlines($0, depth: depth) }
            return [.paragraph(text: lines.joined(separator: " "), bold: false)]
        case "OrderedList":
            let parts = content as? [Any] ?? []
            let attributes = parts.first as? [Any] ?? []
            let items = (parts.count > 1 ? parts[1] as? [Any] : nil) ?? []
            return [.orderedList(start: attributes.first as? Int ?? 1, items: items.map { blocks(($0 as? [Any]) ?? [], depth: depth + 1) })]
        case "BulletList":
            let items = content as? [Any] ?? []
            return [.bulletList(items: items.map { blocks(($0 as? [Any]) ?? [], depth: depth + 1) })]
        case "BlockQuote":
            return blocks(content as? [Any] ?? [], depth: depth + 1)
        case "Div":
            let parts = content as? [Any] ?? []
            return blocks((parts.count > 1 ? parts[1] as? [Any] : nil) ?? [], depth: depth + 1)
        case "CodeBlock":
            let parts = content as? [Any] ?? []
            return [.code(parts.count > 1 ? parts[1] as? String ?? "" : "")]
        case "Table":
            return [.table(table(content as? [Any] ?? [], depth: depth))]
        case "DefinitionList":
            var out: [WordBlock] = []
            for item in content as? [Any] ?? [] {
                let pair = item as? [Any] ?? []
                out.append(.paragraph(text: inlines(pair.first, depth: depth), bold: false))
                for definition in (pair.count > 1 ? pair[1] as? [Any] : nil) ?? [] { out += blocks(definition as? [Any] ?? [], depth: depth + 1) }
            }
            return out
        default:
            // HorizontalRule, RawBlock, Null: nothing a reader of the document reads.
            return []
        }
    }

    private static func table(_ parts: [Any], depth: Int) -> WordTable {
        // [attr, caption, colspecs, head, bodies, foot]
        func rows(_ node: Any?) -> [[WordTable.Cell]] {
            (node as? [Any] ?? []).map { row in
                let rowParts = row as? [Any] ?? []
                return ((rowParts.count > 1 ? rowParts[1] as? [Any] : nil) ?? []).map { cell in
                    let cellParts = cell as? [Any] ?? []
                    let content = blocks((cellParts.count > 4 ? cellParts[4] as? [Any] : nil) ?? [], depth: depth + 1)
                    return WordTable.Cell(
                        paragraphs: content.flatMap(paragraphs),
                        rowSpan: max(1, cellParts.count > 2 ? cellParts[2] as? Int ?? 1 : 1),
                        columnSpan: max(1, cellParts.count > 3 ? cellParts[3] as? Int ?? 1 : 1))
                }
            }
        }
        let captionBlocks = ((parts.count > 1 ? parts[1] as? [Any] : nil).flatMap { $0.count > 1 ? $0[1] as? [Any] : nil }) ?? []
        let caption = blocks(captionBlocks, depth: depth + 1).flatMap(paragraphs).joined(separator: " ")
        let columns = (parts.count > 2 ? parts[2] as? [Any] : nil)?.count ?? 0
        let head = (parts.count > 3 ? parts[3] as? [Any] : nil).flatMap { $0.count > 1 ? rows($0[1]) : nil } ?? []
        var body: [[WordTable.Cell]] = []
        var extraHead: [[WordTable.Cell]] = []
        for tableBody in (parts.count > 4 ? parts[4] as? [Any] : nil) ?? [] {
            let bodyParts = tableBody as? [Any] ?? []
            extraHead += bodyParts.count > 2 ? rows(bodyParts[2]) : []
            body += bodyParts.count > 3 ? rows(bodyParts[3]) : []
        }
        let foot = (parts.count > 5 ? parts[5] as? [Any] : nil).flatMap { $0.count > 1 ? rows($0[1]) : nil } ?? []
        return WordTable(caption: caption.isEmpty ? nil : caption, headRows: head + extraHead, bodyRows: body + foot, columnCount: columns)
    }

    /// The paragraphs of a block, for a table cell.
    private static func paragraphs(_ block: WordBlock) -> [String] {
        switch block {
        case .heading(_, let text), .paragraph(let text, _), .code(let text): return [text]
        case .orderedList(_, let items), .bulletList(let items): return items.flatMap { $0.flatMap(paragraphs) }
        case .table(let table): return (table.headRows + table.bodyRows).flatMap { $0.flatMap(\.paragraphs) }
        }
    }

    /// Whether the inlines, ignoring spaces, are all inside Strong.
    private static func isBold(_ list: [Any]) -> Bool {
        var sawText = false
        for item in list {
            let node = item as? [String: Any] ?? [:]
            switch node["t"] as? String ?? "" {
            case "Space", "SoftBreak", "LineBreak": continue
            case "Strong": sawText = true
            case "Span", "Emph", "Underline":
                let content = node["t"] as? String == "Span" ? ((node["c"] as? [Any])?.last as? [Any] ?? []) : (node["c"] as? [Any] ?? [])
                if !isBold(content) { return false }
                sawText = true
            default: return false
            }
        }
        return sawText
    }

    /// The plain text of a list of inlines, spaces collapsed.
    static func inlines(_ node: Any?, depth: Int) -> String {
        var out = ""
        append(node, to: &out, depth: depth)
        return out.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    private static func text(_ node: Any?, depth: Int) -> String { inlines(node, depth: depth) }

    private static func append(_ node: Any?, to out: inout String, depth: Int) {
        guard depth < maxDepth * 2 else { return }
        if let list = node as? [Any] {
            for item in list { append(item, to: &out, depth: depth + 1) }
            return
        }
        guard let inline = node as? [String: Any] else {
            if let string = node as? String { out += string }
            return
        }
        let content = inline["c"]
        switch inline["t"] as? String ?? "" {
        case "Str": out += content as? String ?? ""
        case "Space", "SoftBreak", "LineBreak": out += " "
        case "Emph", "Strong", "Underline", "Strikeout", "Superscript", "Subscript", "SmallCaps":
            append(content, to: &out, depth: depth + 1)
        case "Quoted":
            let parts = content as? [Any] ?? []
            out += "«"
            append(parts.count > 1 ? parts[1] : nil, to: &out, depth: depth + 1)
            out += "»"
        case "Cite", "Span":
            let parts = content as? [Any] ?? []
            append(parts.count > 1 ? parts[1] : nil, to: &out, depth: depth + 1)
        case "Link", "Image":
            let parts = content as? [Any] ?? []
            append(parts.count > 1 ? parts[1] : nil, to: &out, depth: depth + 1)
        case "Code", "Math", "RawInline":
            let parts = content as? [Any] ?? []
            out += parts.count > 1 ? parts[1] as? String ?? "" : ""
        default:
            // Note (footnotes): not part of the sentence it hangs on.
            break
        }
    }
}
