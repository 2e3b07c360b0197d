import Synchronization

/// Where each of the first four fields of a path was found the last time it was walked, for
/// `Mapping.index(of:hint:)`: the mappings one expression reads in turn (every attribute of a
/// document, say) usually have their keys in the same order, so one comparison replaces a scan.
///
/// Atomic because an engine may serve several threads: a hint another thread overwrote is merely
/// a miss. Four properties, not an array of boxes, whose reads would retain and release.
final class PositionHints: Sendable {
    private let step0 = Atomic<Int>(-1)
    private let step1 = Atomic<Int>(-1)
    private let step2 = Atomic<Int>(-1)
    private let step3 = Atomic<Int>(-1)

    /// The position the field of `step` had last time, or -1.
    @inline(__always)
    subscript(step: Int) -> Int {
        switch step {
        case 0: step0.load(ordering: .relaxed)
        case 1: step1.load(ordering: .relaxed)
        case 2: step2.load(ordering: .relaxed)
        case 3: step3.load(ordering: .relaxed)
        default: -1
        }
    }

    @inline(__always)
    func remember(_ position: Int, at step: Int) {
        switch step {
        case 0: step0.store(position, ordering: .relaxed)
        case 1: step1.store(position, ordering: .relaxed)
        case 2: step2.store(position, ordering: .relaxed)
        case 3: step3.store(position, ordering: .relaxed)
        default: break
        }
    }
}
