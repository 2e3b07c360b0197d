/// The messages of diagnostics in Russian, Kazakh and English, keyed by code (the code's own
/// sentence) or by `code.variant` (a code with several sentences), with named placeholders
/// `{name}` for the varying parts (keys, values, line numbers, limits, suggestions).
///
/// Why a Swift table and not a resource file: the three texts of a message are read and edited
/// side by side, the compiler builds them into the binary (no bundle lookup at run time, nothing
/// to install beside `saraptama`), and the loading module, which every stage depends on, can
/// render the English text when a diagnostic is made. The table is split by stage, one file each
/// (`DiagnosticCatalogue+Loading.swift`, `+Documents`, `+Authoring`), so that stages are edited
/// apart. `DiagnosticCatalogueTests` checks that every code used in `Sources/` has all three
/// languages, that every placeholder is given, and that the Russian and Kazakh texts hold no
/// English word.
public enum DiagnosticCatalogue {
    /// One message in the three languages.
    public struct Entry: Sendable {
        public let ru: String
        public let kk: String
        public let en: String

        public init(_ ru: String, _ kk: String, _ en: String) {
            self.ru = ru
            self.kk = kk
            self.en = en
        }

        /// The text of `language` ("ru", "kk"; anything else is English).
        public func text(_ language: String) -> String {
            switch language {
            case "ru": ru
            case "kk": kk
            default: en
            }
        }
    }

    /// Every entry, by key.
    public static let entries: [String: Entry] = {
        var all: [String: Entry] = [:]
        for table in [loading, documents, authoring] {
            all.merge(table) { first, _ in first }
        }
        return all
    }()

    /// The entry `key` in `language` with its placeholders filled, or nil when there is no such
    /// entry or an argument it names is missing (the caller then falls back to English).
    public static func render(_ key: String, arguments: [String: String], language: String) -> String? {
        guard let entry = entries[key] else { return nil }
        return fill(entry.text(language), arguments, language: language)
    }

    /// `template` with each `{name}` replaced by `arguments["name.<language>"]` (a part that is
    /// itself words, such as "a list" / "список") or else `arguments[name]` (a key, a value, a
    /// number); nil when one is missing.
    static func fill(_ template: String, _ arguments: [String: String], language: String) -> String? {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            guard let value = arguments[name + "." + language] ?? arguments[name] else { return nil }
            out += value
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// The placeholder names of `template`, in order.
    public static func placeholders(_ template: String) -> [String] {
        template.split(separator: "{", omittingEmptySubsequences: false).dropFirst().compactMap { part in
            part.firstIndex(of: "}").map { String(part[..<$0]) }
        }
    }

    /// "error", "warning", "note" in `language`, as diagnostics' lines start.
    public static func severityWord(_ severity: DiagnosticSeverity, language: String) -> String {
        switch (severity, language) {
        case (.error, "ru"): "ошибка"
        case (.error, "kk"): "қате"
        case (.warning, "ru"): "предупреждение"
        case (.warning, "kk"): "ескерту"
        case (.note, "ru"): "примечание"
        case (.note, "kk"): "ескертпе"
        default: severity.rawValue
        }
    }

    /// `words` (by language code) as arguments named `name.ru`, `name.kk`, `name.en`.
    public static func localized(_ name: String, _ words: (ru: String, kk: String, en: String)) -> [String: String] {
        [name + ".ru": words.ru, name + ".kk": words.kk, name + ".en": words.en]
    }

    /// A list of names in `language`: "a, b or c" / "a, b или c" / "a, b немесе c".
    public static func either(_ names: [String], language: String) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        let word = language == "ru" ? "или" : language == "kk" ? "немесе" : "or"
        return names.dropLast().joined(separator: ", ") + " \(word) " + names.last!
    }
}
