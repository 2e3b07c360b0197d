import SaraptamaLoading

/// The locator of a Markdown (or converted DOCX) document: line ranges of headings, paragraphs,
/// table rows and the header, each with its human label, searched by line.
///
/// Labels are kept in parts (`Label`) and worded when a location is asked for, in the report's
/// language: `§4.2, table 1, row 3` (en), `§4.2, таблица 1, строка 3` (ru), `4.2-бөлім, 1-кесте,
/// 3-жол` (kk).
public struct ProseLocator: PositionLocator {
    /// One labelled run of lines.
    struct Region: Sendable {
        let firstLine: Int
        let lastLine: Int
        /// The label of the lines themselves («§4.2 «…», ¶3»).
        let label: Label
        /// The label of the section the lines are in, for blank lines after them.
        let section: Label?
    }

    /// A human location in parts, from the outermost («§4.2», «preamble») to the innermost
    /// («row 3»), joined by «, » when worded.
    struct Label: Sendable, Hashable {
        var parts: [Part]

        init(_ parts: Part...) { self.parts = parts }
        init(parts: [Part]) { self.parts = parts }

        /// This label with `part` appended («§4.2» → «§4.2, table 1»).
        func appending(_ part: Part) -> Label { Label(parts: parts + [part]) }

        /// The label worded in `language`.
        func text(_ language: Language) -> String {
            parts.map { $0.text(language) }.joined(separator: ", ")
        }

        /// The label worded in each language.
        var localized: LocalizedText { LocalizedText(ru: text(.ru), kk: text(.kk), en: text(.en)) }
    }

    /// One part of a label. Section numbers and titles are kept as the document writes them;
    /// the other words are the locator's own, in three languages.
    enum Part: Sendable, Hashable {
        /// The document's title: its leading unnumbered level-1 heading.
        case title
        /// YAML front matter between `---` lines (Markdown).
        case frontMatter
        /// The header as a leading YAML code block (the DOCX convention).
        case headerBlock
        /// Text and tables before the first section.
        case preamble
        /// The same, when the document's header was read from it: its title page.
        case titlePage
        /// A section: «§4.2 «Title»», «§4.2» (no title, or only the number is wanted; «4.2-бөлім»
        /// in Kazakh), ««Title»» (unnumbered), or the words for an untitled section.
        case section(number: String?, title: String)
        /// The n-th paragraph (1-based) of a section or of the preamble: «¶n» in every language.
        case paragraph(Int)
        /// The n-th table (1-based) of a section or of the preamble.
        case table(Int)
        /// The n-th body row (1-based) of a table.
        case row(Int)

        func text(_ language: Language) -> String {
            // Kazakh wording to be confirmed by a native speaker (see the comments per case).
            switch self {
            case .title:
                return switch language {
                case .ru: "название документа"
                case .kk: "құжат атауы"
                case .en: "title"
                }
            case .frontMatter:
                // The technical term stays: it is what the author typed (`---` lines). A dash, not
                // parentheses: the text report already prints the locator in parentheses.
                return switch language {
                case .ru: "титульные данные — front matter"
                case .kk: "титулдық деректер — front matter"  // kk: «титулдық деректер» — to be confirmed
                case .en: "front matter"
                }
            case .headerBlock:
                return switch language {
                case .ru: "титульные данные — блок YAML"
                case .kk: "титулдық деректер — YAML блогы"  // kk: to be confirmed
                case .en: "header block"
                }
            case .titlePage:
                return switch language {
                case .ru: "титульный лист"
                case .kk: "титулдық парақ"  // kk: to be confirmed
                case .en: "title page"
                }
            case .preamble:
                return switch language {
                case .ru: "преамбула"
                case .kk: "кіріспе"  // kk: «кіріспе» (introduction); «преамбула» is also used in legal texts — to be confirmed
                case .en: "preamble"
                }
            case .section(let number, let title):
                let short = title.count > 60 ? String(title.prefix(59)) + "…" : title
                // Kazakh puts the number before the noun, as it does for tables and rows
                // («4.2-бөлім, 1-кесте, 3-жол»); Russian and English write «§4.2».
                let numbered = { (number: String) in language == .kk ? "\(number)-бөлім" : "§\(number)" }
                switch (number, short.isEmpty) {
                case (let number?, false): return "\(numbered(number)) «\(short)»"
                case (let number?, true): return numbered(number)
                case (nil, false): return "«\(short)»"
                case (nil, true):
                    switch language {
                    case .ru: return "раздел без названия"
                    case .kk: return "атаусыз бөлім"  // kk: to be confirmed
                    case .en: return "untitled section"
                    }
                }
            case .paragraph(let number):
                return "¶\(number)"
            case .table(let number):
                // Kazakh numbers a table or a row before the noun («1-кесте», «3-жол»), as Kazakh
                // documents caption their tables.
                return switch language {
                case .ru: "таблица \(number)"
                case .kk: "\(number)-кесте"  // kk: ordinal-before-noun form — to be confirmed
                case .en: "table \(number)"
                }
            case .row(let number):
                return switch language {
                case .ru: "строка \(number)"
                case .kk: "\(number)-жол"  // kk: to be confirmed
                case .en: "row \(number)"
                }
            }
        }
    }

    private let regions: [Region]
    /// Appended to every label (a DOCX says that line numbers are those of the converted text).
    private let note: LocalizedText?

    init(regions: [Region], note: LocalizedText? = nil) {
        self.regions = regions.sorted { $0.firstLine < $1.firstLine }
        self.note = note
    }

    /// The same regions with a note appended to every label.
    func noting(_ note: LocalizedText) -> ProseLocator { ProseLocator(regions: regions, note: note) }

    public func locate(_ mark: Mark, language: Language) -> String? {
        guard let label = label(at: mark) else { return nil }
        let text = label.text(language)
        return note.map { "\(text); \($0[language])" } ?? text
    }

    /// The label of the lines at `mark`, in parts (the note is not part of it).
    func label(at mark: Mark) -> Label? {
        // The last region starting at or before the line.
        var low = 0
        var high = regions.count - 1
        var found: Region?
        while low <= high {
            let middle = (low + high) / 2
            if regions[middle].firstLine <= mark.line {
                found = regions[middle]
                low = middle + 1
            } else {
                high = middle - 1
            }
        }
        guard let found else { return nil }
        return mark.line <= found.lastLine ? found.label : found.section
    }
}
