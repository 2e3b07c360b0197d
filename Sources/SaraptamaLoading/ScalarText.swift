/// Makes the `String` of a scalar value handed back by libyaml, without validating it again.
///
/// libyaml decodes every character of the input — refusing malformed UTF-8, overlong forms,
/// surrogates and code points above U+10FFFF, also when written as escapes in double-quoted
/// scalars — and encodes it again into the value it hands back, so every value is valid UTF-8
/// by construction. `String(decoding:as:)` would validate it once more, one byte at a time for
/// non-ASCII text, which was the largest cost of making scalars for Cyrillic documents. Whether
/// the text is ASCII is still found out here, so the string is flagged exactly as
/// `String(decoding:as:)` would flag it.
enum ScalarText {
    static func string(_ start: UnsafePointer<UInt8>?, count: Int) -> String {
        guard let start, count > 0 else { return "" }
        let bytes = UnsafeBufferPointer(start: start, count: count)
        return String(copying: UTF8Span(unchecked: bytes.span, isKnownASCII: isASCII(bytes)))
    }

    /// Whether no byte has its high bit set, testing 8 bytes per step.
    private static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        let count = bytes.count
        let highBits: UInt64 = 0x8080_8080_8080_8080
        var index = 0
        while index + 8 <= count {
            if raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & highBits != 0 { return false }
            index += 8
        }
        while index < count {
            if bytes[index] >= 0x80 { return false }
            index += 1
        }
        return true
    }
}
