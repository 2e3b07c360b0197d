import Foundation

/// Clauses of an act as rule authors write them (`art. 38 p. 2 sub. 8; art. 39 p. 1`), in the
/// words of each language: «ст. 38 п. 2 пп. 8; ст. 39 п. 1» in Russian, «38-бап 2-тармақ
/// 8-тармақша; 39-бап 1-тармақ» in Kazakh. A rule may instead give the clause as `{ru, kk, en}`.
enum ClauseText {
    /// The words for a clause that the rule set could not find in the act's text.
    static let notIdentified = LocalizedText(ru: "статья не установлена", kk: "бабы анықталмаған", en: "article not identified")

    /// `text` in the three languages, or nil when it is not made only of citations (the rule must
    /// then give `{ru, kk, en}` itself, so no English reaches a Russian or Kazakh report).
    static func localized(_ text: String) -> LocalizedText? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "not identified" { return notIdentified }
        var ru: [String] = []
        var kk: [String] = []
        for segment in trimmed.split(separator: ";") {
            guard let parts = parse(segment.trimmingCharacters(in: .whitespaces)) else { return nil }
            ru.append(parts.map { "\($0.ru) \($0.number)" }.joined(separator: " "))
            kk.append(parts.map { "\($0.number)-\($0.kk)" }.joined(separator: " "))
        }
        guard !ru.isEmpty else { return nil }
        return LocalizedText(ru: ru.joined(separator: "; "), kk: kk.joined(separator: "; "), en: trimmed)
    }

    private static let units: [(en: String, ru: String, kk: String)] = [
        ("arts.", "ст.", "баптар"), ("art.", "ст.", "бап"), ("pp.", "пп.", "тармақтар"), ("p.", "п.", "тармақ"),
        ("sub.", "пп.", "тармақша"),
    ]

    /// `art. 38 p. 2 sub. 8, 9` as (unit, number) pairs; nil when a word is not a citation unit
    /// or a unit has no number.
    private static func parse(_ segment: String) -> [(ru: String, kk: String, number: String)]? {
        var words = segment.split(separator: " ").map(String.init)[...]
        var parts: [(ru: String, kk: String, number: String)] = []
        while let word = words.first {
            words = words.dropFirst()
            guard let unit = units.first(where: { $0.en == word }) else { return nil }
            var numbers: [String] = []
            while let next = words.first, next.first?.isNumber == true {
                numbers.append(next)
                words = words.dropFirst()
            }
            guard !numbers.isEmpty, numbers.allSatisfy(isNumberList) else { return nil }
            parts.append((unit.ru, unit.kk, numbers.joined(separator: " ")))
        }
        return parts.isEmpty ? nil : parts
    }

    /// `2`, `2-1`, `4-1,`, `2–4`: digits, dashes and a trailing comma.
    private static func isNumberList(_ word: String) -> Bool {
        word.allSatisfy { $0.isASCII && $0.isNumber || $0 == "-" || $0 == "–" || $0 == "," }
    }
}
