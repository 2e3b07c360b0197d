/// The hash table behind the per-document memos (`LookupMemo`, `NormalizationCache`): open
/// addressing over a power-of-two array of slots, probing at most `probeLimit` of them.
///
/// A memo may forget, so an entry that finds no free slot within the limit is simply not kept.
/// Every recall and every remember is then bounded whatever the keys: texts crafted to collide
/// cost misses, never time, which is what lets the hash be a cheap seeded fold (`TextHash`)
/// rather than `Hasher`'s SipHash, whose finalization was most of the cost of a memo hit.
struct BoundedMemo<Key: Sendable, Answer: Sendable>: Sendable {
    /// A slot of the open-addressing table: a hash (0 when free; stored hashes have their
    /// lowest bit set) and the position of its entry in the dense arrays. Plain words, so a new
    /// table is one zero-filled allocation, whatever `Key` and `Answer` are.
    private struct Slot {
        var hash: UInt64 = 0
        var position = 0
    }

    private var slots: [Slot] = []
    private var keys: [Key] = []
    private var answers: [Answer] = []
    /// The most entries kept: a document with unusually many distinct keys stops adding.
    let limit: Int

    static var probeLimit: Int { 8 }
    private static var initialCapacity: Int { 64 }

    init(limit: Int) { self.limit = limit }

    var count: Int { keys.count }
    var isEmpty: Bool { keys.isEmpty }

    /// The answer remembered for the key with `hash` that `matches` accepts.
    @inline(__always)
    func recall(_ hash: UInt64, matching matches: (Key) -> Bool) -> Answer? {
        guard !keys.isEmpty else { return nil }
        let stored = hash | 1
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: stored) & mask
        for _ in 0..<Self.probeLimit {
            let slot = slots[index]
            if slot.hash == 0 { return nil }
            if slot.hash == stored, matches(keys[slot.position]) { return answers[slot.position] }
            index = (index + 1) & mask
        }
        return nil
    }

    /// Keeps an answer; the caller has found none for this key. Dropped when the memo is full
    /// or no slot within the probe limit is free.
    mutating func remember(_ hash: UInt64, _ key: Key, _ answer: Answer) {
        guard keys.count < limit else { return }
        if (keys.count + 1) * 2 > slots.count { grow() }
        guard place(hash | 1, at: keys.count) else { return }
        keys.append(key)
        answers.append(answer)
    }

    private mutating func place(_ stored: UInt64, at position: Int) -> Bool {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: stored) & mask
        for _ in 0..<Self.probeLimit {
            if slots[index].hash == 0 {
                slots[index] = Slot(hash: stored, position: position)
                return true
            }
            index = (index + 1) & mask
        }
        return false
    }

    /// Doubles the table (load factor at most one half) and places the occupied slots again. An
    /// entry that no longer finds a slot within the limit stays in the dense arrays, unreachable:
    /// a memo may forget.
    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(), count: max(Self.initialCapacity, old.count * 2))
        for slot in old where slot.hash != 0 { _ = place(slot.hash, at: slot.position) }
    }
}
