/// Short scalar texts seen so far in one load, each with its `String` and, once it has been a
/// value, its resolved node content.
///
/// Documents repeat the same keys and many of the same values (`true`, `own`, `string`, ...)
/// hundreds of times. Looking the raw bytes up here costs less than making a `String` of them,
/// and a repeated value shares the content box of its first occurrence (`Node.Content` is
/// `indirect`): no allocation while loading, none to free with the tree, and repeated keys share
/// storage, so comparing them later finds identical strings at once.
///
/// Work per lookup is bounded whatever the input: only texts up to `maxLength` bytes are kept,
/// at most `maxProbes` slots are looked at (a crafted run of colliding texts falls back to
/// making strings as if there were no table), and the table stops growing at `maxEntries`.
struct ScalarTable: ~Copyable {
    struct Entry {
        /// The text's bytes in `arena`.
        var start: Int
        var length: Int
        var style: ScalarStyle
        var text: String
        /// Set once the text has been a value and resolved without a problem.
        var content: Node.Content?
    }

    static let maxLength = 128
    static let maxProbes = 8
    static let maxEntries = 1 << 14

    /// Open addressing over `entries`: the high 32 bits hold the text's hash, the low 32 bits
    /// the entry's position + 1; 0 is an empty slot. Eight bytes a slot keep the table cheap to
    /// clear and to grow, and probing touches neither strings nor reference counts.
    private var slots: UnsafeMutablePointer<UInt64>
    private var capacity: Int
    private var entries = BuilderStack<Entry>(capacity: 256)
    private var arena: UnsafeMutablePointer<UInt8>
    private var arenaCapacity: Int
    private var arenaCount = 0

    init() {
        capacity = 1024
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        arenaCapacity = 4096
        arena = .allocate(capacity: arenaCapacity)
    }

    deinit {
        slots.deallocate()
        arena.deallocate()
    }

    /// The entry for `bytes` written in `style`, added if need be; nil when the text is not kept
    /// (too long, too many collisions, or the table is full).
    mutating func entry(_ bytes: UnsafeBufferPointer<UInt8>, style: ScalarStyle) -> Int? {
        let length = bytes.count
        guard length <= Self.maxLength else { return nil }
        let hash = Self.hash(bytes, style: style)
        let mask = capacity - 1
        var position = Int(truncatingIfNeeded: hash) & mask
        for _ in 0..<Self.maxProbes {
            let slot = slots[position]
            if slot == 0 {
                guard entries.count < Self.maxEntries else { return nil }
                return insert(bytes, style: style, hash: hash, at: position)
            }
            if slot >> 32 == hash {
                let index = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
                if entries[index].length == length, entries[index].style == style,
                    Self.equal(arena + entries[index].start, bytes.baseAddress, length)
                {
                    return index
                }
            }
            position = (position + 1) & mask
        }
        return nil
    }

    /// Texts held, and the bytes of them.
    var count: Int { entries.count }
    var textBytes: Int { arenaCount }

    /// The text of an entry.
    func text(_ index: Int) -> String { entries[index].text }

    /// The resolved content of an entry, if any.
    func content(_ index: Int) -> Node.Content? { entries[index].content }

    mutating func setContent(_ content: Node.Content, at index: Int) {
        entries[index].content = content
    }

    // MARK: - Implementation

    private mutating func insert(
        _ bytes: UnsafeBufferPointer<UInt8>, style: ScalarStyle, hash: UInt64, at position: Int
    ) -> Int {
        let length = bytes.count
        if arenaCount + length > arenaCapacity { growArena(atLeast: arenaCount + length) }
        if length > 0 { (arena + arenaCount).initialize(from: bytes.baseAddress!, count: length) }
        let index = entries.count
        entries.append(
            Entry(
                start: arenaCount, length: length, style: style,
                text: ScalarText.string(bytes.baseAddress, count: length), content: nil))
        arenaCount += length
        slots[position] = hash << 32 | UInt64(index + 1)
        // Kept at most half full so that probe runs stay short.
        if entries.count * 2 > capacity { grow() }
        return index
    }

    private mutating func grow() {
        let old = slots
        let oldCapacity = capacity
        capacity *= 2
        slots = .allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        let mask = capacity - 1
        for index in 0..<oldCapacity where old[index] != 0 {
            var position = Int(truncatingIfNeeded: old[index] >> 32) & mask
            // Rehashing may make a run longer than `maxProbes`; a text beyond it is simply no
            // longer found, and gets a second entry if it comes again.
            while slots[position] != 0 { position = (position + 1) & mask }
            slots[position] = old[index]
        }
        old.deallocate()
    }

    private mutating func growArena(atLeast needed: Int) {
        var larger = arenaCapacity * 2
        while larger < needed { larger *= 2 }
        let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
        moved.initialize(from: arena, count: arenaCount)
        arena.deallocate()
        arena = moved
        arenaCapacity = larger
    }

    /// A multiply-mix hash over 8-byte words (the last word overlapping the one before, so no
    /// byte outside the text is read); 32 bits, the part a slot keeps.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, style: ScalarStyle) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        let count = bytes.count
        var hash = UInt64(truncatingIfNeeded: count &* 8 | style.tableCode) &* multiplier
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            if count >= 8 {
                var index = 0
                while index + 8 < count {
                    hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* multiplier
                    index += 8
                }
                hash ^= raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            } else if count >= 4 {
                let low = UInt64(raw.loadUnaligned(as: UInt32.self))
                let high = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
                hash ^= low | high << 32
            } else if count > 0 {
                hash ^= UInt64(base[0]) | UInt64(base[count / 2]) << 8 | UInt64(base[count - 1]) << 16
            }
        }
        hash = (hash &* multiplier) ^ (hash >> 31)
        hash = hash &* multiplier
        return hash >> 32
    }

    private static func equal(
        _ lhs: UnsafePointer<UInt8>, _ rhs: UnsafePointer<UInt8>?, _ count: Int
    ) -> Bool {
        guard count > 0, let rhs else { return true }
        let left = UnsafeRawPointer(lhs)
        let right = UnsafeRawPointer(rhs)
        if count < 8 {
            for index in 0..<count where lhs[index] != rhs[index] { return false }
            return true
        }
        var index = 0
        while index + 8 < count {
            if left.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                != right.loadUnaligned(fromByteOffset: index, as: UInt64.self)
            {
                return false
            }
            index += 8
        }
        return left.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
            == right.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)
    }
}

extension ScalarStyle {
    /// A small number for hashing.
    fileprivate var tableCode: Int {
        switch self {
        case .plain: 0
        case .singleQuoted: 1
        case .doubleQuoted: 2
        case .literal: 3
        case .folded: 4
        }
    }
}
