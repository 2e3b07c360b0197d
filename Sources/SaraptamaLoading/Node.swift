/// A resolved scalar value (YAML 1.2 core schema).
public enum Scalar: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
}

/// How a scalar was written; kept so that positions inside a string can be mapped back to the
/// file (an expression inside a block scalar starts on the next line, a quoted one after the quote).
public enum ScalarStyle: Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

/// A node of a loaded YAML or JSON document, with its position in the file.
public struct Node: Sendable {
    public indirect enum Content: Sendable {
        case scalar(Scalar, ScalarStyle)
        case sequence([Node])
        case mapping(Mapping)
    }

    public var content: Content
    /// Where the node starts.
    public var mark: Mark
    /// Where the node ends (just past its last character).
    public var end: Mark

    public init(_ content: Content, mark: Mark, end: Mark? = nil) {
        self.content = content
        self.mark = mark
        self.end = end ?? mark
    }

    /// The scalar value, or nil for a collection.
    public var scalar: Scalar? {
        if case .scalar(let value, _) = content { return value }
        return nil
    }

    /// The string value of a string scalar.
    public var string: String? {
        if case .scalar(.string(let value), _) = content { return value }
        return nil
    }

    public var sequence: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var mapping: Mapping? {
        if case .mapping(let mapping) = content { return mapping }
        return nil
    }

    /// The value under `key` when this node is a mapping.
    public subscript(key: String) -> Node? { mapping?[key] }

    /// A short name of the node's kind for messages: "mapping", "sequence", "string", ...
    public var kindName: String {
        switch content {
        case .mapping: "mapping"
        case .sequence: "sequence"
        case .scalar(let scalar, _):
            switch scalar {
            case .null: "null"
            case .bool: "bool"
            case .int: "int"
            case .double: "double"
            case .string: "string"
            }
        }
    }
}

/// An ordered mapping with string keys and a hash index, so lookups are O(1) and output keeps
/// the author's order. Non-string scalar keys are stored in their canonical text form.
public struct Mapping: Sendable {
    public struct Entry: Sendable {
        public var key: String
        public var keyMark: Mark
        public var value: Node

        public init(key: String, keyMark: Mark, value: Node) {
            self.key = key
            self.keyMark = keyMark
            self.value = value
        }
    }

    public private(set) var entries: [Entry] = []
    private var index: [String: Int] = [:]

    public init() {}

    public var count: Int { entries.count }
    public var keys: [String] { entries.map(\.key) }

    public subscript(key: String) -> Node? {
        guard let position = index[key] else { return nil }
        return entries[position].value
    }

    /// The entry for `key`, with the key's own position.
    public func entry(_ key: String) -> Entry? {
        guard let position = index[key] else { return nil }
        return entries[position]
    }

    /// Adds an entry; returns false (and changes nothing) when the key is already present.
    @discardableResult
    public mutating func insert(_ entry: Entry) -> Bool {
        guard index[entry.key] == nil else { return false }
        index[entry.key] = entries.count
        entries.append(entry)
        return true
    }

    /// Sets the value of `key`, replacing an existing one in place or appending.
    public mutating func set(_ key: String, _ value: Node, keyMark: Mark? = nil) {
        if let position = index[key] {
            entries[position].value = value
        } else {
            insert(Entry(key: key, keyMark: keyMark ?? value.mark, value: value))
        }
    }
}
