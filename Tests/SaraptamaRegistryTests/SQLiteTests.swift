import Foundation
import SaraptamaRegistry
import Testing

/// The SQLite wrapper and the registry's schema handling.
@Suite("SQLite wrapper and schema")
struct SQLiteTests {
    @Test func bindsAndReadsEveryType() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let connection = try SQLiteConnection(path: scratch.file("t.db"))
        try connection.execute("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)")
        try connection.run("INSERT INTO t VALUES (?, ?, ?, ?, ?)", [.integer(-42), .real(2.5), .text("Қазақстан «ТЗ»"), .blob([0, 1, 255]), .null])
        try connection.run("INSERT INTO t VALUES (?, ?, ?, ?, ?)", [.integer(Int64.max), .real(0), .text(""), .blob([]), .text("x")])
        let rows = try connection.query("SELECT i, r, s, b, n FROM t ORDER BY rowid") { row in
            [row.value(at: 0), row.value(at: 1), row.value(at: 2), row.value(at: 3), row.value(at: 4)]
        }
        #expect(rows[0] == [.integer(-42), .real(2.5), .text("Қазақстан «ТЗ»"), .blob([0, 1, 255]), .null])
        #expect(rows[1] == [.integer(Int64.max), .real(0), .text(""), .blob([]), .text("x")])
    }

    @Test func errorsCarrySQLitesMessageAndExtendedCode() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let connection = try SQLiteConnection(path: scratch.file("t.db"))
        try connection.execute("CREATE TABLE t (k TEXT UNIQUE)")
        try connection.run("INSERT INTO t VALUES ('a')")
        let error = try #require(throws: SQLiteError.self) { try connection.run("INSERT INTO t VALUES ('a')") }
        #expect(error.kind == .constraint)
        #expect(error.extendedCode == 2067)  // SQLITE_CONSTRAINT_UNIQUE
        #expect(error.message.contains("UNIQUE constraint failed"))
        let syntax = try #require(throws: SQLiteError.self) { try connection.prepare("SELEC 1") }
        #expect(syntax.message.contains("syntax error"))
    }

    @Test func aThrowingTransactionLeavesNothing() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let connection = try SQLiteConnection(path: scratch.file("t.db"))
        try connection.execute("CREATE TABLE t (k INTEGER)")
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try connection.transaction {
                try connection.run("INSERT INTO t VALUES (1)")
                throw Stop()
            }
        }
        #expect(try connection.scalar("SELECT count(*) FROM t") == .integer(0))
        try connection.transaction { try connection.run("INSERT INTO t VALUES (2)") }
        #expect(try connection.scalar("SELECT count(*) FROM t") == .integer(1))
    }

    @Test func openingMigratesOnceAndSetsWALAndForeignKeys() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.file("r.db")
        let registry = try Registry(path: path)
        #expect(try registry.schemaVersion() == 4)
        _ = try Registry(path: path)  // a second open finds nothing to migrate
        let connection = try SQLiteConnection(path: path)
        #expect(try connection.scalar("PRAGMA user_version") == .integer(4))
        #expect(try connection.scalar("PRAGMA journal_mode") == .text("wal"))
        let tables = try connection.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name") { $0.text(at: 0) }
        #expect(tables == ["accounts", "conclusions", "documents", "examinations", "findings", "intake", "service_keys", "sessions"])
        #expect(try registry.integrityCheck() == ["ok"])
    }

    @Test func aNewerSchemaIsRefused() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.file("r.db")
        _ = try Registry(path: path)
        try SQLiteConnection(path: path).execute("PRAGMA user_version = 99")
        let error = try #require(throws: RegistryError.self) { try Registry(path: path) }
        #expect(error.code == .schemaTooNew)
    }

    @Test func aFileThatIsNotADatabaseIsReportedAsCorrupt() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = try scratch.write("junk.db", String(repeating: "this is not a database\n", count: 200))
        let error = try #require(throws: RegistryError.self) { try Registry(path: path) }
        #expect(error.code == .corrupt)
        #expect(error.description.contains("registry-corrupt"))
    }

    @Test func aMissingRegistryIsNotCreatedForReading() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let error = try #require(throws: RegistryError.self) { try Registry(path: scratch.file("none.db"), create: false) }
        #expect(error.code == .open)
        #expect(!FileManager.default.fileExists(atPath: scratch.file("none.db")))
        let folder = try #require(throws: RegistryError.self) { try Registry(path: scratch.file("no/such/folder/r.db")) }
        #expect(folder.code == .open)
    }
}
