import Foundation
import Saraptama
import SaraptamaRegistry
import Testing

/// Nothing the registry is given is lost or altered: NULs kept, CSV quoted and defused against
/// spreadsheet formulas (reversibly), a lossless dump that round-trips byte for byte, read-only
/// registries readable, and other applications' databases left alone.
@Suite("Registry fidelity", .serialized)
struct RegistryFidelityTests {
    static let tricky = "a\u{0}b, \"q\"\r\nline =1"

    static func examinationWithTitle(_ title: String, id: String = "ТЗ-1") -> Examination {
        Examination(
            documentID: id, kind: .technicalAssignment, title: title, stateBodyID: "mz", stateBodyName: "=HYPERLINK(\"http://x\")",
            objectName: "@SUM(A1)", received: day("2025-01-10"), concluded: day("2025-02-10"), verdict: .negative,
            counts: SeverityCounts(errors: 1), findings: [RecordedFinding(ruleID: "BUD-001", severity: .error)], origin: .import)
    }

    @Test func aNulInsideATextIsKept() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let registry = try Registry(path: scratch.file("r.db"))
        try registry.record(Self.examinationWithTitle(Self.tricky), copy: Array("copy\u{0}bytes".utf8))
        let back = try #require(try registry.examination(id: 1))
        #expect(back.title == Self.tricky)
        #expect(back.title?.utf8.count == Self.tricky.utf8.count)
    }

    @Test func csvQuotesLineBreaksAndDefusesFormulas() {
        #expect(CSV.escape("a\r\nb") == "\"a\r\nb\"")
        #expect(CSV.escape("a\rb") == "\"a\rb\"")
        #expect(CSV.escape("=1+1") == "'=1+1")
        #expect(CSV.escape("+7 (727) 000") == "'+7 (727) 000")
        #expect(CSV.escape("@SUM(A1)") == "'@SUM(A1)")
        #expect(CSV.escape("-cmd|' /C calc'!A0") == "'-cmd|' /C calc'!A0")
        #expect(CSV.escape("'=x") == "''=x")
        #expect(CSV.escape("'quoted") == "'quoted")
        // Numbers stay numbers.
        #expect(CSV.escape("-5") == "-5")
        #expect(CSV.escape("+7.5") == "+7.5")
        for value in ["=1+1", "'=x", "''@y", "-5", "'quoted", "plain", "-", "\t=x"] {
            #expect(CSV.restored(CSV.neutralised(value)) == value, "\(value)")
        }
    }

    /// Export → import → export gives the same CSV: the defusing `'` is removed on import.
    @Test func csvExportImportsBackUnchanged() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let title = "=cmd|' /C calc'!A0 \"x\"\r\nновая строка\u{0}NUL"
        let first = RegistryCSV.render([Self.examinationWithTitle(title)])
        #expect(first.contains("'=cmd"))
        #expect(first.contains("'=HYPERLINK"))
        let rows = try RegistryCSV.parse(first, file: "x.csv")
        #expect(rows.first?.examination.title == title)
        #expect(rows.first?.examination.stateBodyName == "=HYPERLINK(\"http://x\")")
        let registry = try Registry(path: scratch.file("r.db"))
        try registry.importExaminations(rows, file: "x.csv")
        let stored = try registry.examinations()
        #expect(stored.first?.title == title)
        // Once stored (with its round), the export imports into another registry and exports the same.
        let exported = RegistryCSV.render(stored)
        let other = try Registry(path: scratch.file("other.db"))
        try other.importExaminations(try RegistryCSV.parse(exported, file: "y.csv"), file: "y.csv")
        #expect(RegistryCSV.render(try other.examinations()) == exported)
    }

    /// `stats --format csv` put a body's name `=HYPERLINK(…)` in a cell as it was: a formula.
    @Test func statisticsCSVDefusesFormulas() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Registry(path: scratch.file("r.db")).record(Self.examinationWithTitle("x"), copy: nil)
        let run = try Executable.run(["stats", "--format", "csv", "--registry", scratch.file("r.db")], scratch: scratch)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("\"'=HYPERLINK(\"\"http://x\"\")\""))
        #expect(!run.stdout.contains(",=HYPERLINK"))
    }

    @Test func theLosslessDumpRoundTripsByteForByte() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let source = try Registry(path: scratch.file("a.db"))
        try source.record(Self.examinationWithTitle(Self.tricky), copy: [0, 1, 2, 255] + Array("копия".utf8))
        try source.record(Self.examinationWithTitle("второй", id: "ТЗ-2"), copy: nil)
        var first = ""
        try source.dump { first += $0 }
        let dumpFile = try scratch.write("dump.jsonl", first)
        let target = try Registry(path: scratch.file("b.db"))
        let counts = try target.restore(dumpAt: dumpFile)
        #expect(counts == ["documents": 1, "examinations": 2, "findings": 2])
        var second = ""
        try target.dump { second += $0 }
        #expect(second == first)
        #expect(try target.examinations().map(\.title) == [Self.tricky, "второй"])
        let copy = try #require(try target.examinations().first?.documentSHA256)
        #expect(try target.documentCopy(sha256: copy) == [0, 1, 2, 255] + Array("копия".utf8))
        // Into a registry that has rows: refused, nothing changed.
        let again = #expect(throws: RegistryError.self) { try target.restore(dumpAt: dumpFile) }
        #expect(again?.code == .badDump)
        #expect(try target.examinations().count == 2)
    }

    @Test func theCommandLineDumpsAndRestores() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Registry(path: scratch.file("a.db")).record(Self.examinationWithTitle(Self.tricky), copy: Array("copy".utf8))
        let first = try Executable.run(["registry", "export", "--format", "jsonl", "--registry", scratch.file("a.db"), "--output", scratch.file("d1.jsonl")], scratch: scratch)
        #expect(first.status == 0, "\(first.stderr)")
        let restore = try Executable.run(["registry", "import", scratch.file("d1.jsonl"), "--registry", scratch.file("b.db")], scratch: scratch)
        #expect(restore.status == 0, "\(restore.stderr)")
        let second = try Executable.run(["registry", "export", "--format", "jsonl", "--registry", scratch.file("b.db")], scratch: scratch)
        #expect(second.status == 0)
        #expect(second.stdout == (try String(contentsOfFile: scratch.file("d1.jsonl"), encoding: .utf8)))
    }

    /// `--registry` pointed at another application's database used to add our tables to it.
    @Test func anotherApplicationsDatabaseIsRefusedAndLeftAlone() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.file("app.db")
        do {
            let other = try SQLiteConnection(path: path)
            try other.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO customers (name) VALUES ('x')")
        }
        let before = try #require(FileManager.default.contents(atPath: path))
        for readOnly in [false, true] {
            let error = #expect(throws: RegistryError.self) { try Registry(path: path, readOnly: readOnly) }
            #expect(error?.code == .notARegistry)
        }
        let csv = try scratch.write("rows.csv", RegistryCSV.render([Self.examinationWithTitle("x")]))
        let run = try Executable.run(["registry", "import", csv, "--registry", path], scratch: scratch)
        #expect(run.status == 2)
        #expect(run.stderr.contains("registry-not-a-registry"))
        #expect(FileManager.default.contents(atPath: path) == before)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        // One with another application id, even with our tables' names.
        let stranger = scratch.file("stranger.db")
        do { try SQLiteConnection(path: stranger).execute("PRAGMA application_id = 1234; CREATE TABLE examinations (id)") }
        #expect((#expect(throws: RegistryError.self) { try Registry(path: stranger) })?.code == .notARegistry)
        // A registry made now carries the id.
        _ = try Registry(path: scratch.file("ours.db"))
        #expect(try SQLiteConnection(path: scratch.file("ours.db")).scalar("PRAGMA application_id") == .integer(0x5352_5054))
    }

    @Test func readingDoesNotWrite() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.file("r.db")
        do { try Registry(path: path).record(Self.examinationWithTitle("x"), copy: nil) }
        let before = try #require(FileManager.default.contents(atPath: path))
        let registry = try Registry(path: path, readOnly: true)
        #expect(registry.isReadOnly)
        #expect(try registry.examinations().count == 1)
        #expect(FileManager.default.contents(atPath: path) == before)
        #expect(throws: RegistryError.self) { try registry.record(Self.examinationWithTitle("y", id: "ТЗ-9"), copy: nil) }
    }

    static let canMount: Bool = {
        guard getuid() == 0 else { return false }
        return FileManager.default.isExecutableFile(atPath: "/bin/mount") || FileManager.default.isExecutableFile(atPath: "/usr/bin/mount")
    }()

    static func shell(_ command: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// A registry on a read-only medium (here a read-only bind mount; skipped where the test
    /// may not mount): WAL needs a -shm file it cannot create, so it is opened immutable.
    @Test(.enabled(if: canMount, "needs root and mount for a read-only file system"))
    func aRegistryOnAReadOnlyMediumCanBeRead() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let writable = scratch.file("rw"), readOnly = scratch.file("ro")
        try FileManager.default.createDirectory(atPath: writable, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: readOnly, withIntermediateDirectories: true)
        do { try Registry(path: writable + "/r.db").record(Self.examinationWithTitle("x"), copy: nil) }
        guard Self.shell("mount --bind '\(writable)' '\(readOnly)' && mount -o remount,bind,ro '\(readOnly)'") == 0 else {
            _ = Self.shell("umount '\(readOnly)'")
            return  // mounting is not allowed here (a container without the capability)
        }
        defer { _ = Self.shell("umount '\(readOnly)'") }
        let list = try Executable.run(["registry", "list", "--registry", readOnly + "/r.db"], scratch: scratch)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.contains("ТЗ-1"))
        let stats = try Executable.run(["stats", "--registry", readOnly + "/r.db"], scratch: scratch)
        #expect(stats.status == 0, "\(stats.stderr)")
    }
}
