import Foundation

/// A kind of table whose rows are a structured part of the document schema (Rules/documents.md):
/// a table of functions, of integrations, of budget lines, ... Its columns are recognised by
/// their headers (in Russian, Kazakh or English), so the table is checked exactly like the YAML
/// form. The profiles themselves are data, in `TableProfiles`.
struct TableProfile: Sendable {
    /// How a cell becomes a value.
    enum Value: Sendable {
        /// The text as written (names, codes, enumerations such as `healthcare`, `ШЭП`).
        case text
        /// A whole number: spaces, no-break and thin spaces between digit groups are dropped;
        /// `,00` kopecks are allowed.
        case integer
        /// A year: the leading four digits («2025», «2025 год»).
        case year
        /// A date, kept as a string; `dd.mm.yyyy` is rewritten `yyyy-mm-dd`; a period («март
        /// 2026 г.», «I квартал 2026 г.») gives its first day, or its last for an `end`.
        case date
        /// A period in one cell («Сроки»: «март – май 2026 г.») giving the row's `start` and `end`.
        case period
    }

    /// A column of the profile.
    struct Field: Sendable {
        /// Where the value goes in the row's mapping (`["source", "kind"]` nests).
        let key: [String]
        /// Header texts that name the column, compared by `normalized`.
        let synonyms: [String]
        let required: Bool
        let value: Value

        init(_ key: String, _ synonyms: [String], required: Bool = true, _ value: Value = .text) {
            self.key = key.split(separator: ".").map(String.init)
            self.synonyms = synonyms.map(TableProfile.normalized)
            self.required = required
            self.value = value
        }
    }

    /// Rows grouped under a parent by one column (attributes under their entity).
    struct Grouping: Sendable {
        /// The column whose value names the group (a row with it empty continues the group above).
        let column: String
        /// The group's key for that value, and the key of its list of rows.
        let nameKey: String
        let rowsKey: String
    }

    /// The profile's name, recorded as the generic table's `profile`.
    let name: String
    /// The path of the list the rows (or groups) are appended to (`["budget", "items"]`).
    let target: [String]
    let fields: [Field]
    var grouping: Grouping? = nil
    /// Where a total row («Итого», «Барлығы», «Total») puts its amount, for budget tables.
    var totalTarget: [String]? = nil

    /// Units written in amount headers, dropped before matching («Сумма, тыс. тенге» is «Сумма»).
    static let units = ["тыс. тенге", "тыс.тенге", "тысяч тенге", "млн тенге", "млн. тенге", "миллионов тенге", "тенге", "мың теңге", "млн теңге", "теңге", "kzt", "тыс.", "млн"]

    static func withoutUnits(_ header: String) -> String {
        var text = header.lowercased()
        for unit in units { text = text.replacingOccurrences(of: unit, with: " ") }
        return text.replacingOccurrences(of: "()", with: "")
    }

    /// Header text reduced to lowercase letters and digits, `ё` read as `е`: «Сумма, тенге» and
    /// «сумма тенге» are the same header.
    static func normalized(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.lowercased().unicodeScalars where scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
            out.append(scalar == "ё" ? "е" : scalar)
        }
        return String(out)
    }

    /// The profile a table with these header texts matches, and the field of each column (nil
    /// for a column the profile does not know, such as «№ п/п»: it stays in the generic table
    /// only). A profile matches when all its required columns are there; of several, the one
    /// that recognises the most columns wins, the first listed on a tie.
    static func match(_ headers: [String]) -> (profile: TableProfile, columns: [Field?])? {
        // «Сроки выполнения / Начало» (a two-row header) is named by its lower text; the unit
        // («Сумма, тыс. тенге») is read from the cell values' header, not matched.
        let normalizedHeaders = headers.map { header -> String in
            let lower = header.components(separatedBy: " / ").last ?? header
            return normalized(withoutUnits(lower))
        }
        var best: (profile: TableProfile, columns: [Field?], score: Int)?
        for profile in TableProfiles.all {
            var used: Set<[String]> = []
            var columns: [Field?] = []
            for header in normalizedHeaders {
                let field = profile.fields.first { !used.contains($0.key) && $0.synonyms.contains(header) }
                if let field { used.insert(field.key) }
                columns.append(field)
            }
            guard profile.fields.allSatisfy({ !$0.required || used.contains($0.key) }) else { continue }
            if best == nil || used.count > best!.score { best = (profile, columns, used.count) }
        }
        return best.map { ($0.profile, $0.columns) }
    }
}
