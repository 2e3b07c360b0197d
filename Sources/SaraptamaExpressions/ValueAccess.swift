import SaraptamaLoading

// Access into containers. Document containers stay `.mapping` and `.sequence` (no copy of the
// document is ever made); these views let every operation treat a node sequence like a list
// and a node mapping like a map.

/// A list or a node sequence.
enum ListView {
    case values([Value])
    case nodes([Node])

    init?(_ value: Value) {
        switch value {
        case .list(let values): self = .values(values)
        case .sequence(let nodes): self = .nodes(nodes)
        default: return nil
        }
    }

    var count: Int {
        switch self {
        case .values(let values): values.count
        case .nodes(let nodes): nodes.count
        }
    }

    subscript(position: Int) -> Value {
        switch self {
        case .values(let values): values[position]
        case .nodes(let nodes): Value(node: nodes[position])
        }
    }

    var array: [Value] {
        switch self {
        case .values(let values): values
        case .nodes(let nodes): nodes.map(Value.init(node:))
        }
    }
}

/// A map or a node mapping.
enum MapView {
    case values(ValueMap)
    case mapping(Mapping)

    init?(_ value: Value) {
        switch value {
        case .map(let map): self = .values(map)
        case .mapping(let mapping): self = .mapping(mapping)
        default: return nil
        }
    }

    var count: Int {
        switch self {
        case .values(let map): map.count
        case .mapping(let mapping): mapping.count
        }
    }

    var keys: [String] {
        switch self {
        case .values(let map): map.keys
        case .mapping(let mapping): mapping.keys
        }
    }

    subscript(key: String) -> Value? {
        switch self {
        case .values(let map): map[key]
        case .mapping(let mapping): mapping[key].map(Value.init(node:))
        }
    }

    func containsKey(_ key: String) -> Bool {
        switch self {
        case .values(let map): map[key] != nil
        case .mapping(let mapping): mapping.contains(key)
        }
    }
}

enum ValueAccess {
    /// `value.field`: a map key read; anything but a map is an error, as in CEL.
    static func select(_ value: borrowing Value, _ field: FieldName) throws(OperationFailure) -> Value {
        // The hottest operation of all (every `doc.x`): matched directly, without a MapView,
        // so the node's mapping is read in place.
        switch value {
        case .mapping(let mapping):
            // Converted in place: a string field costs one retain of its text, not a copy
            // of its node as well.
            guard let position = mapping.index(of: field) else { throw .noSuchKey(field.text) }
            return Value(node: mapping.entries[position].value)
        case .map(let map):
            guard let found = map[field.text] else { throw .noSuchKey(field.text) }
            return found
        default:
            break
        }
        throw .wrongType("cannot select field '\(field.text)' of a value of type \(value.typeName)")
    }

    /// `has(value.field)`: whether the map has the key.
    static func has(_ value: borrowing Value, _ field: FieldName) throws(OperationFailure) -> Bool {
        switch value {
        case .mapping(let mapping):
            return mapping.contains(field)
        case .map(let map):
            return map[field.text] != nil
        default:
            break
        }
        throw .wrongType("has() cannot test field '\(field.text)' of a value of type \(value.typeName)")
    }

    /// `value[key]`.
    static func index(_ value: Value, _ key: Value) throws(OperationFailure) -> Value {
        if let list = ListView(value) {
            guard case .int(let position) = key else { throw .noOverload("[]", value, key) }
            guard position >= 0, position < list.count else {
                throw .indexOutOfRange(position, count: list.count)
            }
            return list[Int(position)]
        }
        if let map = MapView(value) {
            guard let name = MapKey.lookup(key), let found = map[name] else {
                if case .string(let name) = key { throw .noSuchKey(name) }
                throw OperationFailure(code: "eval-no-such-key", template: "eval-no-such-key.value", arguments: ["key": key.jsonText])
            }
            return found
        }
        throw .noOverload("[]", value, key)
    }

    /// `element in container`: list membership by equality, or map key membership.
    static func contains(_ container: Value, _ element: Value) throws(OperationFailure) -> Bool {
        if let list = ListView(container) {
            for position in 0..<list.count where ValueOperations.equal(list[position], element) {
                return true
            }
            return false
        }
        if let map = MapView(container) {
            guard let key = MapKey.lookup(element) else { return false }
            return map.containsKey(key)
        }
        throw .noOverload("in", element, container)
    }

    /// `size(value)`: code points of a string, elements of a list, entries of a map.
    static func size(_ value: Value) throws(OperationFailure) -> Int64 {
        if case .string(let text) = value { return Int64(codePointCount(text)) }
        if let list = ListView(value) { return Int64(list.count) }
        if let map = MapView(value) { return Int64(map.count) }
        throw .noOverload("size", value)
    }

    /// What a macro iterates over: list elements, or map keys (as CEL specifies).
    static func iterationElements(_ value: Value, macro: String) throws(OperationFailure) -> ListView {
        if let list = ListView(value) { return list }
        if let map = MapView(value) { return .values(map.keys.map(MapKey.value)) }
        throw .wrongType("\(macro)() cannot iterate over a value of type \(value.typeName)")
    }

    /// Code points of a string, counted on its UTF-8 bytes (every byte but continuation
    /// bytes starts a code point), which is several times faster than decoding scalars.
    static func codePointCount(_ text: String) -> Int {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            var count = 0
            for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
            return count
        } ?? text.unicodeScalars.count
    }
}
