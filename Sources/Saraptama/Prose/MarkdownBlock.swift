import SaraptamaLoading

/// A block of a Markdown text, as the scanner finds it; inline markup is still raw here.
enum MarkdownBlock {
    case heading(MarkdownHeading)
    case paragraph(MarkdownParagraph)
    case table(MarkdownTable)
    case code(MarkdownCode)
}

/// An ATX (`## 4.2 Title`) or setext (`Title` underlined with `===` / `---`) heading.
struct MarkdownHeading {
    /// 1…6.
    let level: Int
    /// The heading text without the `#` markers, raw Markdown.
    let raw: String
    /// Where the heading starts (the first `#`, or the first character of a setext heading).
    let mark: Mark
    /// Where the heading text starts.
    let textMark: Mark
    /// The heading's last line (the underline of a setext heading).
    let lastLine: Int
}

/// A paragraph, a list item or a block quote's paragraph: raw lines joined later.
struct MarkdownParagraph {
    /// The raw text of each line, markers (list bullet, `>`) and indentation removed.
    var lines: [String]
    /// The first character of the text.
    let mark: Mark
    var lastLine: Int
}

/// One cell of a pipe table: raw Markdown text (trimmed) and where it starts.
struct MarkdownCell {
    let raw: String
    let mark: Mark
}

/// A GitHub pipe table: a header row, the delimiter row, then body rows.
struct MarkdownTable {
    let header: [MarkdownCell]
    /// The delimiter row's cell count (must equal the header's).
    let delimiterCount: Int
    let delimiterMark: Mark
    var rows: [[MarkdownCell]]
    /// The mark of each body row's first character.
    var rowMarks: [Mark]
    /// The header row's first character.
    let mark: Mark
    var lastLine: Int
}

/// A fenced or indented code block. Only the document's first block matters (it may carry the
/// header, see `ProseHeader`); other code blocks are not text.
struct MarkdownCode {
    /// The info string of a fenced block (`yaml`), empty for an indented block.
    let info: String
    let fenced: Bool
    /// 0-based indices of the content lines in the scanned line array.
    let content: Range<Int>
    let mark: Mark
    let lastLine: Int
}
