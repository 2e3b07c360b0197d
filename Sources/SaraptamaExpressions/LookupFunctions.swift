// Lookups into reference catalogues and the state body's architecture, through the
// LookupProvider of the activation. Keys are normalized here, once, so that providers can
// index their data with `TextNormalization.key` and answer with a hash lookup.

/// Raw values are small (0…4): memo hashes mix them in.
enum LookupKind: Int, Sendable {
    case catalogueFirst, catalogueAll, catalogueStems, architectureFirst, architectureAll

    var name: String {
        switch self {
        case .catalogueFirst: "lookup"
        case .catalogueAll: "lookup_all"
        case .catalogueStems: "lookup_stems"
        case .architectureFirst: "arch_lookup"
        case .architectureAll: "arch_lookup_all"
        }
    }

    var returnsAll: Bool { self != .catalogueFirst && self != .architectureFirst }
}

enum LookupFunctions {
    /// The text of a lookup key, or nil for a null key (which finds nothing, so rules can look up
    /// optional fields without guarding them). `lookup_stems` takes a string only: it replaces
    /// `contains_any(text, entry.stems)`, which rejects anything else.
    static func keyText(_ kind: LookupKind, _ target: Value, _ key: Value) throws(OperationFailure) -> String? {
        guard case .string = target else { throw .noOverload(kind.name, target, key) }
        switch key {
        case .string(let string): return string
        case .null where kind != .catalogueStems: return nil
        case .int(let number) where kind != .catalogueStems: return String(number)
        default: throw .noOverload(kind.name, target, key)
        }
    }

    /// Runs one lookup with a key already normalized with `TextNormalization.key`.
    static func lookup(
        _ kind: LookupKind, _ target: Value, normalizedKey: String, provider: any LookupProvider
    ) -> Value {
        guard case .string(let name) = target else { return .null }
        let entries: [Value]
        switch kind {
        case .catalogueFirst, .catalogueAll:
            entries = provider.lookup(catalogue: name, key: normalizedKey)
        case .catalogueStems:
            entries = provider.stemLookup(catalogue: name, text: normalizedKey)
        case .architectureFirst, .architectureAll:
            entries = provider.architectureLookup(index: name, key: normalizedKey)
        }
        return kind.returnsAll ? .list(entries) : (entries.first ?? .null)
    }

    /// Runs one lookup (keyText, normalization, lookup), for callers without a context.
    static func lookup(
        _ kind: LookupKind, _ target: Value, _ key: Value, provider: any LookupProvider
    ) throws(OperationFailure) -> Value {
        guard let text = try keyText(kind, target, key) else { return kind.returnsAll ? .list([]) : .null }
        return lookup(kind, target, normalizedKey: TextNormalization.key(text), provider: provider)
    }
}
