import Foundation
import Testing
@testable import Saraptama

/// The report commands end to end: `check --output/--waivers/--baseline`, `diff`, `explain`
/// and `lint`, with their exit codes and streams.
@Suite("Report commands")
struct ReportCommandLineTests {
    static func run(_ arguments: [String], stdin: String? = nil) throws -> CommandLineTests.Run {
        try CommandLineTests.run(arguments, stdin: stdin)
    }

    static let round1 = "Cases/ta-mz-telemedicine"
    static let round2 = "Cases/ta-mz-telemedicine-resubmitted"

    @Test func helpOfTheNewCommands() throws {
        for command in ["lint", "diff", "explain"] {
            let help = try Self.run([command, "--help"])
            #expect(help.status == 0, "\(command) --help")
            #expect(help.stdout.contains("USAGE: saraptama \(command)"))
        }
        #expect(try Self.run(["check", "--help"]).stdout.contains("--output FORMAT=PATH"))
    }

    /// Colour on a terminal only, and never with NO_COLOR: `script` (util-linux) gives the
    /// command a pseudo-terminal.
    @Test func colourOnATerminalUnlessNoColor() throws {
        let script = try #require(ExternalTool.find("script"), "util-linux's script is needed to give the command a terminal")
        let executable = try #require(CommandLineTests.executable, "the saraptama executable was not built")
        let command = "\(executable) check \(Repository.cases)/ip-mz-lab-register --lang en"
        let terminal = try ExternalTool.run(script, ["-qec", "env -u NO_COLOR \(command)", "/dev/null"])
        #expect(terminal.stdout.contains("\u{1B}[1;31m"), "no colour on a terminal")
        let noColor = try ExternalTool.run(script, ["-qec", "env NO_COLOR=1 \(command)", "/dev/null"])
        #expect(noColor.stdout.contains("negative conclusion"))
        #expect(!noColor.stdout.contains("\u{1B}["), "colour despite NO_COLOR")
        let piped = try Self.run(["check", "Cases/ip-mz-lab-register", "--lang", "en"])
        #expect(!piped.stdout.contains("\u{1B}["), "colour into a pipe")
    }

