import SaraptamaLoading

/// A kind of table whose rows are a structured part of the document schema (Rules/documents.md):
/// a table of functions, of integrations, of budget lines, ... Its columns are recognised by
/// their headers (in Russian, Kazakh or English), so the table is checked exactly like the YAML
/// form. Profiles are data: `Rules/extraction/tables.yaml`, read into `TableProfiles`.
public struct TableProfile: Sendable {
    /// How a cell becomes a value (`value:` of a field in tables.yaml).
    enum Value: String, Sendable, CaseIterable {
        /// The text as written (names, codes, enumerations such as `healthcare`, `ШЭП`).
        case text
        /// A whole number: spaces, no-break and thin spaces between digit groups are dropped;
        /// `,00` kopecks are allowed; «480 000,0» under «тыс. тенге» and «275 млн» are read.
        case integer
        /// A year: the leading four digits («2025», «2025 год»).
        case year
        /// A date, kept as a string; `dd.mm.yyyy` is rewritten `yyyy-mm-dd`; a period («март
        /// 2026 г.», «I квартал 2026 г.») gives its first day, or its last for a field `end`.
        case date
        /// A period in one cell («Сроки»: «март – май 2026 г.») giving the row's `start` and `end`.
        case period
    }

    /// A column of the profile.
    struct Field: Sendable {
        /// Where the value goes in the row's mapping (`["source", "kind"]` nests).
        let key: [String]
        /// Header texts that name the column, as written in tables.yaml.
        let synonyms: [String]
        /// The same, as headers are compared (`TableProfiles.comparable`).
        let comparable: Set<String>
        let required: Bool
        let value: Value

        var dottedKey: String { key.joined(separator: ".") }
    }

    /// Rows grouped under a parent by one column (attributes under their entity).
    struct Grouping: Sendable {
        /// The column whose value names the group (a row with it empty continues the group above).
        let column: String
        /// The group's key for that value, and the key of its list of rows.
        let nameKey: String
        let rowsKey: String
    }

    /// Where a total row («Итого», «Барлығы») puts which field's value.
    struct Total: Sendable {
        let target: [String]
        let field: [String]
    }

    /// A table with years as its columns, read as rows of `year` and `amount` (fields' keys).
    struct YearColumns: Sendable {
        let year: [String]
        let amount: [String]
    }

    /// An example of the profile, run as a test (`TableExampleRunner`).
    struct Example: Sendable {
        enum Expectation: Sendable {
            /// The header is read as this profile, with these fields per column (nil: no field);
            /// `columns` nil when only the profile is asserted.
            case header([String], columns: [String?]?)
            /// The header is not read as this profile.
            case notThisProfile([String])
            /// The table (header row first) gives these rows at the target, this total, and
            /// problems with these codes.
            case table([[String]], rows: Node?, total: Node?, problems: [String])
        }

        let expectation: Expectation
        let mark: Mark
    }

    /// The profile's name, recorded as the generic table's `profile`.
    let name: String
    /// The path of the list the rows (or groups) are appended to (`["budget", "items"]`).
    let target: [String]
    let fields: [Field]
    var grouping: Grouping? = nil
    var total: Total? = nil
    var yearColumns: YearColumns? = nil
    var examples: [Example] = []
    let file: String
    let mark: Mark

    func field(_ key: [String]) -> Field? { fields.first { $0.key == key } }
}
