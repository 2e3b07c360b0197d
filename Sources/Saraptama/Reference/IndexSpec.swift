import SaraptamaExpressions
import SaraptamaLoading

/// How a collection of a data file is indexed for lookups: which entries, by which fields.
/// A key field may hold a string, a list of strings, or a `{ru, kk, en}` mapping: each string
/// is indexed, normalized with `TextNormalization.key`, so «ИИН», «ЖСН» and `iin` can all lead
/// to the same entry.
public struct IndexSpec: Sendable {
    public var name: String
    public var collection: PathPattern
    public var keys: [String]
    /// When set, every key is also indexed in the other wording of the renamed terms.
    var renamedTerms: RenamedTerms? = nil

    /// Builds the index of the entries found at `collection` under `root`, keyed by
    /// `LookupKey` so that lookups hash bytes rather than Unicode-normalize every key.
    func build(over root: Node) -> [LookupKey: [Value]] {
        var index: [LookupKey: [Value]] = [:]
        guard let entries = collection.concretePath.resolve(in: root)?.sequence else { return index }
        for entry in entries {
            var seen: Set<String> = []
            for key in keys {
                for text in Self.strings(in: entry[key]) {
                    let normalized = TextNormalization.key(text)
                    guard !normalized.isEmpty, seen.insert(normalized).inserted else { continue }
                    index[LookupKey(normalized), default: []].append(Value(node: entry))
                }
            }
        }
        return renamedTerms.map { Self.addingVariants(to: index, terms: $0) } ?? index
    }

    /// `index` with each key's variants in the other wording of `terms` leading to the same entries.
    static func addingVariants(to index: [LookupKey: [Value]], terms: RenamedTerms) -> [LookupKey: [Value]] {
        var result = index
        for (key, values) in index {
            for variant in terms.variants(of: key.text) where result[LookupKey(variant)] == nil {
                result[LookupKey(variant)] = values
            }
        }
        return result
    }

    static func strings(in node: Node?) -> [String] {
        guard let node else { return [] }
        switch node.content {
        case .scalar(.string(let text), _): return [text]
        case .scalar(.int(let number), _): return [String(number)]
        case .scalar: return []
        case .sequence(let items): return items.flatMap { strings(in: $0) }
        case .mapping(let mapping): return mapping.entries.flatMap { strings(in: $0.value) }
        }
    }
}
