/// A mapping key's length and first seven bytes in one word.
///
/// Scanning a small mapping compares digests before keys: most entries are passed over with one
/// integer comparison instead of a length read from each string's header and a call for the
/// string comparison. Equal keys have equal digests; unequal keys usually differ in length or
/// early, and when they do not, the key comparison that follows a digest match tells them apart.
public struct KeyDigest: Equatable, Sendable {
    @usableFromInline let value: UInt64

    public init(_ key: String) {
        if let value = key.utf8.withContiguousStorageIfAvailable(Self.digest) {
            self.value = value
        } else {
            var key = key
            value = key.withUTF8(Self.digest)
        }
    }

    /// The digest of a key's bytes, as the loader reads them.
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>) { value = Self.digest(bytes) }

    /// The length in the top byte and the first seven bytes below it, byte `i` at bits `8i`;
    /// read a word (or two overlapping halves) at a time rather than byte by byte.
    @inline(__always)
    private static func digest(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = bytes.count
        var value = UInt64(min(count, 255)) << 56
        guard let base = bytes.baseAddress else { return value }
        let raw = UnsafeRawPointer(base)
        if count >= 8 {
            value |= UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self)) & 0x00FF_FFFF_FFFF_FFFF
        } else if count >= 4 {
            let low = UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
            let high = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self)))
            value |= low | high << (8 * UInt64(count - 4))
        } else {
            for index in 0..<count { value |= UInt64(base[index]) << (8 * UInt64(index)) }
        }
        return value
    }
}

/// A field name with its digest, computed once: an expression's `x.field` reads the same
/// name from many mappings.
public struct FieldName: Sendable {
    public let text: String
    public let digest: KeyDigest

    public init(_ text: String) {
        self.text = text
        digest = KeyDigest(text)
    }
}
