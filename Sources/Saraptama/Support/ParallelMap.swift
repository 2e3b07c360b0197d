import Dispatch

/// `(0..<count).map(transform)` on every core, results in index order. For start-up work made
/// of independent pieces (the files of a rule set), where wall time is what a user waits for.
func parallelMap<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
    guard count > 1, ProcessInfoCores.active > 1 else { return (0..<count).map(transform) }
    let slots = ParallelSlots<T>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in slots.store(transform(index), at: index) }
    return slots.values()
}

/// Write-once slots: each index is written by exactly one iteration of `concurrentPerform` and
/// read only after it returns, so no lock is needed.
private final class ParallelSlots<T: Sendable>: @unchecked Sendable {
    private var slots: [T?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func store(_ value: T, at index: Int) { slots.withUnsafeMutableBufferPointer { $0[index] = value } }

    func values() -> [T] { slots.map { $0! } }
}
