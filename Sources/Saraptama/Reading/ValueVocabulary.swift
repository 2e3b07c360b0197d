import SaraptamaLoading

/// How the words of table cells become schema codes (`Rules/extraction/values.yaml`): ordered
/// lists of `{code, phrases}` per kind of value (stage kinds, channels, kinds of exchange, …).
public struct ValueVocabulary: Sendable {
    struct Entry: Sendable {
        let code: String
        /// Each phrase as word stems, matched in order at word starts.
        let phrases: [[String]]
    }

    private(set) var lists: [String: [Entry]] = [:]

    public init() {}

    /// The code of the first entry of `list` one of whose phrases is in `text`, or nil.
    func code(_ list: String, for text: String) -> String? {
        let words = Self.words(text)
        for entry in lists[list] ?? [] where entry.phrases.contains(where: { Self.contains(words, $0) }) { return entry.code }
        return nil
    }

    /// Whether `text` is one of the codes of `list` as written (`trial_operation`, `ШЭП`).
    func isCode(_ list: String, _ text: String) -> Bool { (lists[list] ?? []).contains { $0.code == text } }

    static func words(_ text: String) -> [String] {
        TextPattern.prepared(text).lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    private static func contains(_ words: [String], _ stems: [String]) -> Bool {
        if stems.isEmpty { return true }
        var index = 0
        for word in words where index < stems.count && word.hasPrefix(stems[index]) { index += 1 }
        return index == stems.count
    }

    /// Reads a `values:` file, reporting problems to `collector`.
    static func parse(_ document: LoadedDocument, into vocabulary: inout ValueVocabulary, collector: DiagnosticCollector) {
        guard let values = document.root["values"] else { return }
        let file = document.source.path
        guard let mapping = values.mapping else {
            collector.error("extraction.bad-value", template: "extraction.bad-value.values", ["key": "values", "fields": "{code, phrases}"], file: file, at: values.mark)
            return
        }
        for list in mapping.entries {
            var entries: [Entry] = []
            for item in list.value.sequence ?? [] {
                guard let code = item["code"]?.string, let phrases = item["phrases"]?.sequence else {
                    collector.error("extraction.bad-value", template: "extraction.bad-value.entry", ["list": list.key, "code": "code", "phrases": "phrases"], file: file, at: item.mark)
                    continue
                }
                entries.append(Entry(code: code, phrases: phrases.compactMap(\.string).map(words)))
            }
            vocabulary.lists[list.key, default: []] += entries
        }
    }
}
