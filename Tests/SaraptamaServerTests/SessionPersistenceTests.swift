import Foundation
import Saraptama
import SaraptamaRegistry
import Testing
@testable import SaraptamaServer

/// Sessions outlive a restart of the service: the registry keeps them, by the SHA-256 of their
/// token only, and a closed, expired or disabled account's session is gone from both.
@Suite("Sessions kept in the registry")
struct SessionPersistenceTests {
    static func scratchRegistry() throws -> (gate: RegistryGate, path: String) {
        let path = NSTemporaryDirectory() + "saraptama-sessions-\(UUID().uuidString).db"
        let gate = try RegistryGate(path: path)
        try gate.with { registry throws(RegistryError) in try registry.addAccount(name: "aigerim", role: .expert, passwordHash: "x") }
        return (gate, path)
    }

    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    @Test("a session opened before a restart is still signed in after it; the file holds no token")
    func survivesARestart() throws {
        let (gate, path) = try Self.scratchRegistry()
        defer { Self.remove(path) }
        let token = SessionStore(minutes: 30, registry: gate).open(account: "aigerim", role: .expert)
        // A new store over the same registry: the service after a restart.
        let restarted = SessionStore(minutes: 30, registry: try RegistryGate(path: path))
        let session = try #require(restarted.session(token), "the session was lost with the restart")
        #expect(session.account == "aigerim" && session.role == .expert)
        let stored = try gate.with { registry throws(RegistryError) in try registry.session(digest: SessionStore.digest(token)) }
        #expect(stored?.account == "aigerim")
        let bytes = try #require(FileManager.default.contents(atPath: path))
        let wal = FileManager.default.contents(atPath: path + "-wal") ?? Data()
        #expect(bytes.range(of: Data(token.utf8)) == nil && wal.range(of: Data(token.utf8)) == nil, "the token itself is in the database")
        // An unknown or malformed token is no session.
        #expect(restarted.session(String(repeating: "0", count: 64)) == nil)
        #expect(restarted.session("not a token") == nil)
    }

    @Test("the CSRF key is made once and kept: a form's token from before a restart still passes")
    func csrfKeySurvives() throws {
        let (gate, path) = try Self.scratchRegistry()
        defer { Self.remove(path) }
        let visitor = String(repeating: "b", count: 64)
        let key = try gate.with { registry throws(RegistryError) in try registry.serviceKey("csrf") { PasswordHash.randomBytes(32) } }
        let token = CSRFTokens(key: key).token(for: visitor)
        let again = try RegistryGate(path: path).with { registry throws(RegistryError) in try registry.serviceKey("csrf") { Issue.record("made a second key"); return PasswordHash.randomBytes(32) } }
        #expect(again == key)
        #expect(CSRFTokens(key: again).verify(token, visitor: visitor))
        #expect(!CSRFTokens().verify(token, visitor: visitor), "another key refuses it")
    }

    @Test("signing out, disabling the account and expiry remove the session from the registry")
    func endsEverywhere() throws {
        let (gate, path) = try Self.scratchRegistry()
        defer { Self.remove(path) }
        let store = SessionStore(minutes: 30, registry: gate)
        let first = store.open(account: "aigerim", role: .expert), second = store.open(account: "aigerim", role: .expert)
        store.close(first)
        #expect(SessionStore(minutes: 30, registry: gate).session(first) == nil)
        store.closeAll(account: "aigerim")
        #expect(SessionStore(minutes: 30, registry: gate).session(second) == nil)
        // An expired session in the registry is refused and removed.
        let expiredToken = String(repeating: "a", count: 64)
        try gate.with { registry throws(RegistryError) in
            try registry.saveSession(StoredSession(tokenDigest: SessionStore.digest(expiredToken), account: "aigerim", role: .expert, expires: 1_000))
        }
        #expect(SessionStore(minutes: 30, registry: gate).session(expiredToken) == nil)
        #expect(try gate.with { registry throws(RegistryError) in try registry.session(digest: SessionStore.digest(expiredToken)) } == nil)
    }
}
