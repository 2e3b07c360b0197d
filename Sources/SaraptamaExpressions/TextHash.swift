/// A hash of a text's exact UTF-8 bytes, for the per-document memos (`BoundedMemo`).
///
/// Bytes, not characters: hashing and comparing bytes skips String's canonical-equivalence
/// machinery, and for a memo that is enough, since byte-equal texts certainly have equal normal
/// forms and equal lookup answers, while a canonically equal text written with other bytes is
/// only a miss. (`LookupKey`, for catalogue indexes, must match canonical equivalents, so it is
/// not this.) Seeded per process; the memos bound their probing, so collisions cost misses only.
enum TextHash {
    private static let seed = UInt64.random(in: 1...UInt64.max)
    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    /// The hash of `text`'s bytes.
    @inline(__always)
    static func of(_ text: String) -> UInt64 {
        // Native strings lend their bytes in place; `withUTF8` would need a mutable copy.
        if let hash = text.utf8.withContiguousStorageIfAvailable({ fold(UnsafeRawBufferPointer($0)) }) {
            return hash
        }
        var text = text
        return text.withUTF8 { fold(UnsafeRawBufferPointer($0)) }
    }

    /// `hash` and a small number (a kind, a length) combined into one hash.
    @inline(__always)
    static func combine(_ hash: UInt64, _ value: Int) -> UInt64 {
        finish((hash ^ UInt64(truncatingIfNeeded: value)) &* multiplier)
    }

    /// A multiply-and-rotate fold of the bytes eight at a time, the length included, then mixed.
    @inline(__always)
    private static func fold(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var state = seed ^ UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            state = (state ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
            state = state << 29 | state >> 35
            offset += 8
        }
        if offset < bytes.count {
            var tail: UInt64 = 0
            for index in offset..<bytes.count { tail = tail << 8 | UInt64(bytes[index]) }
            state = (state ^ tail) &* multiplier
        }
        return finish(state)
    }

    /// The final avalanche (MurmurHash3's), so that the low bits that pick a slot depend on
    /// every byte.
    @inline(__always)
    private static func finish(_ value: UInt64) -> UInt64 {
        var x = value
        x ^= x >> 33
        x &*= 0xFF51_AFD7_ED55_8CCD
        x ^= x >> 33
        x &*= 0xC4CE_B9FE_1A85_EC53
        x ^= x >> 33
        return x
    }
}
