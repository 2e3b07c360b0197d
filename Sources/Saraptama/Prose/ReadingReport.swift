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
        public var place: String
    }

    /// A table and what it was read as.
    public struct Table: Sendable {
        public var columns: [String]
        /// The profile it matched, or nil when it was not recognised.
        public var profile: String?
        public var rows: Int
        public var place: String
    }

    /// A fact read from a sentence.
    public struct Fact: Sendable {
        public var path: String
        public var value: String
        public var pattern: String
        public var place: String
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
        /// Where it is, in words («§4.3.2, ¶2»).
        public var place: String
    }

    /// The paragraphs, in order (not printed).
    public var paragraphs: [Paragraph] = []
    /// The text of the title page (title and preamble), for finding the state body.
    public var titlePage: [String] = []

    /// How the file was read («DOCX through pandoc's JSON AST», «Markdown»).
    public var format: String
    /// Where the header came from: «front matter», «header block», «title page».
    public var header: String
    public var notes: [String] = []
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

    public init(format: String, header: String) {
        self.format = format
        self.header = header
    }

    /// The report as text (English), for `saraptama read` and the golden files.
    public func render() -> String {
        var out = "reading: \(format); header from the \(header)\n"
        for note in notes { out += "  note: \(note)\n" }
        out += "sections:\n"
        for section in sections {
            let indent = String(repeating: "  ", count: max(1, section.level))
            let gost = section.gost.map { " → GOST section \($0)" } ?? ""
            out += "\(indent)\(section.number.map { $0 + " " } ?? "")\(section.title)\(gost)\n"
        }
        if !counts.isEmpty { out += "read: " + counts.map { "\($0.part) \($0.count)" }.joined(separator: ", ") + "\n" }
        out += "tables:\n"
        for table in tables {
            out += "  \(table.place): \(table.profile.map { "read as \($0)" } ?? "NOT RECOGNISED") (\(table.rows) rows) | \(table.columns.joined(separator: " | ")) |\n"
        }
        if !facts.isEmpty {
            out += "facts from sentences:\n"
            for fact in facts { out += "  \(fact.path) = \(fact.value)  [\(fact.pattern)] found in \(fact.place): «\(Self.shortened(fact.sentence))»\n" }
        }
        if !rulesWithNothing.isEmpty { out += "rules with nothing to look at: \(rulesWithNothing.joined(separator: ", "))\n" }
        for problem in problems { out += "problem: \(problem.code) \(problem.mark.map { "\($0.line):\($0.column) " } ?? "")\(problem.message)\n" }
        return out
    }

    static func shortened(_ text: String) -> String { text.count > 160 ? String(text.prefix(159)) + "…" : text }
}
