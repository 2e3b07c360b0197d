/// A stack for the tree builder, reused for a whole stream: its open collections, and the
/// children of all open collections (innermost last; each open collection owns the tail that
/// starts at the position recorded when it opened).
///
/// Appending every child to its own array made each collection grow its array step by step
/// (several allocations and copies per collection); here a closing collection moves its tail
/// out into one array of exactly the right size, without retaining or releasing the children.
/// Elements are reached in place, without the uniqueness check an `Array` makes on every
/// change of an element.
struct BuilderStack<Element: ~Copyable>: ~Copyable {
    private var base: UnsafeMutablePointer<Element>
    private var capacity: Int
    /// Elements held.
    private(set) var count = 0

    init(capacity: Int = 64) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
    }

    deinit {
        base.deinitialize(count: count)
        base.deallocate()
    }

    var isEmpty: Bool { count == 0 }

    mutating func append(_ element: consuming Element) {
        if count == capacity { grow() }
        (base + count).initialize(to: element)
        count += 1
    }

    /// In place: reading or changing one field of an element does not copy the whole element.
    subscript(position: Int) -> Element {
        unsafeAddress { UnsafePointer(base + position) }
        unsafeMutableAddress { base + position }
    }

    /// Destroys the last element in place.
    mutating func dropLast() {
        count -= 1
        (base + count).deinitialize(count: 1)
    }

    /// Hands the elements from `start` to the end to `body`, which moves every one of them out
    /// (into a collection of exactly that size), and drops them from the stack.
    mutating func moveTail<Result>(
        from start: Int, _ body: (UnsafeMutablePointer<Element>, Int) -> Result
    ) -> Result {
        let moved = count - start
        count = start
        return body(base + start, moved)
    }

    /// Drops every element (a document ended early, after an error).
    mutating func removeAll() {
        base.deinitialize(count: count)
        count = 0
    }

    private mutating func grow() {
        let larger = UnsafeMutablePointer<Element>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }
}

extension BuilderStack where Element: Copyable {
    /// Moves the elements from `start` to the end out into an array.
    mutating func removeTail(from start: Int) -> [Element] {
        let moved = count - start
        guard moved > 0 else { return [] }
        let source = base + start
        count = start
        // Not `Array(unsafeUninitializedCapacity:)`: it allocates through an unspecialized
        // entry point that looks up the array's type at run time, which cost more than moving
        // the elements one by one into a reserved array.
        var result: [Element] = []
        result.reserveCapacity(moved)
        for offset in 0..<moved { result.append((source + offset).move()) }
        return result
    }
}
