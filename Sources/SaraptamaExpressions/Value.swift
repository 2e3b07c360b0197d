import SaraptamaLoading

/// A runtime value of the expression language.
///
/// Document and reference-data containers stay `.mapping` and `.sequence`, read in place (no
/// copy of the document is made); a scalar read out of a node is converted to the matching
/// primitive case on access. The containers are held without their node's positions, which no
/// evaluation reads: a whole node made every value twice as large, and copying values is most
/// of what evaluation does.
public enum Value: Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    /// A calendar date, as days since 1970-01-01 (proleptic Gregorian).
    case date(Int64)
    case list([Value])
    /// A map built by an expression literal; keys are strings, order is kept.
    case map(ValueMap)
    /// A mapping of a loaded document or data file, read in place (no copy of it is made).
    case mapping(Mapping)
    /// A sequence of a loaded document or data file, read in place.
    case sequence([Node])

    /// Wraps a node: scalars become primitives, collections are held in place. Inlinable: a
    /// caller in another module otherwise copies the node (a retain and a release) to pass it.
    @inlinable
    public init(node: borrowing Node) {
        switch node.content {
        case .scalar(let scalar, _):
            switch scalar {
            case .null: self = .null
            case .bool(let value): self = .bool(value)
            case .int(let value): self = .int(value)
            case .double(let value): self = .double(value)
            case .string(let value): self = .string(value)
            }
        case .sequence(let items): self = .sequence(items)
        case .mapping(let mapping): self = .mapping(mapping)
        }
    }
}

extension Value {
    /// A view of the document mapping this value holds, or nil: what a walk down the document
    /// starts from without copying the value (see `MappingView`). Valid while the value is.
    @inline(__always)
    var mappingView: MappingView? {
        if case .mapping(let mapping) = self { return MappingView(mapping) }
        return nil
    }
}

/// An ordered string-keyed map produced by a map literal or a function.
public struct ValueMap: Sendable {
    public private(set) var keys: [String] = []
    public private(set) var storage: [String: Value] = [:]

    public init() {}

    public init(_ pairs: [(String, Value)]) {
        for (key, value) in pairs { self[key] = value }
    }

    public var count: Int { keys.count }

    public subscript(key: String) -> Value? {
        get { storage[key] }
        set {
            if storage[key] == nil, newValue != nil { keys.append(key) }
            if newValue == nil { keys.removeAll { $0 == key } }
            storage[key] = newValue
        }
    }
}
