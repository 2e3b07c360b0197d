/// A normalized lookup key as a dictionary key that hashes its UTF-8 bytes.
///
/// Swift's `String` hashes and compares by canonical equivalence, so every non-ASCII key (almost
/// every Russian or Kazakh catalogue key) goes through the Unicode normalization tables on each
/// lookup; in the evaluation profile this was about 8% of all instructions. Text made only of
/// ASCII and Cyrillic-block letters is already in NFC, so for it the NFC bytes *are* the bytes:
/// hashing them directly gives exactly the hash `String` would compute (its hash feeds the NFC
/// bytes and a 0xFF terminator), and byte equality is canonical equivalence. Any other text
/// falls back to `String`'s own hashing and equality, so the key behaves like `String`.
public struct LookupKey: Hashable, Sendable {
    public let text: String
    /// True when the text holds only ASCII and Cyrillic letters (U+0400–U+04FF without the
    /// combining marks U+0483–U+0489): such text is in NFC.
    let isSimple: Bool

    public init(_ text: String) {
        self.text = text
        self.isSimple = Self.isSimpleNFC(text)
    }

    public func hash(into hasher: inout Hasher) {
        guard isSimple else {
            text.hash(into: &hasher)
            return
        }
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(0xFF as UInt8)
    }

    public static func == (a: LookupKey, b: LookupKey) -> Bool {
        if a.isSimple && b.isSimple { return UTF8Search.equal(a.text, b.text) }
        return a.text == b.text
    }

    static func isSimpleNFC(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes -> Bool in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    index += 1
                    continue
                }
                // U+0400–U+04FF is D0 80 … D3 BF; U+0483–U+0489 is D2 83 … D2 89.
                guard byte >= 0xD0, byte <= 0xD3, index + 1 < bytes.count else { return false }
                let next = bytes[index + 1]
                guard next >= 0x80, next <= 0xBF, !(byte == 0xD2 && next >= 0x83 && next <= 0x89) else { return false }
                index += 2
            }
            return true
        }
    }
}
