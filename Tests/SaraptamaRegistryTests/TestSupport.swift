import Foundation
import Saraptama
import SaraptamaRegistry
import Testing

/// Paths of the repository, found from this file so tests run from any working directory.
enum Repository {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static var calendarPath: String { root + "/Rules/calendar/kz-working-calendar.yaml" }
    static var samplePath: String { root + "/Cases/registry/sample-2016-2021.csv" }

    /// The shipped working calendar, loaded once.
    static let calendar: WorkingCalendar = {
        do { return try WorkingCalendarParser.load(path: calendarPath) } catch { fatalError("the shipped calendar does not load:\n\(error)") }
    }()
}

/// A scratch folder removed by `remove()`.
struct Scratch {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "saraptama-registry-test-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    func file(_ name: String) -> String { path + "/" + name }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try text.write(toFile: file(name), atomically: true, encoding: .utf8)
        return file(name)
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// `YYYY-MM-DD` → day number, for fixtures.
func day(_ text: String) -> Int64 {
    guard let value = CalendarDay.parse(text) else { fatalError("bad fixture date \(text)") }
    return value
}

/// A hand-built examination for fixtures.
func examination(
    _ documentID: String, _ kind: DocumentKind = .technicalAssignment, body: String? = "mz", round: Int? = nil,
    received: String, concluded: String, verdict: Verdict, findings: [(String, Severity)] = []
) -> Examination {
    let recorded = findings.map { RecordedFinding(ruleID: $0.0, severity: $0.1) }
    return Examination(
        documentID: documentID, kind: kind, stateBodyID: body, stateBodyName: body.map { "Body \($0)" }, round: round,
        received: day(received), concluded: day(concluded), verdict: verdict, counts: SeverityCounts(recorded), findings: recorded, origin: .import)
}

/// The `saraptama` executable built by the same `swift build` as these tests, and a way to run it.
enum Executable {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// Next to the test bundle only: a binary from another build folder could be stale.
    static let path: String? = {
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return [testBinary.appendingPathComponent("saraptama").path, testBinary.deletingLastPathComponent().appendingPathComponent("saraptama").path]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// A started process with its output going to files (pipes could fill up and block a writer).
    static func start(_ arguments: [String], environment extra: [String: String] = [:], output: String) throws -> Process {
        let executable = try #require(path, "the saraptama executable was not built next to the tests (run `swift build` first)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: Repository.root)
        process.environment = ProcessInfo.processInfo.environment.merging(extra) { $1 }
        _ = FileManager.default.createFile(atPath: output + ".out", contents: nil)
        _ = FileManager.default.createFile(atPath: output + ".err", contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: output + ".out"))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: output + ".err"))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    static func run(_ arguments: [String], environment: [String: String] = [:], scratch: Scratch) throws -> Run {
        let output = scratch.file("run-" + UUID().uuidString)
        let process = try start(arguments, environment: environment, output: output)
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            stdout: (try? String(contentsOfFile: output + ".out", encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOfFile: output + ".err", encoding: .utf8)) ?? "")
    }
}

/// A small saved JSON report (the shape `saraptama check --format json` writes) with `count`
/// documents, each with two findings.
func sampleReport(documents count: Int, prefix: String = "ТЗ-TEST", file: (Int) -> String = { "missing/doc-\($0).yaml" }) -> String {
    let documents = (1...count).map { index in
        """
            {"file": "\(file(index))", "id": "\(prefix)-\(index)", "kind": "technical_assignment", "title": "Test \(index)",
             "date": "2021-03-01", "state_body": {"id": "mz", "name": "Министерство здравоохранения"}, "object": "ИС «Тест»",
             "verdict": "negative", "counts": {"error": 1, "warning": 1, "info": 0},
             "findings": [
               {"rule": "STR-001", "pack": "structure", "severity": "error", "path": "sections", "fingerprint": "f\(index)a"},
               {"rule": "STR-003", "pack": "structure", "severity": "warning", "path": "object.class", "fingerprint": "f\(index)b"}
             ], "problems": [], "rules_checked": ["STR-001", "STR-003"]}
        """
    }
    return """
        {"format": "saraptama-report", "format_version": 1, "tool": {"name": "saraptama", "version": "0.1.0"},
         "ruleset": {"name": "saraptama-core", "version": "0.1.0", "hash": "abc"}, "language": "en",
         "documents": [
        \(documents.joined(separator: ",\n"))
         ],
         "summary": {"documents": \(count)}}
        """
}
