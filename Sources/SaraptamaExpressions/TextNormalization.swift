/// The normalization used for lookups and fuzzy text matching, so that "Портал «Электронное
/// правительство»", "портал электронное-правительство" and "ПОРТАЛ_ЭЛЕКТРОННОЕ  ПРАВИТЕЛЬСТВО"
/// find the same catalogue entry.
public enum TextNormalization {
    /// Lowercases (full Unicode, Cyrillic/Kazakh included), maps ё→е, trims, collapses runs of
    /// whitespace/‘_’/‘-’ to one space, strips surrounding quotes «»"'.
    public static func key(_ text: String) -> String {
        // Catalogue keywords and most document values are already normal: answering them without
        // building a new string is what makes `contains_any` over catalogue lists cheap.
        isAlreadyNormal(text) ? text : fullKey(text)
    }

    /// The normalization itself, without the already-normal shortcut.
    static func fullKey(_ text: String) -> String {
        // This runs for every lookup and every contains_any of every document, so ASCII and
        // Cyrillic (almost all of the text) take table-free fast paths: the UTF-8 bytes are read
        // and written directly (a Cyrillic letter is two bytes in, two bytes out); only other
        // scripts are decoded to scalars and consult the Unicode property tables.
        var text = text
        return text.withUTF8 { bytes in normalized(bytes) }
    }

