import Foundation
import Saraptama
import SaraptamaRegistry
import Testing

/// Several processes recording into one registry at once, and a writer killed inside its
/// transaction. No timing assertions: the tests wait for processes and marker files.
@Suite("Concurrent writers and crashes")
struct ConcurrencyTests {
    @Test func concurrentWritersLoseNoRow() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let documents = 15, writers = 8
        let report = try scratch.write("report.json", sampleReport(documents: documents))
        let database = scratch.file("shared.db")
        // Every writer starts on a registry that does not exist yet, so they also race to create
        // it and to run the migration.
        let processes = try (0..<writers).map { index in
            try Executable.start(
                ["record", report, "--registry", database, "--concluded", "2021-03-10"],
                output: scratch.file("writer-\(index)"))
        }
        for process in processes { process.waitUntilExit() }
        for (index, process) in processes.enumerated() {
            let stderr = (try? String(contentsOfFile: scratch.file("writer-\(index).err"), encoding: .utf8)) ?? ""
            #expect(process.terminationStatus == 0, "writer \(index): \(stderr)")
        }

        let registry = try Registry(path: database)
        let counts = try registry.counts()
        #expect(counts.examinations == documents * writers)
        #expect(counts.findings == documents * writers * 2)
        // Each document was recorded once per writer: rounds 1...writers, none lost or doubled.
        let rounds = Dictionary(grouping: try registry.examinations(), by: \.documentID).mapValues { $0.compactMap(\.round).sorted() }
        #expect(rounds.count == documents)
        #expect(rounds.values.allSatisfy { $0 == Array(1...writers) })
        #expect(try registry.integrityCheck() == ["ok"])
    }

    @Test func aWriterKilledInsideItsTransactionLeavesNoPartialExamination() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let database = scratch.file("crash.db")
        let before = try Registry(path: database)
        try before.record(examination("ТЗ-0", received: "2021-03-01", concluded: "2021-03-02", verdict: .negative, findings: [("STR-001", .error)]))
        let report = try scratch.write("report.json", sampleReport(documents: 1, prefix: "ТЗ-CRASH"))
        let marker = scratch.file("inside-transaction")

        let writer = try Executable.start(
            ["record", report, "--registry", database, "--concluded", "2021-03-10"],
            environment: ["SARAPTAMA_REGISTRY_TEST_PAUSE": marker], output: scratch.file("writer"))
        // Wait until the writer says it is inside the transaction (its examination row and first
        // finding are written, not committed); give up only if it never gets there.
        var waited = 0
        while !FileManager.default.fileExists(atPath: marker) && writer.isRunning && waited < 120_000 {
            usleep(20_000)
            waited += 20
        }
        try #require(FileManager.default.fileExists(atPath: marker), "the writer never reached its transaction")
        kill(writer.processIdentifier, SIGKILL)
        writer.waitUntilExit()
        #expect(writer.terminationReason == .uncaughtSignal)

        let after = try Registry(path: database)
        let counts = try after.counts()
        #expect(counts.examinations == 1)
        #expect(counts.findings == 1)
        #expect(try after.examinations().map(\.documentID) == ["ТЗ-0"])
        #expect(try after.integrityCheck() == ["ok"])
        // The lock died with the writer: the next recording goes through, as round 1.
        let next = try after.record(examination("ТЗ-CRASH-1", received: "2021-03-01", concluded: "2021-03-10", verdict: .positive))
        #expect(next.round == 1)
        #expect(try after.integrityCheck() == ["ok"])
    }
}
