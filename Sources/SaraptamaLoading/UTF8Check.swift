/// A fast UTF-8 validator. libyaml would also reject malformed input, but only with a byte
/// offset and after it has already produced events; checking first gives one precise
/// `yaml-invalid-utf8` diagnostic and guarantees that every string handed to Swift is valid.
enum UTF8Check {
    /// The byte offset of the first byte that does not start or continue a well-formed UTF-8
    /// sequence (overlong forms, surrogates and values above U+10FFFF are malformed), or nil
    /// when all bytes are valid.
    static func firstInvalidByte(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return nil }
        let raw = UnsafeRawPointer(base)
        var index = 0
        while index < count {
            // Most documents are almost entirely ASCII: skip 8 bytes per step while no byte
            // has its high bit set.
            while index + 8 <= count,
                raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0
            {
                index += 8
            }
            guard index < count else { break }
            let lead = base[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            // The allowed range of the second byte depends on the lead byte; this is what rules
            // out overlong encodings, surrogates and code points above U+10FFFF (RFC 3629).
            let length: Int
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE, 0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return index
            }
            guard index + length <= count else { return index }
            let second = base[index + 1]
            guard second >= low, second <= high else { return index }
            for next in 2..<length where base[index + next] & 0xC0 != 0x80 {
                return index
            }
            index += length
        }
        return nil
    }

    /// The length of a leading UTF-8 byte order mark (3), or 0. libyaml skips it without
    /// counting it in positions, so everything that computes positions must skip it too.
    static func bomLength(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return 3 }
        return 0
    }
}
