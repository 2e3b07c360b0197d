import Foundation
import SaraptamaLoading

/// Reads the fields of one mapping in a rule or data file, reporting wrong types, missing fields
/// and unknown fields (with a "did you mean" suggestion) into a collector, so that every problem
/// of a file is reported in one run.
final class FieldReader {
    let node: Node
    let file: String
    let context: String
    private let mapping: Mapping
    private let collector: DiagnosticCollector
    private var read: Set<String> = []

    /// Nil (after reporting `rule-wrong-type`) when `node` is not a mapping.
    init?(_ node: Node, file: String, context: String, collector: DiagnosticCollector) {
        guard let mapping = node.mapping else {
            collector.error("rule-wrong-type", template: "rule-wrong-type.mapping", node.kindArguments().merging(["context": context]) { a, _ in a }, file: file, at: node.mark)
            return nil
        }
        self.node = node
        self.file = file
        self.context = context
        self.mapping = mapping
        self.collector = collector
    }

    /// The raw node of a field, marking it as known.
    func field(_ key: String, required: Bool = false) -> Node? {
        read.insert(key)
        let value = mapping[key]
        if value == nil, required {
            collector.error("rule-missing-field", template: "rule-missing-field.key", ["context": context, "key": key], file: file, at: node.mark)
        }
        return value
    }

    func string(_ key: String, required: Bool = false) -> (String, Node)? {
        guard let value = field(key, required: required) else { return nil }
        switch value.scalar {
        case .string(let text): return (text, value)
        case .int(let number): return (String(number), value)
        case .double(let number): return (String(number), value)
        case .bool(let flag): return (String(flag), value)
        default:
            collector.error("rule-wrong-type", template: "rule-wrong-type.string", value.kindArguments().merging(["context": context, "key": key]) { a, _ in a }, file: file, at: value.mark)
            return nil
        }
    }

    /// A list of strings; a single string is accepted as a one-element list.
    func strings(_ key: String, required: Bool = false) -> [(String, Node)]? {
        guard let value = field(key, required: required) else { return nil }
        if let text = value.string { return [(text, value)] }
        guard let items = value.sequence else {
            collector.error("rule-wrong-type", template: "rule-wrong-type.strings", value.kindArguments().merging(["context": context, "key": key]) { a, _ in a }, file: file, at: value.mark)
            return nil
        }
        var result: [(String, Node)] = []
        for item in items {
            if let text = item.string { result.append((text, item)) } else {
                collector.error("rule-wrong-type", template: "rule-wrong-type.item", item.kindArguments().merging(["key": key]) { a, _ in a }, file: file, at: item.mark)
            }
        }
        return result
    }

    /// A `{ru, kk, en}` mapping; each language is required.
    func localized(_ key: String, required: Bool = false) -> LocalizedText? {
        guard let value = field(key, required: required) else { return nil }
        guard let reader = FieldReader(value, file: file, context: "'\(key)'", collector: collector) else { return nil }
        let ru = reader.language("ru"), kk = reader.language("kk"), en = reader.language("en")
        reader.finish()
        guard let ru, let kk, let en else { return nil }
        return LocalizedText(ru: ru, kk: kk, en: en)
    }

    private func language(_ code: String) -> String? {
        read.insert(code)
        guard let value = mapping[code] else {
            collector.error("rule-missing-language", template: "rule-missing-language.absent", ["context": context, "code": code], file: file, at: node.mark)
            return nil
        }
        guard let text = value.string, !Self.isBlank(text) else {
            collector.error("rule-missing-language", template: "rule-missing-language.empty", ["context": context, "code": code], file: file, at: value.mark)
            return nil
        }
        return text
    }

    /// True when `text` holds nothing but white space. Foundation's trimming bridges through
    /// NSString and UTF-16, which was a tenth of compiling the rule set at every start.
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(\.properties.isWhitespace)
    }

    /// Reports every field that was never read: an unknown field is an error, never ignored.
    func finish() {
        let known = Array(read)
        for entry in mapping.entries where !read.contains(entry.key) {
            var arguments = SchemaWalk.suggestion(Suggestion.closest(to: entry.key, among: known))
            arguments["key"] = entry.key
            arguments["context"] = context
            collector.error("rule-unknown-field", template: "rule-unknown-field.key", arguments, file: file, at: entry.keyMark)
        }
    }
}
