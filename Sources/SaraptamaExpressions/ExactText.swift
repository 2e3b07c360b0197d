/// A String as a dictionary key by its exact UTF-8 bytes.
///
/// Hashing and comparing bytes skips String's canonical-equivalence machinery. For the
/// per-document memos that is enough: byte-equal texts certainly have equal normal forms and
/// equal lookup answers, and a canonically equal text written with other bytes is only a miss.
/// (`LookupKey`, for catalogue indexes, must match canonical equivalents, so it is not this.)
struct ExactText: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    func hash(into hasher: inout Hasher) {
        // The bytes are folded eight at a time into one word first: feeding them to `Hasher`
        // byte run by byte run was a third of the cost of a memo lookup. The fold is seeded per
        // process, and the tables that use it are bounded, so crafted collisions cost little.
        var text = text
        hasher.combine(text.withUTF8 { Self.fold(UnsafeRawBufferPointer($0)) })
    }

    private static let seed = UInt64.random(in: 1...UInt64.max)

    /// A multiply-and-rotate fold of the bytes (length included), not a hash by itself: `Hasher`
    /// mixes the result.
    @inline(__always)
    private static func fold(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
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
        return state ^ (state >> 32)
    }

    static func == (a: ExactText, b: ExactText) -> Bool { UTF8Search.equal(a.text, b.text) }
}
