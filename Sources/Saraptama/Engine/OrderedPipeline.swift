import Foundation

/// Hands out indices `0..<count` to worker threads and gives their results back to one consumer
/// in index order. Workers run at most `window` indices ahead of the consumer, so results held
/// at once are bounded; there is no barrier, so a slow document holds up no other worker.
final class OrderedPipeline<Result: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let count: Int
    private let window: Int
    private var nextIndex = 0
    private var consumed = 0
    private var slots: [Int: Result] = [:]

    init(count: Int, window: Int) {
        self.count = count
        self.window = max(1, window)
    }

    /// The next index to work on, waiting while the window is full; nil when all are handed out.
    func next() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while nextIndex < count, nextIndex >= consumed + window { condition.wait() }
        guard nextIndex < count else { return nil }
        defer { nextIndex += 1 }
        return nextIndex
    }

    func store(_ result: Result, at index: Int) {
        condition.lock()
        slots[index] = result
        condition.broadcast()
        condition.unlock()
    }

    /// The result of `index` (the consumer asks for 0, 1, 2, … in order), waiting for it.
    func take(_ index: Int) -> Result {
        condition.lock()
        defer { condition.unlock() }
        while slots[index] == nil { condition.wait() }
        let result = slots.removeValue(forKey: index)!
        consumed = index + 1
        condition.broadcast()
        return result
    }
}
