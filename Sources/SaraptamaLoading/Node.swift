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

/// An ordered mapping with string keys: output keeps the author's order, and lookups are fast.
/// Non-string scalar keys are stored in their canonical text form.
///
/// Most mappings of a document are small, and for them a linear scan over the keys is cheaper
/// than hashing: the hash index is only built once a mapping grows past `indexThreshold` entries
/// (building it for every small mapping was the largest cost of loading after libyaml itself).
public struct Mapping: Sendable {
    public struct Entry: Sendable {
        public let key: String
        /// Of `key`: what a scan compares first.
        public let digest: KeyDigest
        public var keyMark: Mark
        public var value: Node

        public init(key: String, keyMark: Mark, value: Node) {
            self.init(key: key, digest: KeyDigest(key), keyMark: keyMark, value: value)
        }

        init(key: String, digest: KeyDigest, keyMark: Mark, value: Node) {
            self.key = key
            self.digest = digest
            self.keyMark = keyMark
            self.value = value
        }
    }

    /// 32, not fewer: a document's root has about twenty keys and is read hundreds of times per
    /// check, and scanning twenty keys by length first costs less than hashing the key.
    static let indexThreshold = 32

    public private(set) var entries: [Entry] = []
    private var index: [String: Int]?

    public init() {}

    /// A mapping of entries with distinct keys, given with the index that inserting them one by
    /// one would have built (present exactly when there are more than `indexThreshold`); the
    /// loader checks keys while it collects them and so builds each mapping in one step.
    init(uniqueEntries: [Entry], index: [String: Int]?) {
        entries = uniqueEntries
        self.index = index
    }

    public var count: Int { entries.count }
    public var keys: [String] { entries.map(\.key) }

    public subscript(key: String) -> Node? {
        guard let position = position(of: key) else { return nil }
        return entries[position].value
    }

    /// Whether `key` is present; unlike `self[key] != nil`, copies no node.
    public func contains(_ key: String) -> Bool { position(of: key) != nil }

    /// Whether the field is present, its digest already computed.
    public func contains(_ field: FieldName) -> Bool { position(of: field.text, digest: field.digest) != nil }

    /// Where the field's entry is in `entries`, or nil when absent: a caller reads the value in
    /// place there (`entries[i].value`) without copying the node. An index rather than a closure
    /// over the value, because a closure is not inlined across modules.
    public func index(of field: FieldName) -> Int? { position(of: field.text, digest: field.digest) }

    /// `index(of:)`, trying position `hint` first: the mappings one expression reads in turn
    /// (every attribute of a document, say) usually have their keys in the same order, so the
    /// field is where it was found last time, and one comparison replaces a scan.
    @inlinable
    public func index(of field: FieldName, hint: Int) -> Int? {
        if hint >= 0, hint < entries.count, entries[hint].digest == field.digest, entries[hint].key == field.text {
            return hint
        }
        return position(of: field.text, digest: field.digest)
    }

    /// The entry for `key`, with the key's own position.
    public func entry(_ key: String) -> Entry? {
        guard let position = position(of: key) else { return nil }
        return entries[position]
    }

    private func position(of key: String) -> Int? {
        if let index { return index[key] }
        return position(of: key, digest: KeyDigest(key))
    }

    @usableFromInline
    func position(of key: String, digest: KeyDigest) -> Int? {
        if let index { return index[key] }
        // Digests first: a String `==` of two different keys is an out-of-line call.
        for position in entries.indices where entries[position].digest == digest && entries[position].key == key {
            return position
        }
        return nil
    }

    /// Adds an entry; returns false (and changes nothing) when the key is already present.
    @discardableResult
    public mutating func insert(_ entry: Entry) -> Bool {
        guard position(of: entry.key) == nil else { return false }
        entries.append(entry)
        if index != nil {
            index?[entry.key] = entries.count - 1
        } else if entries.count > Self.indexThreshold {
            var built: [String: Int] = [:]
            built.reserveCapacity(entries.count * 2)
            for (position, item) in entries.enumerated() { built[item.key] = position }
            index = built
        }
        return true
    }

    /// Sets the value of `key`, replacing an existing one in place or appending.
    public mutating func set(_ key: String, _ value: Node, keyMark: Mark? = nil) {
        if let position = position(of: key) {
            entries[position].value = value
        } else {
            insert(Entry(key: key, keyMark: keyMark ?? value.mark, value: value))
        }
    }
}
