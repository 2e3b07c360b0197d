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

    @inline(__always)
    private static func digest(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var value = UInt64(min(bytes.count, 255)) << 56
        for index in 0..<min(7, bytes.count) { value |= UInt64(bytes[index]) << (8 * UInt64(index)) }
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