    private static func normalized(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace = false
        var lastWasCyrillicE = false
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                if lead == 0x20 || lead == 0x5F || lead == 0x2D || (lead >= 0x09 && lead <= 0x0D) {
                    pendingSpace = true
                    continue
                }
                flushSpace(&pendingSpace, &output)
                output.append(lead >= 0x41 && lead <= 0x5A ? lead + 0x20 : lead)
                lastWasCyrillicE = false
                continue
            }
            // Lead bytes D0–D3 start exactly the two-byte sequences of U+0400–U+04FF.
            if lead >= 0xD0 && lead <= 0xD3 && index + 1 < bytes.count {
                let value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
                index += 2
                flushSpace(&pendingSpace, &output)
                let lower = lowercaseCyrillic(value)
                output.append(0xC0 | UInt8(truncatingIfNeeded: lower >> 6))
                output.append(0x80 | UInt8(truncatingIfNeeded: lower & 0x3F))
                lastWasCyrillicE = lower == 0x0435
                continue
            }
            let (value, length) = decodeScalar(bytes, at: index)
            index += length
            // A decomposed ё (е + combining diaeresis) becomes е like the precomposed one.
            if value == 0x0308 && lastWasCyrillicE && !pendingSpace { continue }
            if isPlainPunctuation(value) {
                flushSpace(&pendingSpace, &output)
                append(value, to: &output)
                lastWasCyrillicE = false
                continue
            }
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.properties.isWhitespace {
                pendingSpace = true
                continue
            }
            flushSpace(&pendingSpace, &output)
            if scalar.properties.changesWhenLowercased {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    append(lower.value, to: &output)
                }
            } else {
                append(value, to: &output)
            }
            lastWasCyrillicE = false
        }
        let kept = stripQuotes(output)
        return String(decoding: output[kept], as: UTF8.self)
    }

    /// True when `key(text)` would return `text` unchanged: lowercase ASCII (no `_`, `-`,
    /// quotes or control characters), lowercase Russian and Kazakh letters other than ё, and
    /// single inner spaces. Anything else takes the full path.
    static func isAlreadyNormal(_ text: String) -> Bool {
        var utf8 = text
        return utf8.withUTF8 { bytes -> Bool in
            guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return bytes.isEmpty }
            var index = 0
            var previousSpace = false
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    switch byte {
                    case 0x20:
                        if previousSpace { return false }
                        previousSpace = true
                        index += 1
                        continue
                    case 0x41...0x5A, 0x5F, 0x2D, 0x22, 0x27, 0x00...0x1F, 0x7F: return false
                    default: break
                    }
                    previousSpace = false
                    index += 1
                    continue
                }
                guard index + 1 < bytes.count else { return false }
                let next = bytes[index + 1]
                switch (byte, next) {
                case (0xD0, 0xB0...0xBF), (0xD1, 0x80...0x8F), (0xD1, 0x96),
                    (0xD2, 0x93), (0xD2, 0x9B), (0xD2, 0xA3), (0xD2, 0xAF), (0xD2, 0xB1), (0xD2, 0xBB),
                    (0xD3, 0x99), (0xD3, 0xA9):
                    previousSpace = false
                    index += 2
                default:
                    return false
                }
            }
            return true
        }
    }

    /// Punctuation common in Russian and Kazakh texts (« » № – — “ ” „ …) that is neither
    /// whitespace nor changed by lowercasing, so it is kept as it is without consulting
    /// Unicode's property tables. The tests check every scalar of these ranges against them.
    @inline(__always)
    static func isPlainPunctuation(_ value: UInt32) -> Bool {
        (0x00A1...0x00BF).contains(value) || (0x2010...0x2027).contains(value) || value == 0x2116
    }

    /// The scalar that starts at `index` of valid UTF-8 (a String's bytes), and its length.
    @inline(__always)
    private static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int) {
        let lead = UInt32(bytes[index])
        func continuation(_ offset: Int) -> UInt32 {
            index + offset < bytes.count ? UInt32(bytes[index + offset] & 0x3F) : 0
        }
        switch lead {
        case 0xC0..<0xE0: return ((lead & 0x1F) << 6 | continuation(1), 2)
        case 0xE0..<0xF0: return ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3)
        case 0xF0..<0xF8: return ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
        default: return (0xFFFD, 1)
        }
    }

    /// A single space before the next kept character (never leading, never trailing).
    @inline(__always)
    private static func flushSpace(_ pending: inout Bool, _ output: inout [UInt8]) {
        if pending {
            if !output.isEmpty { output.append(0x20) }
            pending = false
        }
    }

    /// Lowercase of a scalar in the Cyrillic block U+0400–U+04FF (Russian and Kazakh letters,
    /// Ukrainian, old letters), with ё → е. Verified against Unicode's mapping by the tests.
    static func lowercaseCyrillic(_ value: UInt32) -> UInt32 {
        let lower: UInt32
        switch value {
        case 0x0400...0x040F: lower = value + 0x50
        case 0x0410...0x042F: lower = value + 0x20
        case 0x0460...0x0481, 0x048A...0x04BF, 0x04D0...0x04FF:
            lower = value & 1 == 0 ? value + 1 : value
        case 0x04C0: lower = 0x04CF
        case 0x04C1...0x04CE: lower = value & 1 == 1 ? value + 1 : value
        default: lower = value
        }
        return lower == 0x0451 ? 0x0435 : lower
    }

    @inline(__always)
    private static func append(_ value: UInt32, to output: inout [UInt8]) {
        guard let scalar = Unicode.Scalar(value) else { return }
        UTF8.encode(scalar) { output.append($0) }
    }

    /// The range left after dropping quotes (and the spaces they leave) at both ends,
    /// repeatedly: `« "X" »` → `x`. The quotes are `"` `'` `«` `»` `“` `”` `„` `‘` `’`, any of
    /// them at either end.
    private static func stripQuotes(_ bytes: [UInt8]) -> Range<Int> {
        var start = 0, end = bytes.count
        while start < end {
            if bytes[start] == 0x20 {
                start += 1
            } else if bytes[end - 1] == 0x20 {
                end -= 1
            } else if let length = quoteLength(startingAt: start, in: bytes, before: end) {
                start += length
            } else if let length = quoteLength(endingAt: end, in: bytes, after: start) {
                end -= length
            } else {
                break
            }
        }
        return start..<end
    }

    /// The length in bytes of the quote at `start`, if one starts there and ends before `end`.
    @inline(__always)
    private static func quoteLength(startingAt start: Int, in bytes: [UInt8], before end: Int) -> Int? {
        switch bytes[start] {
        case 0x22, 0x27: return 1
        case 0xC2 where end - start >= 2 && isGuillemetTail(bytes[start + 1]): return 2
        case 0xE2 where end - start >= 3 && bytes[start + 1] == 0x80 && isPunctuationQuoteTail(bytes[start + 2]): return 3
        default: return nil
        }
    }

    /// The length in bytes of the quote that ends just before `end`, if one does and starts at
    /// or after `start`.
    @inline(__always)
    private static func quoteLength(endingAt end: Int, in bytes: [UInt8], after start: Int) -> Int? {
        let last = bytes[end - 1]
        if last == 0x22 || last == 0x27 { return 1 }
        if isGuillemetTail(last), end - start >= 2, bytes[end - 2] == 0xC2 { return 2 }
        if isPunctuationQuoteTail(last), end - start >= 3, bytes[end - 2] == 0x80, bytes[end - 3] == 0xE2 { return 3 }
        return nil
    }

    /// The second byte of `«` (C2 AB) or `»` (C2 BB).
    @inline(__always)
    private static func isGuillemetTail(_ byte: UInt8) -> Bool { byte == 0xAB || byte == 0xBB }

    /// The third byte of `‘` `’` (E2 80 98/99) or `“` `”` `„` (E2 80 9C/9D/9E).
    @inline(__always)
    private static func isPunctuationQuoteTail(_ byte: UInt8) -> Bool {
        byte == 0x98 || byte == 0x99 || byte == 0x9C || byte == 0x9D || byte == 0x9E
    }
}