    @Test func severalFormatsInOneRun() throws {
        let tree = try TemporaryTree(["README": "report outputs of this test"])
        defer { tree.remove() }
        let run = try Self.run([
            "check", Self.round1, "--lang", "en", "--format", "github", "--today", "2025-06-01",
            "--output", "sarif=\(tree.path)/r.sarif", "--output", "html=\(tree.path)/r.html", "--output", "json=\(tree.path)/r.json",
            "--output", "junit=\(tree.path)/r.xml", "--output", "markdown=\(tree.path)/r.md", "--output", "text=\(tree.path)/r.txt",
        ])
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("::error file=Cases/ta-mz-telemedicine/document.yaml,line="))
        for file in ["r.sarif", "r.html", "r.json", "r.xml", "r.md", "r.txt"] {
            let text = try String(contentsOfFile: "\(tree.path)/\(file)", encoding: .utf8)
            #expect(!text.isEmpty, "\(file) is empty")
            #expect(!text.contains("\u{1B}["), "\(file) holds colour codes")
        }
        #expect(try String(contentsOfFile: "\(tree.path)/r.html", encoding: .utf8).contains("01.06.2025"), "the conclusion date, dd.mm.yyyy")
        let usage = try Self.run(["check", Self.round1, "--output", "pdf=x.pdf", "--lang", "en"])
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("--output takes FORMAT=PATH"))
        let unwritable = try Self.run(["check", Self.round1, "--output", "json=/no/such/dir/r.json"])
        #expect(unwritable.status == 2)
        #expect(unwritable.stderr.contains("io-unwritable"))
    }

    @Test func waiversOnTheCommandLine() throws {
        let json = try Self.run(["check", Self.round1, "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let findings = try #require(((object["documents"] as? [[String: Any]])?.first?["findings"]) as? [[String: Any]])
        // Waive every error: the run passes, and the waived findings are still in the report.
        var entries = "waivers:\n"
        for finding in findings {
            entries += "  - {rule: \(finding["rule"]!), document: ТЗ-МЗ-2025-014, path: \"\(finding["path"]!)\", justification: ok, approved_by: me, expires: 2025-12-31, fingerprint: \"\(finding["fingerprint"]!)\"}\n"
        }
        let tree = try TemporaryTree(["waivers.yaml": entries, "broken.yaml": "waivers:\n  - rule: X\n    color: red\n"])
        defer { tree.remove() }
        let waived = try Self.run(["check", Self.round1, "--lang", "en", "--waivers", tree.path + "/waivers.yaml", "--today", "2025-06-01"])
        #expect(waived.status == 0, "\(waived.stderr)")
        #expect(waived.stdout.contains("waived (\(findings.count)):"))
        #expect(waived.stdout.contains("positive conclusion"))
        let expired = try Self.run(["check", Self.round1, "--lang", "en", "--waivers", tree.path + "/waivers.yaml", "--today", "2026-01-01"])
        #expect(expired.status == 1)
        #expect(expired.stdout.contains("waiver-expired"))
        let broken = try Self.run(["check", Self.round1, "--lang", "en", "--waivers", tree.path + "/broken.yaml"])
        #expect(broken.status == 2)
        #expect(broken.stdout.isEmpty)
        #expect(broken.stderr.contains("broken.yaml:3:5: error: waiver-unknown-field"))
        #expect(try Self.run(["check", Self.round1, "--waivers", tree.path + "/none.yaml"]).status == 2)
        #expect(try Self.run(["check", Self.round1, "--today", "2025-02-30"]).status == 2)
    }

    @Test func diffAndBaselineOfTheResubmission() throws {
        let tree = try TemporaryTree(["README": "report outputs of this test"])
        defer { tree.remove() }
        let first = try Self.run(["check", Self.round1, "--format", "json", "--output", "json=\(tree.path)/round-1.json"])
        #expect(first.status == 1)
        _ = try Self.run(["check", Self.round2, "--format", "json", "--output", "json=\(tree.path)/round-2.json"])
        let diff = try Self.run(["diff", "\(tree.path)/round-1.json", "\(tree.path)/round-2.json", "--lang", "en"])
        #expect(diff.status == 1, "a new error fails the diff")
        #expect(diff.stdout.contains("6 resolved, 1 still open, 1 new"))
        let never = try Self.run(["diff", "\(tree.path)/round-1.json", "\(tree.path)/round-2.json", "--fail-on", "never", "--format", "json"])
        #expect(never.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(never.stdout.utf8)) as? [String: Any])
        #expect((object["summary"] as? [String: Any])?["still_open"] as? Int == 1)
        let same = try Self.run(["diff", "\(tree.path)/round-2.json", "\(tree.path)/round-2.json"])
        #expect(same.status == 0, "nothing new against itself")
        let baseline = try Self.run(["check", Self.round2, "--baseline", "\(tree.path)/round-1.json", "--lang", "en"])
        #expect(baseline.status == 1)
        #expect(baseline.stdout.contains("[new]") && baseline.stdout.contains("[open]"))
        #expect(baseline.stdout.contains("since the previous round: 6 resolved, 1 still open, 1 new"))
        let againstItself = try Self.run(["check", Self.round2, "--baseline", "\(tree.path)/round-2.json"])
        #expect(againstItself.status == 0, "only new findings fail a baseline run")
        let malformed = try TemporaryTree(["bad.json": "{\"format\": \"saraptama-report\", \"format_version\": 1, \"documents\": 3}"])
        defer { malformed.remove() }
        let bad = try Self.run(["diff", malformed.path + "/bad.json", "\(tree.path)/round-2.json"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("baseline-bad-field"))
        #expect(try Self.run(["check", Self.round2, "--baseline", malformed.path + "/bad.json"]).status == 2)
        #expect(try Self.run(["diff", "\(tree.path)/round-1.json"]).status == 2)
    }

    @Test func explainOnTheCommandLine() throws {
        let run = try Self.run(["explain", "LCY-001", Self.round1 + "/document.yaml", "--lang", "en"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("days_between(date(item.start), date(item.end)) = 486"))
        #expect(run.stdout.contains("→ FAILED: finding at schedule.stages[3]"))
        let json = try Self.run(["explain", "LCY-001", Self.round1 + "/document.yaml", "--format", "json"])
        #expect((try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])?["applies"] as? Bool == true)
        let typo = try Self.run(["explain", "LCY-01", Self.round1 + "/document.yaml", "--lang", "en"])
        #expect(typo.status == 2)
        #expect(typo.stderr.contains("did you mean"))
        let broken = try Self.run(["explain", "LCY-001", "-"], stdin: "kind: [")
        #expect(broken.status == 2)
        #expect(broken.stderr.contains("yaml-syntax"))
    }

    @Test func lintDefaultsFailOnWarningsWithAFriendlySummary() throws {
        let warningOnly = """
            kind: investment_proposal
            id: IP-LINT
            date: "2024-04-01"
            object: {class: "Класс, которого нет"}
            """
        let check = try Self.run(["check", "-", "--format", "json"], stdin: warningOnly)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [String: Any])
        let counts = try #require((object["summary"] as? [String: Any]))
        let lint = try Self.run(["lint", "-", "--lang", "en"], stdin: warningOnly)
        #expect(lint.stdout.contains("fix:"))
        if counts["error"] as? Int == 0, (counts["warning"] as? Int ?? 0) > 0 {
            #expect(check.status == 0, "check fails on errors only")
            #expect(lint.status == 1, "lint fails on warnings")
        }
        #expect(lint.stdout.contains("✗ Fix before submitting"))
        let clean = try Self.run(["lint", "Cases/ta-akimat-green-kk", "--lang", "en"])
        #expect(clean.status == 0)
        #expect(clean.stdout.contains("✓ Ready to submit"))
        let github = try Self.run(["lint", Self.round1, "--format", "github", "--lang", "en"])
        #expect(github.status == 1)
        #expect(github.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("::") })
        #expect(github.stderr.contains("✗ Fix before submitting"), "the summary goes to stderr when stdout is machine-readable")
    }
}
