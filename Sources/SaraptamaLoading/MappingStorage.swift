/// The entries of a `Mapping` and its key index, in one allocation: the entries are the tail
/// of the object. A mapping is shared by reference and copied before it is changed while
/// shared, like an array's buffer.
@usableFromInline
final class MappingStorage: ManagedBuffer<MappingHeader, Mapping.Entry> {
    static func make(capacity: Int, index: [String: Int]?) -> MappingStorage {
        let buffer = MappingStorage.create(minimumCapacity: capacity) { _ in
            MappingHeader(count: 0, capacity: capacity, index: index)
        }
        return unsafeDowncast(buffer, to: MappingStorage.self)
    }

    /// The header, reached through its address: the `header` property is a class's stored
    /// property, and every access to it outside the standard library is checked for
    /// exclusivity at run time (a call and a thread-local lookup).
    @inlinable
    var head: UnsafeMutablePointer<MappingHeader> { withUnsafeMutablePointerToHeader { $0 } }

    /// The first entry; valid as long as the storage is.
    @inlinable
    var elements: UnsafeMutablePointer<Mapping.Entry> { withUnsafeMutablePointerToElements { $0 } }

    /// A storage of its own with the same entries and index and room for `capacity` entries.
    func copy(capacity: Int) -> MappingStorage {
        let count = head.pointee.count
        let copy = MappingStorage.make(capacity: Swift.max(capacity, count), index: head.pointee.index)
        copy.elements.initialize(from: elements, count: count)
        copy.head.pointee.count = count
        return copy
    }

    deinit {
        _ = withUnsafeMutablePointers { header, elements in elements.deinitialize(count: header.pointee.count) }
    }
}

/// What a `MappingStorage` holds besides its entries.
@usableFromInline
struct MappingHeader {
    /// Entries initialized.
    @usableFromInline var count: Int
    /// Entries there is room for (kept here: asking the allocator costs a call).
    @usableFromInline var capacity: Int
    /// Key → position, once the mapping has more than `Mapping.indexThreshold` entries.
    @usableFromInline var index: [String: Int]?
}

/// The entries of a mapping in order, read in place: `entries[i].value` copies no other field.
public struct MappingEntries: RandomAccessCollection, @unchecked Sendable {
    @usableFromInline
    let storage: MappingStorage

    @inlinable
    init(storage: MappingStorage) { self.storage = storage }

    @inlinable
    public var startIndex: Int { 0 }

    @inlinable
    public var endIndex: Int { storage.head.pointee.count }

    @inlinable
    public subscript(position: Int) -> Mapping.Entry {
        unsafeAddress {
            precondition(position >= 0 && position < storage.head.pointee.count, "mapping entry index out of range")
            return UnsafePointer(storage.elements + position)
        }
    }
}
