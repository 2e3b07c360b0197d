// Lookups into reference catalogues and the state body's architecture, through the
// LookupProvider of the activation. Keys are normalized here, once, so that providers can
// index their data with `TextNormalization.key` and answer with a hash lookup.

enum LookupKind: Sendable {
    case catalogueFirst, catalogueAll, architectureFirst, architectureAll

    var name: String {
        switch self {
        case .catalogueFirst: "lookup"
        case .catalogueAll: "lookup_all"
        case .architectureFirst: "arch_lookup"
        case .architectureAll: "arch_lookup_all"
        }
    }

    var returnsAll: Bool { self == .catalogueAll || self == .architectureAll }
}

enum LookupFunctions {
    /// Runs one lookup. A null key finds nothing (null, or an empty list for the `_all` forms)
    /// so rules can look up optional fields without guarding them.
    static func lookup(
        _ kind: LookupKind, _ target: Value, _ key: Value, provider: any LookupProvider
    ) throws(OperationFailure) -> Value {
        guard case .string(let name) = target else { throw .noOverload(kind.name, target, key) }
        let text: String
        switch key {
        case .null: return kind.returnsAll ? .list([]) : .null
        case .string(let string): text = string
        case .int(let number): text = String(number)
        default: throw .noOverload(kind.name, target, key)
        }
        let normalized = TextNormalization.key(text)
        let entries: [Value]
        switch kind {
        case .catalogueFirst, .catalogueAll:
            entries = provider.lookup(catalogue: name, key: normalized)
        case .architectureFirst, .architectureAll:
            entries = provider.architectureLookup(index: name, key: normalized)
        }
        return kind.returnsAll ? .list(entries) : (entries.first ?? .null)
    }
}
