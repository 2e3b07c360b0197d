import Testing

@testable import Saraptama

/// `permute(to:)` applies the order that sorts findings: it must agree with building the
/// permuted array directly on every permutation shape (fixed points, long cycles, reversals).
@Suite("Permuting by swaps")
struct ArrayPermutationTests {
    @Test("agrees with building the permuted array, for random permutations")
    func randomPermutations() {
        for size in [0, 1, 2, 3, 7, 20, 100] {
            for _ in 0..<20 {
                let items = (0..<size).map { "item \($0)" }
                let order = Array(0..<size).shuffled()
                var permuted = items
                permuted.permute(to: order)
                #expect(permuted == order.map { items[$0] }, "size \(size)")
            }
        }
    }

    @Test("sorting through indices is a stable sort")
    func stableSort() {
        let items = [(2, "a"), (1, "b"), (2, "c"), (0, "d"), (1, "e")]
        var sorted = items.map(\.1)
        sorted.permute(to: items.indices.sorted { items[$0].0 < items[$1].0 })
        #expect(sorted == ["d", "b", "e", "a", "c"])
    }

    @Test("a reversal, one long cycle and the identity")
    func shapes() {
        var reversed = Array((0..<9).reversed())
        reversed.permute(to: Array((0..<9).reversed()))
        #expect(reversed == Array(0..<9))
        var rotated = [1, 2, 3, 4, 5, 0]
        rotated.permute(to: [5, 0, 1, 2, 3, 4])
        #expect(rotated == [0, 1, 2, 3, 4, 5])
        var same = ["a", "b", "c"]
        same.permute(to: [0, 1, 2])
        #expect(same == ["a", "b", "c"])
    }
}
