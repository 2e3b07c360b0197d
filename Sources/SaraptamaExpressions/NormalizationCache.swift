/// The normal forms (`TextNormalization.key`) of the texts one document's rules have looked up,
/// compared or searched. Many rules normalize the same few texts (an attribute's name, a
/// system's name) and a context lives for one expression only, so the table travels with the
/// activation: an evaluation through `CompiledExpression.evaluate(_: inout Activation)` takes it
/// and hands it back, grown. Normalizing a Cyrillic name that starts with a capital costs a
/// scan, an allocation and a String; finding it here costs a hash of its bytes.
struct NormalizationCache {
    private var memo = NormalizationMemo()
    /// Bounded: a document with unusually many distinct texts stops adding.
    private var known = BoundedMemo<String, String>(limit: 4096)
    /// False for an evaluation that cannot hand the table back (a by-value activation): adding
    /// to a table the activation still shares would copy all of it.
    var grows = true
    /// Texts offered to the table, and bytes of them and their normal forms (see
    /// `EvaluationMemos`); counted whether or not the table kept them.
    private(set) var offered = 0
    private(set) var bytes = 0

    /// `TextNormalization.key(text)`, remembered.
    mutating func key(_ text: String) -> String {
        if let key = memo.recall(text) { return key }
        let hash = TextHash.of(text)
        let key: String
        if let found = known.recall(hash, matching: { UTF8Search.equal($0, text) }) {
            key = found
        } else {
            key = TextNormalization.key(text)
            if grows {
                known.remember(hash, text, key)
                offered += 1
                bytes += text.utf8.count + key.utf8.count
            }
        }
        memo.remember(text, key)
        return key
    }
}

/// The last four texts normalized with `TextNormalization.key` and their normal forms, checked
/// before `NormalizationCache`'s table. Four
/// because the costliest rules alternate between two or three texts (an attribute's name, its
/// source system, an integration's system); a hit costs a length check and a memcmp, a miss a
/// normalization (an allocation for any text not already normal). Stored inline, not in an
/// array, so a fresh context allocates nothing.
struct NormalizationMemo {
    private var raw0 = "", key0 = "", raw1 = "", key1 = "", raw2 = "", key2 = "", raw3 = "", key3 = ""
    private var next = 0

    /// `TextNormalization.key(text)`, remembered.
    mutating func key(_ text: String) -> String {
        if let key = recall(text) { return key }
        let key = TextNormalization.key(text)
        remember(text, key)
        return key
    }

    /// The remembered normal form of `text`, if it is one of the last four.
    func recall(_ text: String) -> String? {
        if UTF8Search.equal(text, raw0) { return key0 }
        if UTF8Search.equal(text, raw1) { return key1 }
        if UTF8Search.equal(text, raw2) { return key2 }
        if UTF8Search.equal(text, raw3) { return key3 }
        return nil
    }

    /// Remembers a normal form, forgetting the oldest.
    mutating func remember(_ text: String, _ key: String) {
        switch next {
        case 0: (raw0, key0) = (text, key)
        case 1: (raw1, key1) = (text, key)
        case 2: (raw2, key2) = (text, key)
        default: (raw3, key3) = (text, key)
        }
        next = (next + 1) & 3
    }
}
