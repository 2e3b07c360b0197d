import Foundation
import Testing

/// The README's walk-throughs, run verbatim: every `sh` block under a «Walk-through» heading, in
/// order, in one shell, in a copy of the repository's `Rules`, `Cases` and `README.md` (a git
/// repository of its own, since the rule author's walk-through uses `git diff` and
/// `git checkout`), with the built `saraptama` first on `PATH` (the README's `export PATH=…`
/// line names the release build; here the debug build the tests run stands in for it). Each call
/// of `saraptama` is logged with its exit code. (The quick start's check and the exit code it
/// states are `ShippedDocxTests`'.)
@Suite("README walk-throughs", .serialized)
struct ReadmeWalkthroughTests {
    struct Call: Equatable {
        let status: Int32
        let command: String
    }

    /// The `sh` blocks of the README's sections whose heading starts with `## Walk-through`.
    static func walkthroughBlocks(_ readme: String) -> [String] {
        var blocks: [String] = [], current: [String]? = nil, inWalkthrough = false
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if current == nil, line.hasPrefix("## ") { inWalkthrough = line.hasPrefix("## Walk-through") }
            if line.hasPrefix("```") {
                if let block = current {
                    blocks.append(block.joined(separator: "\n"))
                    current = nil
                } else if inWalkthrough, line == "```sh" {
                    current = []
                }
                continue
            }
            current?.append(line)
        }
        return blocks
    }

    @Test("the README's walk-throughs run verbatim on a copy of the repository")
    func walkthroughs() throws {
        let readme = try String(contentsOfFile: Repository.root + "/README.md", encoding: .utf8)
        let blocks = Self.walkthroughBlocks(readme)
        #expect(blocks.count >= 8, "expected the walk-throughs' command blocks, found \(blocks.count)")
        let saraptama = try #require(CommandLineTests.executable, "the saraptama executable was not built")

        let manager = FileManager.default
        let work = NSTemporaryDirectory() + "saraptama-readme-" + UUID().uuidString
        defer { try? manager.removeItem(atPath: work) }
        let repo = work + "/repo", bin = work + "/bin", log = work + "/calls.log"
        try manager.createDirectory(atPath: repo, withIntermediateDirectories: true)
        try manager.createDirectory(atPath: bin, withIntermediateDirectories: true)
        for item in ["Rules", "Cases", "README.md"] {
            try manager.copyItem(atPath: Repository.root + "/" + item, toPath: repo + "/" + item)
        }
        // A wrapper that logs each call's exit code and arguments, then passes the code on.
        let wrapper = "#!/usr/bin/env bash\n\"\(saraptama)\" \"$@\"\nstatus=$?\nprintf '%s\\t%s\\n' \"$status\" \"$*\" >> \"\(log)\"\nexit $status\n"
        try wrapper.write(toFile: bin + "/saraptama", atomically: true, encoding: .utf8)
        try manager.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin + "/saraptama")

        let git = "git -c user.name=readme -c user.email=readme@example.invalid"
        var script = "set -u\ncd \"\(repo)\"\n\(git) init -q . && \(git) add -A && \(git) commit -qm copy\n"
        script += "git config user.name readme && git config user.email readme@example.invalid\n"
        for block in blocks { script += block + "\n" }
        try script.write(toFile: work + "/walkthrough.sh", atomically: true, encoding: .utf8)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [work + "/walkthrough.sh"]
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = bin + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        environment["NO_COLOR"] = "1"
        environment.removeValue(forKey: "SARAPTAMA_RULES")
        environment.removeValue(forKey: "SARAPTAMA_CONFIG")
        process.environment = environment
        let output = work + "/output.txt"
        _ = manager.createFile(atPath: output, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try handle.close()
        let printed = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""

        #expect(!printed.contains("command not found"), "\(printed.suffix(3000))")

        let calls = ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n").map { line in
            let parts = line.split(separator: "\t", maxSplits: 1).map(String.init)
            return Call(status: Int32(parts[0]) ?? -1, command: parts.count > 1 ? parts[1] : "")
        }
        #expect(calls.count >= 15, "the walk-throughs call saraptama \(calls.count) times")
        // 0 clean, 1 findings, 3 inconclusive are answers; 2 (an error) or a usage error is not.
        for call in calls {
            #expect([0, 1, 3].contains(call.status), "`saraptama \(call.command)` exited \(call.status)\n\(printed.suffix(3000))")
        }
        // What the expert's walk-through promises to leave behind.
        #expect(manager.fileExists(atPath: repo + "/conclusion.html"))
        #expect(manager.fileExists(atPath: repo + "/round-1.json"))
        #expect(manager.fileExists(atPath: repo + "/examinations.db"))
        #expect(calls.contains { $0.command.hasPrefix("check") && $0.command.contains("--output docx=conclusion.docx") && $0.status == 1 })
        // The rule author's: the new rule's examples pass, `test` fails until the goldens are
        // regenerated, and the example is undone.
        #expect(calls.contains { $0.command == "rules validate Rules" && $0.status == 0 })
        #expect(calls.contains { $0.command == "test" && $0.status == 1 }, "a new rule changes every TA case's count of rules checked")
        #expect(calls.contains { $0.command == "test --update-golden" && $0.status == 0 })
        #expect(!manager.fileExists(atPath: repo + "/Rules/lifecycle/example.yaml"))
    }
}
