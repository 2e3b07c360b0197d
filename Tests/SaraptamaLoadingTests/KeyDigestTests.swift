import Testing

@testable import SaraptamaLoading

/// `KeyDigest` reads words rather than bytes: it must hold exactly the length and the first
/// seven bytes, as the byte-by-byte definition says, for every length.
@Suite struct KeyDigestTests {
    static func byByte(_ key: String) -> UInt64 {
        let bytes = Array(key.utf8)
        var value = UInt64(min(bytes.count, 255)) << 56
        for index in 0..<min(7, bytes.count) { value |= UInt64(bytes[index]) << (8 * UInt64(index)) }
        return value
    }

    @Test func digestIsLengthAndFirstSevenBytes() {
        let alphabet = Array("aZ_0йЁ«ӘЖ")
        for length in 0...20 {
            for shift in 0..<alphabet.count {
                let key = String((0..<length).map { alphabet[($0 * 3 + shift) % alphabet.count] })
                #expect(KeyDigest(key).value == Self.byByte(key), "\(key)")
                let bytes = Array(key.utf8)
                let fromBytes = bytes.withUnsafeBufferPointer { KeyDigest($0) }
                #expect(fromBytes == KeyDigest(key), "\(key)")
            }
        }
        #expect(KeyDigest(String(repeating: "x", count: 300)).value >> 56 == 255)
    }
}
