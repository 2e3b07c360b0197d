import Foundation
import Testing

/// The `saraptama` executable end to end: exit codes, streams, formats.
@Suite("Command line")
struct CommandLineTests {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// The executable built next to the test bundle (`swift build` builds it with the tests).
    static let executable: String? = {
        var candidates: [String] = []
        let testBinary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        candidates.append(testBinary.appendingPathComponent("saraptama").path)
        candidates.append(testBinary.deletingLastPathComponent().appendingPathComponent("saraptama").path)
        candidates.append(Repository.root + "/.build/debug/saraptama")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    static func run(_ arguments: [String], stdin: String? = nil) throws -> Run {
        let path = try #require(executable, "the saraptama executable was not built (run `swift build` first)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: Repository.root)
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    static let compliant = """
        kind: investment_proposal
        id: IP-TEST-1
        title: Test
        date: 2024-04-01
        """

    @Test func versionAndHelp() throws {
        let version = try Self.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("saraptama "))
        for command in ["check", "rules", "test", "eval"] {
            let help = try Self.run([command, "--help"])
            #expect(help.status == 0, "\(command) --help")
            #expect(help.stdout.contains("USAGE: saraptama \(command)"))
        }
    }

    @Test func usageErrorsExitWithTwoOnStderr() throws {
        let unknown = try Self.run(["chekc", "--lang", "en"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean 'check'?"))
        #expect(unknown.stdout.isEmpty)
        let badFlag = try Self.run(["check", "--formt", "json", "x.yaml", "--lang", "en"])
        #expect(badFlag.status == 2)
        #expect(badFlag.stderr.contains("did you mean '--format'?"))
        let badValue = try Self.run(["check", "--fail-on", "fatal", "x.yaml"])
        #expect(badValue.status == 2)
        let unknownRule = try Self.run(["bench", "--only", "evaluate", "--rule", "DAT-003,NOPE-1"])
        #expect(unknownRule.status == 2)
        #expect(unknownRule.stderr.contains("--rule: в наборе правил нет правила NOPE-1"), "bench takes no --lang: Russian, as by default")
    }

    @Test func findingsExitOneAndFailOnNeverExitsZero() throws {
        let caseDirectory = try #require(CaseRunnerCases.negativeCase, "no case with an error-level finding")
        let failing = try Self.run(["check", caseDirectory, "--lang", "en"])
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("negative conclusion"))
        let never = try Self.run(["check", caseDirectory, "--fail-on", "never"])
        #expect(never.status == 0)
    }

    @Test func malformedInputExitsTwoWithPositionAndCaret() throws {
        let broken = try Self.run(["check", "-"], stdin: "kind: technical_assignment\nid: [unclosed\n")
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("<stdin>:"))
        // Diagnostics follow the report's language: Russian by default.
        #expect(broken.stderr.contains("ошибка: yaml-syntax:"))
        #expect(broken.stderr.contains("^"))
        let english = try Self.run(["check", "-", "--lang", "en"], stdin: "kind: technical_assignment\nid: [unclosed\n")
        #expect(english.stderr.contains("error: yaml-syntax:"))
    }

    @Test func documentFromStandardInputAsJSON() throws {
        let run = try Self.run(["check", "-", "--format", "json"], stdin: Self.compliant)
        #expect(run.status == 0 || run.status == 1)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["format"] as? String == "saraptama-report")
        #expect(object["format_version"] as? Int == 1)
        let documents = try #require(object["documents"] as? [[String: Any]])
        #expect(documents.first?["id"] as? String == "IP-TEST-1")
        #expect(documents.first?["file"] as? String == "<stdin>")
    }

    @Test func missingFileExitsTwo() throws {
        let run = try Self.run(["check", "no/such/file.yaml"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("io-unreadable"))
    }

    @Test func evalPrintsJSONOrAnErrorWithExitTwo() throws {
        let value = try Self.run(["eval", "[1, 2].map(x, x * 10)"])
        #expect(value.status == 0)
        #expect(value.stdout == "[10,20]\n")
        let withDoc = try Self.run(["eval", "doc.id + '!'", "--doc", "-"], stdin: Self.compliant)
        #expect(withDoc.stdout == "\"IP-TEST-1!\"\n")
        let failing = try Self.run(["eval", "1 + 'a'"])
        #expect(failing.status == 2)
        #expect(failing.stdout.isEmpty)
        #expect(failing.stderr.contains("<expression>:1:"))
    }

    @Test func rulesListShowValidate() throws {
        let list = try Self.run(["rules", "list", "--lang", "en"])
        #expect(list.status == 0)
        #expect(list.stdout.contains("STR-001"))
        let show = try Self.run(["rules", "show", "STR-001", "--lang", "en"])
        #expect(show.status == 0)
        #expect(show.stdout.contains("assert:"))
        let validate = try Self.run(["rules", "validate"])
        #expect(validate.status == 0)
        let missing = try Self.run(["rules", "show", "STR-0001"])
        #expect(missing.status == 2)
    }

    @Test func brokenRuleSetExitsTwoWithEveryProblem() throws {
        let tree = try TemporaryTree(["ruleset.yaml": "ruleset: x\nversion: 1\n", "p/r.yaml": "rules:\n  - id: bad\n    severity: loud\n"])
        defer { tree.remove() }
        let run = try Self.run(["rules", "validate", tree.path])
        #expect(run.status == 2)
        #expect(run.stderr.contains("rule-bad-id"))
        #expect(run.stderr.contains("rule-bad-severity"))
        #expect(run.stderr.contains("rule-missing-field"))
    }
}

/// Finds a shipped case whose verdict is negative, for the exit-code tests.
enum CaseRunnerCases {
    static let negativeCase: String? = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: Repository.cases)) ?? []
        return names.sorted().map { Repository.cases + "/" + $0 }.first { directory in
            guard let text = try? String(contentsOfFile: directory + "/golden.txt", encoding: .utf8) else { return false }
            return text.contains("negative conclusion")
        }
    }()
}

extension CommandLineTests {
    /// The worker engines of a batch load beside the main one; a broken rule set is still
    /// reported once, by the main load, and a good one checks a folder on several workers.
    @Test func parallelBatchReportsRuleSetErrorsOnceAndChecksWithWorkerEngines() throws {
        let tree = try TemporaryTree([
            "ruleset.yaml": "ruleset: x\nversion: 1\n", "p/r.yaml": "rules:\n  - id: bad\n    severity: loud\n",
        ])
        defer { tree.remove() }
        let cases = Repository.cases
        let broken = try Self.run(["check", cases, "--rules", tree.path, "--jobs", "3"])
        #expect(broken.status == 2)
        #expect(broken.stderr.components(separatedBy: "rule-bad-severity").count == 2)

        let parallel = try Self.run(["check", cases, "--jobs", "3", "--format", "json", "--fail-on", "never"])
        let single = try Self.run(["check", cases, "--jobs", "1", "--format", "json", "--fail-on", "never"])
        // 3 even with --fail-on never: a document of Cases (ip-mid-consular) is inconclusive.
        #expect(parallel.status == 3)
        #expect(single.status == 3)
        #expect(parallel.stdout == single.stdout)
        #expect(parallel.stdout.contains("\"findings\""))
    }
}
