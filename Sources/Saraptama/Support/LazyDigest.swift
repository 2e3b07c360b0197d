import Synchronization

/// A SHA-256 computed the first time it is asked for, once, from any thread. The rule-set hash
/// covers every rule and data file; only the reports that print it (JSON, SARIF, the
/// conclusion, the registry) need it, so a plain `check` no longer pays for it at start-up.
final class LazyDigest: Sendable {
    private let state: Mutex<(input: [UInt8], hex: String?)>

    init(input: [UInt8]) { state = Mutex((input, nil)) }

    /// Whether the digest has been computed (for tests: loading and checking must not).
    var isComputed: Bool { state.withLock { $0.hex != nil } }

    /// 64 lowercase hex digits.
    var hex: String {
        state.withLock { state in
            if let hex = state.hex { return hex }
            let hex = SHA256.hex(of: state.input)
            state = ([], hex)
            return hex
        }
    }
}
