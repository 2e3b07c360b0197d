import Foundation
import Saraptama
import SaraptamaRegistry
import Testing

/// `saraptama check --record`, `record`, `registry` and `stats` end to end: exit codes, streams,
/// stable error codes.
@Suite("Registry command line")
struct RegistryCommandLineTests {
    static let caseFile = "Cases/ta-mz-telemedicine/document.yaml"

    @Test func helpForEveryCommand() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        for command in ["record", "registry", "stats"] {
            let help = try Executable.run([command, "--help"], scratch: scratch)
            #expect(help.status == 0, "\(command) --help")
            #expect(help.stdout.contains("USAGE: saraptama \(command)"))
        }
        let check = try Executable.run(["check", "--help"], scratch: scratch)
        #expect(check.stdout.contains("--record"))
    }

    @Test func checkRecordStoresEachRoundAndOneCopy() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let database = scratch.file("r.db")
        let arguments = ["check", Self.caseFile, "--record", "--registry", database, "--concluded", "2025-03-03", "--lang", "en"]
        let first = try Executable.run(arguments, scratch: scratch)
        #expect(first.status == 1)  // the case has errors: exit code as without --record
        #expect(first.stdout.contains("negative conclusion"))
        #expect(first.stderr.contains("round 1 (negative) as examination 1 in \(database)"))
        let second = try Executable.run(arguments + ["--received", "2025-02-20"], scratch: scratch)
        #expect(second.status == 1)
        #expect(second.stderr.contains("round 2 (negative) as examination 2"))

        let registry = try Registry(path: database)
        let all = try registry.examinations()
        #expect(all.map(\.round) == [1, 2])
        #expect(all.map { CalendarDay.format($0.received) } == ["2025-02-10", "2025-02-20"])
        let bytes = Array(try #require(FileManager.default.contents(atPath: Repository.root + "/" + Self.caseFile)))
        #expect(all.allSatisfy { $0.documentSHA256 == SHA256.hex(of: bytes) })
        #expect(try registry.counts().documents == 1)
        #expect(all[0].findings.count == all[0].counts.errors + all[0].counts.warnings + all[0].counts.infos)
        #expect(all[0].findings.allSatisfy { $0.fingerprint?.count == 32 })

        let copy = scratch.file("copy.yaml")
        let show = try Executable.run(["registry", "show", "2", "--registry", database, "--copy", copy, "--lang", "en"], scratch: scratch)
        #expect(show.status == 0)
        #expect(show.stdout.contains("  round           2\n"))
        #expect(FileManager.default.contents(atPath: copy).map(Array.init) == bytes)
    }

    @Test func checkWithoutRecordRefusesRecordingOptions() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let run = try Executable.run(["check", Self.caseFile, "--registry", scratch.file("r.db"), "--lang", "en"], scratch: scratch)
        #expect(run.status == 2)
        #expect(run.stderr.contains("--registry is for --record"))
        #expect(!FileManager.default.fileExists(atPath: scratch.file("r.db")))
    }

    @Test func recordASavedReportWithAndWithoutTheDocumentFiles() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let database = scratch.file("r.db")
        let saved = try Executable.run(["check", Self.caseFile, "--format", "json"], scratch: scratch)
        let report = try scratch.write("report.json", saved.stdout)
        let recorded = try Executable.run(["record", report, "--registry", database, "--concluded", "2025-03-03", "--lang", "en"], scratch: scratch)
        #expect(recorded.status == 0, "\(recorded.stderr)")
        #expect(recorded.stdout.contains("round 1 (negative) as examination 1"))
        #expect(recorded.stdout.contains("copy sha256"))

        let elsewhere = try scratch.write("moved.json", saved.stdout.replacingOccurrences(of: Self.caseFile, with: "gone/document.yaml"))
        let withoutCopy = try Executable.run(["record", elsewhere, "--registry", database, "--concluded", "2025-03-04", "--lang", "en"], scratch: scratch)
        #expect(withoutCopy.status == 0)
        #expect(withoutCopy.stdout.contains("round 2 (negative) as examination 2"))
        #expect(withoutCopy.stdout.contains("no copy stored (gone/document.yaml not found)"))
        let registry = try Registry(path: database)
        #expect(try registry.examinations().map { $0.documentSHA256 == nil } == [false, true])
        #expect(try registry.examinations().allSatisfy { $0.origin == .report })
    }

    @Test func badInputsExitWithTwoAndAStableCode() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let database = scratch.file("r.db")
        let notReport = try scratch.write("x.json", "{\"documents\": []}")
        let report = try Executable.run(["record", notReport, "--registry", database], scratch: scratch)
        #expect(report.status == 2)
        #expect(report.stderr.contains("error: registry-bad-report:"))

        let badCSV = try scratch.write("bad.csv", "document_id,kind,received,concluded,verdict\nТЗ-1,TA,2021-03-01,2021-02-01,positive\nТЗ-2,TZ,2021-03-01,2021-03-02,positive\n")
        let csv = try Executable.run(["registry", "import", badCSV, "--registry", database], scratch: scratch)
        #expect(csv.status == 2)
        #expect(csv.stderr.contains("\(badCSV):2: error: registry-bad-csv: concluded 2021-02-01 is before received 2021-03-01"))
        #expect(csv.stderr.contains("\(badCSV):3: error: registry-bad-csv: kind 'TZ'"))
        #expect(csv.stdout.isEmpty)

        let junk = try scratch.write("junk.db", String(repeating: "not a database ", count: 100))
        let corrupt = try Executable.run(["registry", "list", "--registry", junk], scratch: scratch)
        #expect(corrupt.status == 2)
        #expect(corrupt.stderr.contains("error: registry-corrupt:"))

        let missing = try Executable.run(["stats", "--registry", scratch.file("none.db")], scratch: scratch)
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("error: registry-open:"))

        let good = try scratch.write("good.csv", "document_id,kind,received,concluded,verdict\nТЗ-1,TA,2021-03-01,2021-03-02,positive\n")
        #expect(try Executable.run(["registry", "import", good, "--registry", database], scratch: scratch).status == 0)
        let notFound = try Executable.run(["registry", "show", "99", "--registry", database], scratch: scratch)
        #expect(notFound.status == 2)
        #expect(notFound.stderr.contains("registry-not-found"))
        let badCalendar = try Executable.run(["stats", "--registry", database, "--calendar", notReport], scratch: scratch)
        #expect(badCalendar.status == 2)
        #expect(badCalendar.stderr.contains("registry-bad-calendar"))
        for usage in [["stats", "--registry", database, "--from", "2021-13-01"], ["stats", "--registry", database, "--kind", "XX"],
                      ["registry", "lst"], ["registry", "export", "--registry", database]] {
            let run = try Executable.run(usage, scratch: scratch)
            #expect(run.status == 2, "\(usage)")
        }
    }

    @Test func aLockedRegistryFailsWithRegistryBusy() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let database = scratch.file("r.db")
        _ = try Registry(path: database)
        let holder = try SQLiteConnection(path: database)
        try holder.execute("BEGIN IMMEDIATE")  // holds the write lock until rolled back
        defer { try? holder.execute("ROLLBACK") }
        let good = try scratch.write("good.csv", "document_id,kind,received,concluded,verdict\nТЗ-1,TA,2021-03-01,2021-03-02,positive\n")
        let run = try Executable.run(["registry", "import", good, "--registry", database], environment: ["SARAPTAMA_BUSY_TIMEOUT_MS": "100"], scratch: scratch)
        #expect(run.status == 2)
        #expect(run.stderr.contains("error: registry-busy:"))
    }

    @Test func theShippedSampleImportsAndShowsItsStatistics() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let database = scratch.file("s.db")
        let imported = try Executable.run(["registry", "import", "Cases/registry/sample-2016-2021.csv", "--registry", database, "--lang", "en"], scratch: scratch)
        #expect(imported.status == 0)
        #expect(imported.stdout.contains("imported 530 examinations"))
        let stats = try Executable.run(["stats", "--registry", database, "--lang", "en"], scratch: scratch)
        #expect(stats.status == 0)
        #expect(stats.stdout.contains("  total  345  118   67    530\n"))
        let russian = try Executable.run(["stats", "--registry", database, "--lang", "ru"], scratch: scratch)
        #expect(russian.stdout.contains("Экспертизы по годам и видам"))
        #expect(russian.stdout.contains("  всего  345  118   67    530\n"))
        let kazakh = try Executable.run(["stats", "--registry", database, "--lang", "kk"], scratch: scratch)
        #expect(kazakh.stdout.contains("Сараптамалар жылдар мен түрлер бойынша"))
        let fej = try Executable.run(["stats", "--registry", database, "--kind", "FEJ", "--format", "json"], scratch: scratch)
        #expect(fej.stdout.contains("\"examinations\": 67,"))
        let html = try Executable.run(["stats", "--registry", database, "--format", "html", "--output", scratch.file("s.html")], scratch: scratch)
        #expect(html.status == 0)
        #expect((try? String(contentsOfFile: scratch.file("s.html"), encoding: .utf8))?.contains("<svg id=\"chart-year-kind\"") == true)
        let export = try Executable.run(["registry", "export", "--format", "csv", "--registry", database], scratch: scratch)
        #expect(export.stdout == (try String(contentsOfFile: Repository.samplePath, encoding: .utf8)))
        let list = try Executable.run(["registry", "list", "--registry", database, "--limit", "2", "--lang", "en"], scratch: scratch)
        #expect(list.stdout.hasSuffix("2 of 530 examination(s) (the latest)\n"))
    }
}
