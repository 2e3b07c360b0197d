/// An ordered mapping with string keys: output keeps the author's order, and lookups are fast.
/// Non-string scalar keys are stored in their canonical text form.
///
/// Most mappings of a document are small, and for them a linear scan over the keys is cheaper
/// than hashing: the hash index is only built once a mapping grows past `indexThreshold` entries
/// (building it for every small mapping was the largest cost of loading after libyaml itself).
///
/// A mapping is one reference to a `MappingStorage` holding its entries and index in a single
/// allocation, copied on write like an array: a node holds it without a box of its own.
/// Sendable as an array is: the storage is never changed while shared (`ManagedBuffer` itself
/// is declared non-Sendable, so the checker cannot see this).
public struct Mapping: @unchecked Sendable {
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

    @usableFromInline
    var storage: MappingStorage

    public init() { storage = MappingStorage.make(capacity: 0, index: nil) }

    /// A mapping of the `count` entries at `source`, moved out of it, with distinct keys and the
    /// index that inserting them one by one would have built (present exactly when there are
    /// more than `indexThreshold`); the loader checks keys while it collects them and so builds
    /// each mapping in one step, in one allocation.
    init(movingUniqueEntries source: UnsafeMutablePointer<Entry>, count: Int, index: [String: Int]?) {
        storage = MappingStorage.make(capacity: count, index: index)
        storage.elements.moveInitialize(from: source, count: count)
        storage.head.pointee.count = count
    }

    /// The entries in order, read in place.
    @inlinable
    public var entries: MappingEntries { MappingEntries(storage: storage) }

    @inlinable
    public var count: Int { storage.head.pointee.count }
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
    public func index(of field: FieldName, hint: Int) -> Int? { MappingView(self).index(of: field, hint: hint) }

    /// The entry for `key`, with the key's own position.
    public func entry(_ key: String) -> Entry? {
        guard let position = position(of: key) else { return nil }
        return entries[position]
    }

    private func position(of key: String) -> Int? {
        if let index = storage.head.pointee.index { return index[key] }
        return position(of: key, digest: KeyDigest(key))
    }

    @usableFromInline
    func position(of key: String, digest: KeyDigest) -> Int? { MappingView(self).search(key, digest: digest) }

    /// Adds an entry; returns false (and changes nothing) when the key is already present.
    @discardableResult
    public mutating func insert(_ entry: Entry) -> Bool {
        guard position(of: entry.key) == nil else { return false }
        let count = count
        makeUniqueForAppend()
        (storage.elements + count).initialize(to: entry)
        storage.head.pointee.count = count + 1
        if storage.head.pointee.index != nil {
            storage.head.pointee.index?[entry.key] = count
        } else if count + 1 > Self.indexThreshold {
            var built: [String: Int] = [:]
            built.reserveCapacity((count + 1) * 2)
            for (position, item) in entries.enumerated() { built[item.key] = position }
            storage.head.pointee.index = built
        }
        return true
    }

    /// Sets the value of `key`, replacing an existing one in place or appending.
    public mutating func set(_ key: String, _ value: Node, keyMark: Mark? = nil) {
        if let position = position(of: key) {
            if !isKnownUniquelyReferenced(&storage) { storage = storage.copy(capacity: count) }
            storage.elements[position].value = value
        } else {
            insert(Entry(key: key, keyMark: keyMark ?? value.mark, value: value))
        }
    }

    /// Makes the storage this mapping's own, with room for one more entry.
    private mutating func makeUniqueForAppend() {
        let count = count
        let capacity = storage.head.pointee.capacity
        if count < capacity, isKnownUniquelyReferenced(&storage) { return }
        storage = storage.copy(capacity: count < capacity ? capacity : max(4, count * 2))
    }
}
