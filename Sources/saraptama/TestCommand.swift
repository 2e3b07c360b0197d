import Foundation
import Saraptama

/// `saraptama test [CASES...]`: runs every rule's examples and the golden cases.
enum TestCommand {
    static let usage = """
        USAGE: saraptama test [CASES...] [--rules DIR] [--architecture DIR] [--lang ru|kk|en] [--update-golden]

        Runs every rule's passing and failing examples, the examples of the table profiles and statement
        patterns (RULES/extraction), then the golden cases (default folder: Cases):
        each case's findings must equal its expected.yaml and its English text report its golden.txt.
        Prints one line per failure and a closing line 'N passed, N failed'.

        OPTIONS:
          --update-golden   rewrite each case's golden.txt from the current output (review the diff!)
          --rules DIR       rule set folder (default: $SARAPTAMA_RULES, else ./Rules)
          --architecture DIR
          --lang ru|kk|en   language of diagnostics (default ru; the tally and the case reports stay English)
          -h, --help        show this help
        """

    static func run(_ argv: [String]) throws(ExitRequest) -> ExitCode {
        let arguments: Arguments
        do { arguments = try Arguments(argv, options: RuleSetOptions.names + ["--lang"], flags: ["--help", "-h", "--update-golden"]) } catch {
            throw usageFailure(error.message, usage: usage)
        }
        if arguments.has("--help") || arguments.has("-h") { Console.out(usage + "\n"); return .success }
        let ruleSet = try RuleSetOptions.load(arguments)
        let engine = Engine(ruleSet: ruleSet, architectures: try RuleSetOptions.architectures(arguments, ruleSet: ruleSet))
        var passed = 0, failed = 0

        for outcome in RuleExampleRunner(engine: engine).run() {
            if let failure = outcome.failure {
                failed += 1
                Console.out("FAIL \(outcome.ruleID) example at \(outcome.file):\(outcome.mark.line):\(outcome.mark.column): \(failure)\n")
            } else {
                passed += 1
            }
        }
        // The reading of prose documents carries its own examples too: table profiles and statements.
        for outcome in TableExampleRunner(tables: ruleSet.tables).run() {
            if let failure = outcome.failure {
                failed += 1
                Console.out("FAIL table profile \(outcome.profile) example at \(outcome.file):\(outcome.mark.line):\(outcome.mark.column): \(failure)\n")
            } else {
                passed += 1
            }
        }
        for outcome in StatementExampleRunner(ruleSet: ruleSet).run() {
            if let failure = outcome.failure {
                failed += 1
                Console.out("FAIL statement \(outcome.statement) example at \(outcome.file):\(outcome.mark.line):\(outcome.mark.column): \(failure)\n")
            } else {
                passed += 1
            }
        }
        let roots = arguments.positionals.isEmpty ? ["Cases"] : arguments.positionals
        var missingRoot = false
        for root in roots {
            let directories = CaseRunner.caseDirectories(under: root)
            if directories.isEmpty {
                if arguments.positionals.isEmpty {
                    Console.err("saraptama: note: " + CLIMessages.text("test.noCases"))
                } else {
                    Console.err("saraptama: error: " + CLIMessages.text("test.noCaseFolder", ["folder": root]))
                    missingRoot = true
                }
                continue
            }
            for directory in directories {
                let outcome = CaseRunner(engine: engine).run(caseDirectory: directory, displayRoot: Self.displayRoot(of: directory))
                if arguments.has("--update-golden") {
                    try? outcome.rendered.write(toFile: directory + "/golden.txt", atomically: true, encoding: .utf8)
                }
                if let failure = outcome.failure, !arguments.has("--update-golden") || !failure.contains("golden.txt") {
                    failed += 1
                    Console.out("FAIL case \(outcome.name): \(failure)\n")
                } else {
                    passed += 1
                }
            }
        }
        Console.out("\(passed) passed, \(failed) failed\n")
        if missingRoot { return .error }
        return failed == 0 ? .success : .findings
    }

    /// What is stripped from a case's file paths: everything above the folder that holds the
    /// case folders, so a case reads `Cases/<case>/document.yaml` whether the run was given
    /// `Cases`, `Cases/<case>` or an absolute path.
    static func displayRoot(of caseDirectory: String) -> String {
        var directory = caseDirectory
        while directory.count > 1, directory.hasSuffix("/") { directory.removeLast() }
        let root = ((directory as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
        return root.isEmpty ? "" : (root.hasSuffix("/") ? root : root + "/")
    }
}
