import Foundation
import Saraptama
import SaraptamaRegistry

/// Signed-in sessions, in memory: a restart signs everyone out, which is acceptable for a
/// service of a few dozen experts and keeps session secrets out of the database.
final class SessionStore: @unchecked Sendable {
    struct Session: Sendable {
        let account: String
        let role: Account.Role
        var expires: Date
    }

    private var sessions: [String: Session] = [:]
    private let lock = NSLock()
    private let lifetime: TimeInterval
    /// Bounds memory whatever clients do: the oldest sessions go first.
    private let capacity = 10_000

    init(minutes: Int) { lifetime = TimeInterval(minutes * 60) }

    /// A new session for `account`; returns its token (32 random bytes, hex).
    func open(account: String, role: Account.Role) -> String {
        let token = Hex.encode(PasswordHash.randomBytes(32))
        lock.withLock {
            if sessions.count >= capacity, let oldest = sessions.min(by: { $0.value.expires < $1.value.expires })?.key { sessions[oldest] = nil }
            sessions[token] = Session(account: account, role: role, expires: Date().addingTimeInterval(lifetime))
        }
        return token
    }

    /// The live session of `token`, its lifetime extended; nil when unknown or expired.
    func session(_ token: String?) -> Session? {
        guard let token else { return nil }
        return lock.withLock {
            guard var session = sessions[token] else { return nil }
            guard session.expires > Date() else { sessions[token] = nil; return nil }
            session.expires = Date().addingTimeInterval(lifetime)
            sessions[token] = session
            return session
        }
    }

    func close(_ token: String?) {
        guard let token else { return }
        lock.withLock { sessions[token] = nil }
    }

    /// Ends every session of an account (when it is disabled).
    func closeAll(account: String) {
        lock.withLock { sessions = sessions.filter { $0.value.account != account } }
    }
}

/// Lowercase hex.
enum Hex {
    static func encode(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef")
        return String(bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 0x0f)]] })
    }
}
