extension Array {
    /// Rearranges the elements so that position `i` holds the element that was at `order[i]`
    /// (`order` is a permutation of the indices), by swaps: no element is copied.
    ///
    /// With `indices.sorted { … }` this sorts without copying elements. `sort(by:)` copies
    /// them as it goes (an insertion sort for short arrays), and a finding holds a dozen strings,
    /// each retained and released per copy.
    mutating func permute(to order: [Int]) {
        precondition(order.count == count, "a permutation of the indices")
        var order = order
        // Each cycle of the permutation is walked once, carrying its first element along.
        for start in order.indices where order[start] != start {
            var current = start
            while order[current] != start {
                let next = order[current]
                swapAt(current, next)
                order[current] = current
                current = next
            }
            order[current] = current
        }
    }
}
