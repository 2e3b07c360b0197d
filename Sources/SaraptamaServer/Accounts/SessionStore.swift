import Foundation
import Saraptama
import SaraptamaRegistry

/// Signed-in sessions: in memory for speed, and in the registry so that a restart of the service
/// does not sign everyone out. The registry keeps only the SHA-256 of a token, never the token,
/// so its file holds no usable secret. A session unknown to memory (after a restart) is looked up
/// there once; its expiry is written back at most once a minute, not on every request.
///
/// The registry is the durable copy, not the gate: when it cannot be written the session still
/// works in memory until the service stops.
final class SessionStore: @unchecked Sendable {
    struct Session: Sendable {
        let account: String
        let role: Account.Role
        var expires: Date
        /// The expiry the registry holds.
        var savedExpires: Date
    }

    private var sessions: [String: Session] = [:]
    private let lock = NSLock()
    private let lifetime: TimeInterval
    private let registry: RegistryGate?
    /// Bounds memory whatever clients do: the oldest sessions go first.
    private let capacity = 10_000
    /// How stale the registry's expiry may get before it is written again.
    private let writeInterval: TimeInterval = 60

    init(minutes: Int, registry: RegistryGate? = nil) {
        lifetime = TimeInterval(minutes * 60)
        self.registry = registry
        _ = try? registry?.with { registry throws(RegistryError) in try registry.deleteExpiredSessions(now: Self.seconds(Date())) }
    }

    static func digest(_ token: String) -> String { SHA256.hex(of: Array(token.utf8)) }
    static func seconds(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }

    /// A new session for `account`; returns its token (32 random bytes, hex).
    func open(account: String, role: Account.Role) -> String {
        let token = Hex.encode(PasswordHash.randomBytes(32))
        let expires = Date().addingTimeInterval(lifetime)
        lock.withLock {
            if sessions.count >= capacity, let oldest = sessions.min(by: { $0.value.expires < $1.value.expires })?.key { sessions[oldest] = nil }
            sessions[token] = Session(account: account, role: role, expires: expires, savedExpires: expires)
        }
        let stored = StoredSession(tokenDigest: Self.digest(token), account: account, role: role, expires: Self.seconds(expires))
        _ = try? registry?.with { registry throws(RegistryError) in try registry.saveSession(stored) }
        return token
    }

    /// The live session of `token`, its lifetime extended; nil when unknown or expired.
    func session(_ token: String?) -> Session? {
        guard let token, token.count == 64, token.allSatisfy(\.isHexDigit) else { return nil }
        let now = Date()
        var known = lock.withLock { sessions[token] }
        if known == nil, let registry {
            // Not in memory: signed in before a restart, or evicted. The registry knows.
            if let stored = try? registry.with({ registry throws(RegistryError) in try registry.session(digest: Self.digest(token)) }) {
                let expires = Date(timeIntervalSince1970: TimeInterval(stored.expires))
                known = Session(account: stored.account, role: stored.role, expires: expires, savedExpires: expires)
            }
        }
        guard var session = known else { return nil }
        guard session.expires > now else {
            close(token)
            return nil
        }
        session.expires = now.addingTimeInterval(lifetime)
        if session.expires.timeIntervalSince(session.savedExpires) >= writeInterval {
            let expires = Self.seconds(session.expires)
            if (try? registry?.with({ registry throws(RegistryError) in try registry.extendSession(digest: Self.digest(token), expires: expires) })) != nil {
                session.savedExpires = session.expires
            }
        }
        let updated = session
        lock.withLock { sessions[token] = updated }
        return updated
    }

    func close(_ token: String?) {
        guard let token else { return }
        lock.withLock { sessions[token] = nil }
        _ = try? registry?.with { registry throws(RegistryError) in try registry.deleteSession(digest: Self.digest(token)) }
    }

    /// Ends every session of an account (when it is disabled).
    func closeAll(account: String) {
        lock.withLock { sessions = sessions.filter { $0.value.account != account } }
        _ = try? registry?.with { registry throws(RegistryError) in try registry.deleteSessions(account: account) }
    }
}

/// Lowercase hex.
enum Hex {
    static func encode(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        return String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0f)]] })
    }
}
