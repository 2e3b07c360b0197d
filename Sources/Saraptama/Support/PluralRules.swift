import SaraptamaLoading
/// The CLDR plural categories Saraptama's languages use for whole numbers.
public enum PluralCategory: Sendable, Equatable {
    case one, few, many, other
}

extension Language {
    /// The plural category of the whole number `count`, by the CLDR rules of the language
    /// (unicode.org/cldr, "Language Plural Rules"): Russian one / few / many
    /// (1, 21, 101 · 2–4, 22–24 · 0, 5–20, 25–30, 111–114); Kazakh and English one / other.
    public func pluralCategory(_ count: Int) -> PluralCategory {
        let n = count.magnitude
        switch self {
        case .ru:
            let last = n % 10, lastTwo = n % 100
            if last == 1 && lastTwo != 11 { return .one }
            if (2...4).contains(last) && !(12...14).contains(lastTwo) { return .few }
            return .many
        case .kk, .en:
            return n == 1 ? .one : .other
        }
    }
}

/// A noun in the forms a count needs, in the three languages: Russian one / few / many, Kazakh
/// (a noun after a numeral stays singular) and English one / other.
public struct CountedNoun: Sendable, Equatable {
    public let ru: (one: String, few: String, many: String)
    public let kk: String
    public let en: (one: String, other: String)

    public init(ru: (one: String, few: String, many: String), kk: String, en: (one: String, other: String)) {
        self.ru = ru
        self.kk = kk
        self.en = en
    }

    /// The form that goes with `count` in `language`.
    public func form(_ count: Int, in language: Language) -> String {
        let category = language.pluralCategory(count)
        switch language {
        case .ru: return category == .one ? ru.one : category == .few ? ru.few : ru.many
        case .kk: return kk
        case .en: return category == .one ? en.one : en.other
        }
    }

    /// `count` followed by the noun's form: «2 ошибки», «5 ошибок», «2 қате», "1 error".
    public func counted(_ count: Int, in language: Language) -> String {
        "\(count) \(form(count, in: language))"
    }

    public static func == (left: CountedNoun, right: CountedNoun) -> Bool {
        left.ru == right.ru && left.kk == right.kk && left.en == right.en
    }
}

extension CountedNoun {
    public static let error = CountedNoun(ru: ("ошибка", "ошибки", "ошибок"), kk: "қате", en: ("error", "errors"))
    public static let warning = CountedNoun(ru: ("предупреждение", "предупреждения", "предупреждений"), kk: "ескерту", en: ("warning", "warnings"))
    public static let info = CountedNoun(ru: ("сведение", "сведения", "сведений"), kk: "ақпарат", en: ("info", "info"))
    public static let finding = CountedNoun(ru: ("замечание", "замечания", "замечаний"), kk: "ескертпе", en: ("finding", "findings"))
    public static let document = CountedNoun(ru: ("документ", "документа", "документов"), kk: "құжат", en: ("document", "documents"))
    public static let examination = CountedNoun(ru: ("экспертиза", "экспертизы", "экспертиз"), kk: "сараптама", en: ("examination", "examinations"))
    public static let row = CountedNoun(ru: ("строка", "строки", "строк"), kk: "жол", en: ("row", "rows"))
    public static let problem = CountedNoun(ru: ("проблема", "проблемы", "проблем"), kk: "мәселе", en: ("problem", "problems"))
    public static let file = CountedNoun(ru: ("файл", "файла", "файлов"), kk: "файл", en: ("file", "files"))
    public static let fileOrFolder = CountedNoun(ru: ("файл или папка", "файла или папки", "файлов или папок"), kk: "файл не қалта", en: ("file or folder", "files or folders"))

    /// `count` with the noun in each language, as diagnostic arguments `name.ru`, `name.kk`, `name.en`.
    public func arguments(_ name: String, count: Int) -> [String: String] {
        DiagnosticCatalogue.localized(name, (counted(count, in: .ru), counted(count, in: .kk), counted(count, in: .en)))
    }
}
