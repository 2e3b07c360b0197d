/// A mapping read without holding it: walking down a tree through views changes no reference
/// count, where every `Mapping` read out of a tree's memory and passed on is retained and
/// released again — each an atomic operation, and the commonest one of evaluating a rule
/// (`has(item.source) && item.source.kind == 'own'` walks two mappings per attribute).
///
/// A view is valid only while something else holds its mapping — for the expression evaluator,
/// the document or data file being read, which outlives the evaluation. It must never be
/// stored beyond that.
@frozen
public struct MappingView {
    @usableFromInline
    unowned(unsafe) let storage: MappingStorage

    /// A view of `mapping`, valid while `mapping`'s storage is held elsewhere.
    @inlinable
    public init(_ mapping: borrowing Mapping) { storage = mapping.storage }

    @inlinable
    public var count: Int { storage.head.pointee.count }

    /// The entry at `position`, in place.
    @inlinable
    public func entry(at position: Int) -> UnsafePointer<Mapping.Entry> {
        precondition(position >= 0 && position < count, "mapping entry index out of range")
        return UnsafePointer(storage.elements + position)
    }

    /// The view of the mapping that is the value at `position`, or nil when that value is not a
    /// mapping.
    @inlinable
    public func mapping(at position: Int) -> MappingView? {
        if case .mapping(let inner) = entry(at: position).pointee.value.content { return MappingView(inner) }
        return nil
    }

    /// `Mapping.index(of:hint:)`: where the field's entry is, trying position `hint` first.
    /// The hint's test is inlined into the walk; the search is not.
    @inlinable @inline(__always)
    public func index(of field: FieldName, hint: Int) -> Int? {
        if hint >= 0, hint < count {
            let entry = storage.elements + hint
            if entry.pointee.digest == field.digest, entry.pointee.key == field.text { return hint }
        }
        return search(field.text, digest: field.digest)
    }

    /// Where `key`'s entry is: through the index of a large mapping, by a scan of a small one
    /// (digests first: a String `==` of two different keys is an out-of-line call). Every
    /// lookup of a key in a mapping comes here, `Mapping`'s own included.
    @usableFromInline
    func search(_ key: String, digest: KeyDigest) -> Int? {
        if let index = storage.head.pointee.index { return index[key] }
        let elements = storage.elements
        for position in 0..<count where elements[position].digest == digest && elements[position].key == key {
            return position
        }
        return nil
    }
}
