/// A set of runtime kinds: the checker's notion of a static type. Document values are `dyn`
/// (every kind); a literal or a function result narrows it. A mismatch is reported only when
/// the sets are disjoint, i.e. when the expression can never succeed.
struct ValueKinds: OptionSet, Sendable, Hashable {
    let rawValue: UInt16

    static let null = ValueKinds(rawValue: 1 << 0)
    static let bool = ValueKinds(rawValue: 1 << 1)
    static let int = ValueKinds(rawValue: 1 << 2)
    static let double = ValueKinds(rawValue: 1 << 3)
    static let string = ValueKinds(rawValue: 1 << 4)
    static let date = ValueKinds(rawValue: 1 << 5)
    static let list = ValueKinds(rawValue: 1 << 6)
    static let map = ValueKinds(rawValue: 1 << 7)

    static let dyn: ValueKinds = [.null, .bool, .int, .double, .string, .date, .list, .map]
    static let number: ValueKinds = [.int, .double]
    static let orderable: ValueKinds = [.bool, .int, .double, .string, .date]

    private static let names: [(ValueKinds, String)] = [
        (.null, "null"), (.bool, "bool"), (.int, "int"), (.double, "double"),
        (.string, "string"), (.date, "date"), (.list, "list"), (.map, "map"),
    ]

    /// The single kinds in this set.
    var members: [ValueKinds] { Self.names.map(\.0).filter { contains($0) } }

    /// "int", "int|double", or "dyn" for the full set.
    var description: String {
        if self == .dyn { return "dyn" }
        let parts = Self.names.filter { contains($0.0) }.map(\.1)
        return parts.isEmpty ? "nothing" : parts.joined(separator: "|")
    }
}

extension Value {
    /// The runtime kind; document collections are lists and maps like expression-built ones.
    var kind: ValueKinds {
        switch self {
        case .null: .null
        case .bool: .bool
        case .int: .int
        case .double: .double
        case .string: .string
        case .date: .date
        case .list: .list
        case .map: .map
        case .sequence: .list
        case .mapping: .map
        }
    }
}
