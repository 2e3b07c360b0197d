import Foundation
import Saraptama

/// A signed-in session as the registry keeps it: the SHA-256 of its token (hex), never the
/// token, with its account, role and expiry (seconds since 1970).
public struct StoredSession: Sendable, Equatable {
    public var tokenDigest: String
    public var account: String
    public var role: Account.Role
    public var expires: Int64

    public init(tokenDigest: String, account: String, role: Account.Role, expires: Int64) {
        self.tokenDigest = tokenDigest
        self.account = account
        self.role = role
        self.expires = expires
    }
}

/// The service's sessions (schema version 4).
extension Registry {
    /// Keeps `session`, replacing one with the same digest.
    public func saveSession(_ session: StoredSession) throws(RegistryError) {
        try mapErrors(file: path) {
            try connection.run(
                "INSERT OR REPLACE INTO sessions (token_sha256, account, role, expires) VALUES (?, ?, ?, ?)",
                [.text(session.tokenDigest), .text(session.account), .text(session.role.rawValue), .integer(session.expires)])
        }
    }

    /// The session with this token digest, expired or not; nil when there is none.
    public func session(digest: String) throws(RegistryError) -> StoredSession? {
        try mapErrors(file: path) {
            try connection.query("SELECT token_sha256, account, role, expires FROM sessions WHERE token_sha256 = ?", [.text(digest)]) { row in
                StoredSession(tokenDigest: row.text(at: 0), account: row.text(at: 1), role: Account.Role(rawValue: row.text(at: 2)) ?? .viewer, expires: row.int64(at: 3))
            }
        }.first
    }

    /// Moves a session's expiry.
    public func extendSession(digest: String, expires: Int64) throws(RegistryError) {
        try mapErrors(file: path) { try connection.run("UPDATE sessions SET expires = ? WHERE token_sha256 = ?", [.integer(expires), .text(digest)]) }
    }

    public func deleteSession(digest: String) throws(RegistryError) {
        try mapErrors(file: path) { try connection.run("DELETE FROM sessions WHERE token_sha256 = ?", [.text(digest)]) }
    }

    /// Ends every session of `account` (when it is disabled).
    public func deleteSessions(account: String) throws(RegistryError) {
        try mapErrors(file: path) { try connection.run("DELETE FROM sessions WHERE account = ?", [.text(account)]) }
    }

    /// The service's key called `name`, made from `fresh` and kept the first time it is asked for.
    public func serviceKey(_ name: String, fresh: () -> [UInt8]) throws(RegistryError) -> [UInt8] {
        try mapErrors(file: path) {
            if let key = try connection.query("SELECT key FROM service_keys WHERE name = ?", [.text(name)], row: { $0.blob(at: 0) }).first {
                return key
            }
            let key = fresh()
            try connection.run("INSERT INTO service_keys (name, key) VALUES (?, ?)", [.text(name), .blob(key)])
            return key
        }
    }

    /// Removes the sessions that expired before `now`; returns how many.
    @discardableResult
    public func deleteExpiredSessions(now: Int64) throws(RegistryError) -> Int {
        try mapErrors(file: path) {
            try connection.run("DELETE FROM sessions WHERE expires <= ?", [.integer(now)])
            return connection.changes
        }
    }
}
