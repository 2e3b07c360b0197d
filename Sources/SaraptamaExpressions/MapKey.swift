// Map keys as CEL has them: strings, ints and bools (`{1: 'a'}`, `{true: 5}`). A map built by an
// expression stores its keys as strings (ValueMap, shared with documents, whose keys are always
// strings); an int or bool key is stored under a form no document key takes, starting with NUL,
// and read back as the value it was. A double that equals an int finds that int's entry, as in
// CEL's numeric key lookup; a double is never a key itself.

enum MapKey {
    /// The stored form of a key used to build a map; nil for a type that cannot be a key.
    static func stored(_ key: Value) -> String? {
        switch key {
        case .string(let text): return text.utf8.first == 0 ? "\u{0}s" + text : text
        case .int(let number): return "\u{0}i\(number)"
        case .bool(let flag): return flag ? "\u{0}b1" : "\u{0}b0"
        default: return nil
        }
    }

    /// The stored form of a key used to look an entry up: also an integral double.
    static func lookup(_ key: Value) -> String? {
        if case .double(let number) = key, let exact = Int64(exactly: number) { return stored(.int(exact)) }
        return stored(key)
    }

    /// The key a stored form stands for.
    static func value(_ stored: String) -> Value {
        guard stored.utf8.first == 0 else { return .string(stored) }
        let tag = stored.unicodeScalars.dropFirst().first
        let rest = String(stored.unicodeScalars.dropFirst(2))
        switch tag {
        case "i": return Int64(rest).map(Value.int) ?? .string(stored)
        case "b": return .bool(rest == "1")
        default: return .string(rest)
        }
    }
}
