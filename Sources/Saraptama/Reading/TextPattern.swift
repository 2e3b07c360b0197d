import Foundation

/// A pattern that finds a statement in a sentence: a regular expression matched without regard
/// to case, over text whose «ё» is read as «е» and whose runs of spaces are one space.
///
/// The one place where extraction patterns meet a regular-expression engine (Foundation's
/// today), so that the engine can be replaced — by a linear-time one, say — without touching
/// the patterns' callers.
struct TextPattern: Sendable {
    let source: String
    private let expression: NSRegularExpression

    /// Compiles `source`; throws its error message when it is not a valid expression.
    init(_ source: String) throws(PatternError) {
        self.source = source
        do {
            expression = try NSRegularExpression(pattern: source, options: [.caseInsensitive, .useUnicodeWordBoundaries])
        } catch {
            throw PatternError(message: "not a valid regular expression: \(error.localizedDescription)")
        }
    }

    struct PatternError: Error { let message: String }

    /// The text as patterns see it.
    static func prepared(_ text: String) -> String {
        text.replacingOccurrences(of: "ё", with: "е").replacingOccurrences(of: "Ё", with: "Е")
            .split(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    /// The capture groups of the first match in `text` (empty strings for groups that did not
    /// take part), and the matched text; nil when there is no match. `text` must be `prepared`.
    func firstMatch(in text: String) -> (match: String, groups: [String])? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = expression.firstMatch(in: text, range: range), let whole = Range(match.range, in: text) else { return nil }
        let groups = (1..<max(1, match.numberOfRanges)).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
        }
        return (String(text[whole]), groups)
    }
}
