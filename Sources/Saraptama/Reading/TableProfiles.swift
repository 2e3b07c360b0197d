import SaraptamaLoading

/// The table profiles of a rule set (`Rules/extraction/tables.yaml`): which header texts name
/// which field of the document schema, the units dropped from amount headers and the words of a
/// total row. Read with the rule set (`TableProfileParser`) and handed to the prose reader
/// (`ProseLoader`, `DocumentLoader`) as `RuleSet.tables`: tables are recognised only with them.
public struct TableProfiles: Sendable {
    /// In the order of the file: on a tie, the first listed wins.
    var profiles: [TableProfile] = []
    /// Units written in amount headers, lowercased, longest first («тыс. тенге» before «тенге»).
    private(set) var units: [String] = []
    /// First cells that make a row the table's total, as compared (`normalized`).
    private(set) var totalWords: Set<String> = []

    public init() {}

    /// Whether there is any profile: a rule set without tables.yaml recognises no table.
    public var isEmpty: Bool { profiles.isEmpty }

    mutating func setUnits(_ list: [String]) {
        units = list.map { $0.lowercased() }.sorted { $0.count > $1.count }
    }

    mutating func setTotalWords(_ list: [String]) {
        totalWords = Set(list.map(Self.normalized))
    }

    /// Whether a cell's text makes its row (or column) a total: «Итого», «Барлығы», «Total».
    func isTotal(_ text: String) -> Bool { totalWords.contains(Self.normalized(text)) }

    /// A header as it is compared: lowercase letters and digits, units dropped («Сумма, тыс.
    /// тенге» is «сумма»), `ё` read as `е`.
    func comparable(_ header: String) -> String {
        var text = header.lowercased()
        for unit in units { text = text.replacingOccurrences(of: unit, with: " ") }
        return Self.normalized(text)
    }

    /// Text reduced to lowercase letters and digits, `ё` read as `е`: «Сумма, тенге» and «сумма
    /// тенге» are the same.
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
    func match(_ headers: [String]) -> (profile: TableProfile, columns: [TableProfile.Field?])? {
        // «Сроки выполнения / Начало» (a two-row header) is named by its lower text.
        let compared = headers.map { comparable($0.components(separatedBy: " / ").last ?? $0) }
        var best: (profile: TableProfile, columns: [TableProfile.Field?], score: Int)?
        for profile in profiles {
            var used: Set<[String]> = []
            var columns: [TableProfile.Field?] = []
            for header in compared {
                let field = profile.fields.first { !used.contains($0.key) && $0.comparable.contains(header) }
                if let field { used.insert(field.key) }
                columns.append(field)
            }
            guard profile.fields.allSatisfy({ !$0.required || used.contains($0.key) }) else { continue }
            if best == nil || used.count > best!.score { best = (profile, columns, used.count) }
        }
        return best.map { ($0.profile, $0.columns) }
    }

    /// The profile that reads a table with years as its columns, if one declares it.
    var yearColumnsProfile: TableProfile? { profiles.first { $0.yearColumns != nil } }
}
