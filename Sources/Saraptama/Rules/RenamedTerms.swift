import Foundation
import SaraptamaExpressions
import SaraptamaLoading

/// The terms the Digital Code's companion law renamed (`renamed-terms.yaml`): «электронное
/// правительство» → «цифровое правительство» and so on, as pairs of inflected forms per language.
/// Lookups accept both wordings (catalogue and architecture keys are indexed under both), and the
/// texts of findings on documents dated on or after `since` use the new terms.
public struct RenamedTerms: Sendable {
    static let fileName = "renamed-terms.yaml"

    /// The first day the new terms are the law's (nil: never applied to messages).
    public let since: Int64?
    /// Per language, (old, new) in lower case, longest old form first.
    let pairs: [Language: [(old: String, new: String)]]

    init(since: Int64?, pairs: [Language: [(old: String, new: String)]]) {
        self.since = since
        self.pairs = pairs.mapValues { $0.sorted { $0.old.count > $1.old.count } }
    }

    /// `text` in the new terms of `language` (a capitalized first letter kept).
    public func modernized(_ text: String, language: Language) -> String {
        var text = text
        for (old, new) in pairs[language] ?? [] {
            text = Self.replace(old, with: new, in: text)
        }
        return text
    }

    /// `text` in the new terms when `date` is on or after `since`; unchanged before.
    public func modernized(_ text: String, language: Language, on date: Int64) -> String {
        guard let since, date >= since else { return text }
        return modernized(text, language: language)
    }

    /// Other normal forms of a lookup key: every pair applied in each direction, in every
    /// language, so a key in either wording finds the entry. Empty when no term occurs.
    func variants(of key: String) -> [String] {
        var found: Set<String> = []
        for list in pairs.values {
            for (old, new) in list {
                let lowerNew = new.lowercased()
                if key.contains(old) { found.insert(key.replacingOccurrences(of: old, with: lowerNew)) }
                if key.contains(lowerNew) { found.insert(key.replacingOccurrences(of: lowerNew, with: old)) }
            }
        }
        found.remove(key)
        return found.map(TextNormalization.key)
    }

    private static func replace(_ old: String, with new: String, in text: String) -> String {
        guard text.range(of: old, options: .caseInsensitive) != nil else { return text }
        var result = text.replacingOccurrences(of: old, with: new)
        let capitalizedOld = old.prefix(1).uppercased() + old.dropFirst()
        let capitalizedNew = new.prefix(1).uppercased() + new.dropFirst()
        result = result.replacingOccurrences(of: capitalizedOld, with: capitalizedNew)
        return result
    }
}

/// Reads `renamed-terms.yaml`: `since` (an edition or a date) and, per language, a list of
/// `[old, new]` pairs.
struct RenamedTermsParser {
    let editions: [String: RuleSet.Edition]
    let collector: DiagnosticCollector

    func parse(_ document: LoadedDocument) -> RenamedTerms? {
        let file = document.source.path
        guard let reader = FieldReader(document.root, file: file, context: RenamedTerms.fileName, collector: collector) else { return nil }
        var since: Int64?
        if let (text, node) = reader.string("since", required: true) {
            since = CalendarDay.parse(text) ?? editions[text]?.date
            if since == nil { collector.error("rule-bad-date", template: "rule-bad-date.edition-or-date", ["found": text], file: file, at: node.mark) }
        }
        var pairs: [Language: [(old: String, new: String)]] = [:]
        for language in Language.allCases {
            guard let list = reader.field(language.rawValue) else { continue }
            for item in list.sequence ?? [] {
                guard let values = item.sequence, values.count == 2, let old = values[0].string, let new = values[1].string,
                    !old.isEmpty, !new.isEmpty
                else {
                    collector.error("rule-wrong-type", template: "rule-wrong-type.pair", ["pair": "[old, new]"], file: file, at: item.mark)
                    continue
                }
                if old != old.lowercased() {
                    collector.error("rule-wrong-type", template: "rule-wrong-type.lower", ["old": old], file: file, at: values[0].mark)
                }
                pairs[language, default: []].append((old, new))
            }
        }
        reader.finish()
        return RenamedTerms(since: since, pairs: pairs)
    }
}
