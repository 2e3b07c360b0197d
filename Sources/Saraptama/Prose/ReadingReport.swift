import SaraptamaLoading

/// What was read of a prose document, and what was not: where its header came from, the
/// sections found (and the GOST 34.602 section each top heading was taken for), the parts read
/// from tables and sentences, the tables not recognised, and — after a check — the rules that had
/// nothing to look at. Printed by `saraptama read`, and kept with the check's result.
public struct ReadingReport: Sendable {
    /// One heading as read.
    public struct Section: Sendable {
        public var number: String?
        public var title: String
        public var level: Int
        /// The GOST 34.602 section number it stands for (by its number, or its title), or nil.
        public var gost: Int?
        public var place: LocalizedText
    }

    /// A table and what it was read as.
    public struct Table: Sendable {
        public var columns: [String]
        /// The profile it matched, or nil when it was not recognised.
        public var profile: String?
        public var rows: Int
        public var place: LocalizedText
    }

    /// A fact read from a sentence.
    public struct Fact: Sendable {
        public var path: String
        public var value: String
        public var pattern: String
        public var place: LocalizedText
        public var sentence: String
    }

    /// A paragraph of the text, with the section it is in, for reading facts from sentences.
    public struct Paragraph: Sendable {
        public var text: String
        public var mark: Mark
        /// The number of its section («4.3.2»), nil when unnumbered or before the first section.
        public var section: String?
        /// The title of its own section.
        public var sectionTitle: String?
        /// Its top-level section's number and title («4», «Требования к системе»).
        public var topNumber: String?
        public var topTitle: String?
        /// Where it is, in words («§4.3.2, ¶2»), in each language.
        public var place: LocalizedText
    }

    /// The paragraphs, in order (not printed).
    public var paragraphs: [Paragraph] = []
    /// The text of the title page (title and preamble), for finding the state body.
    public var titlePage: [String] = []

    /// How the file was read («Word (.docx) read through pandoc's JSON AST», «Markdown»), in each language.
    public var format: LocalizedText
    /// Where the header came from: «front matter», «header block», «title page».
    public var header: String
    /// What the reader decided and why, in each language.
    public var notes: [LocalizedText] = []
    public var sections: [Section] = []
    public var tables: [Table] = []
    public var facts: [Fact] = []
    /// Counts of the structured parts read (functions, integrations, …), in a fixed order.
    public var counts: [(part: String, count: Int)] = []
    /// Rules in force that found nothing to look at in the document.
    public var rulesWithNothing: [String] = []
    /// What could not be read (`reading.*`, `prose-bad-number` at a cell …): errors make the
    /// verdict inconclusive; the rest of the document is still checked.
    public var problems: [Diagnostic] = []

    public init(format: LocalizedText, header: String) {
        self.format = format
        self.header = header
    }

    /// The report as text, for `saraptama read` (in its `--lang`) and the golden files (English).
    /// Titles, paths, profile and pattern names, and quoted sentences are shown as read.
    public func render(_ language: Language = .en) -> String {
        let words = ReadingReportWords(language: language)
        var out = "\(words.reading): \(format[language]); \(words.headerFrom(header))\n"
        for note in notes { out += "  \(words.note): \(note[language])\n" }
        out += "\(words.sections):\n"
        for section in sections {
            let indent = String(repeating: "  ", count: max(1, section.level))
            let gost = section.gost.map { " → " + words.gostSection($0) } ?? ""
            out += "\(indent)\(section.number.map { $0 + " " } ?? "")\(section.title)\(gost)\n"
        }
        if !counts.isEmpty { out += "\(words.read): " + counts.map { "\(words.part($0.part)) \($0.count)" }.joined(separator: ", ") + "\n" }
        out += "\(words.tables):\n"
        for table in tables {
            out += "  \(table.place[language]): \(table.profile.map(words.readAs) ?? words.notRecognised) (\(words.rows(table.rows))) | \(table.columns.joined(separator: " | ")) |\n"
        }
        if !facts.isEmpty {
            out += "\(words.factsFromSentences):\n"
            for fact in facts { out += "  \(fact.path) = \(fact.value)  [\(fact.pattern)] \(words.foundIn) \(fact.place[language]): «\(Self.shortened(fact.sentence))»\n" }
        }
        if !rulesWithNothing.isEmpty { out += "\(words.rulesWithNothing): \(rulesWithNothing.joined(separator: ", "))\n" }
        for problem in problems {
            out += "\(words.problem): \(problem.code) \(problem.mark.map { "\($0.line):\($0.column) " } ?? "")\(problem.message(in: language.rawValue))\n"
        }
        return out
    }

    static func shortened(_ text: String) -> String { text.count > 160 ? String(text.prefix(159)) + "…" : text }
}
