import CSodium

/// Password hashes for expert accounts: Argon2id through libsodium's `crypto_pwhash_str`, in
/// its self-describing string form (algorithm, parameters and salt inside), so stored hashes
/// stay verifiable when the cost parameters are raised later.
public enum PasswordHash {
    /// The encoded hash of `password` (interactive cost: about 64 MiB and a few tenths of a second).
    public static func make(_ password: String) -> String? {
        Sodium.ensureInitialized()
        var out = [CChar](repeating: 0, count: Int(crypto_pwhash_STRBYTES))
        let length = UInt64(password.utf8.count)
        let status = password.withCString { input in
            crypto_pwhash_str(&out, input, length, UInt64(crypto_pwhash_OPSLIMIT_INTERACTIVE), Int(crypto_pwhash_MEMLIMIT_INTERACTIVE))
        }
        guard status == 0 else { return nil }
        return String(cString: out)
    }

    /// True when `password` matches the encoded `hash`; false for any malformed hash.
    public static func verify(_ password: String, hash: String) -> Bool {
        Sodium.ensureInitialized()
        let length = UInt64(password.utf8.count)
        return password.withCString { input in crypto_pwhash_str_verify(hash, input, length) == 0 }
    }

    /// `count` random bytes from the system's generator (session ids, CSRF keys).
    public static func randomBytes(_ count: Int) -> [UInt8] {
        Sodium.ensureInitialized()
        var out = [UInt8](repeating: 0, count: count)
        out.withUnsafeMutableBytes { randombytes_buf($0.baseAddress!, count) }
        return out
    }

    /// A keyed MAC (HMAC-SHA-512-256, `crypto_auth`) of `message` under a 32-byte `key`.
    public static func mac(_ message: [UInt8], key: [UInt8]) -> [UInt8] {
        Sodium.ensureInitialized()
        precondition(key.count == Int(crypto_auth_KEYBYTES))
        var out = [UInt8](repeating: 0, count: Int(crypto_auth_BYTES))
        message.withUnsafeBufferPointer { input in
            _ = crypto_auth(&out, input.baseAddress, UInt64(input.count), key)
        }
        return out
    }

    /// Compares two byte strings in time that does not depend on where they differ.
    public static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count, !a.isEmpty else { return false }
        return sodium_memcmp(a, b, a.count) == 0
    }
}
