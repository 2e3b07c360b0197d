import CSodium

/// SHA-256 (FIPS 180-4), computed by libsodium's `crypto_hash_sha256`. Foundation on Linux has
/// no CryptoKit, and the rule-set hash, finding fingerprints and the registry's stored copies
/// all need a standard digest; a maintained C library replaces the hand-written one we had.
public enum SHA256 {
    /// The digest of `bytes` as 32 bytes.
    public static func digest(_ bytes: [UInt8]) -> [UInt8] {
        Sodium.ensureInitialized()
        var out = [UInt8](repeating: 0, count: Int(crypto_hash_sha256_BYTES))
        bytes.withUnsafeBufferPointer { input in
            _ = crypto_hash_sha256(&out, input.baseAddress, UInt64(input.count))
        }
        return out
    }

    /// The digest as 64 lowercase hex digits.
    public static func hex(of bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        var out = ""
        out.reserveCapacity(64)
        for byte in digest(bytes) {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0f)])
        }
        return out
    }
}
