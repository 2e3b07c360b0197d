import Foundation
import Saraptama

/// The `saraptama` command: dispatches to a subcommand; each one maps its flags to options and
/// calls the library.
@main
struct SaraptamaCommand {
    static let usage = """
        saraptama \(SaraptamaVersion.current) — compliance checking of e-government technical documentation
        (technical assignments, investment proposals, financial-economic justifications).

        USAGE: saraptama COMMAND [options]

        COMMANDS:
          check PATH...      check documents; findings report and verdict
          lint PATH...       check before submitting: fix hints first, --fail-on warning, CI formats
          diff OLD NEW       compare the JSON reports of two rounds: resolved, still open, new
          explain RULE DOC   why a rule passed, failed or was skipped on a document
          read DOC           the facts the rules see in a document (Word, Markdown, YAML), with their sources
          rules ACTION       list | show RULE-ID | validate [DIR]
          test [CASES...]    run every rule's examples and the golden cases
          eval EXPRESSION    evaluate one expression (for rule authors)
          record REPORT      record a saved JSON report's examinations in the registry
          registry ACTION    list | show ID | export --format csv|json | import FILE.csv
          stats              throughput statistics of the registry (text, json, csv, html)
          bench              measure speed and memory on a generated corpus (release build)
          init               write saraptama.yaml: rule set, language, organisation and signatories
          new ta|ip|fej      write a blank document in Markdown, Word or YAML, in the chosen language
          serve              the web pages and the JSON API (/api/v1/) for experts and state bodies
          users ACTION       add | list | disable | enable accounts of the service

        Run 'saraptama COMMAND --help' for a command's options. --version prints the version.
        EXIT CODES: 0 success; 1 findings at or above --fail-on; 2 usage, input or rule errors;
                    3 inconclusive: a question of the examination was not examined.
        """

    static func main() {
        let argv = Array(CommandLine.arguments.dropFirst())
        let code: ExitCode
        do {
            code = try dispatch(argv)
        } catch {
            code = error.code
        }
        exit(code.rawValue)
    }

    static func dispatch(_ argv: [String]) throws(ExitRequest) -> ExitCode {
        guard let command = argv.first else {
            Console.err(usage)
            return .error
        }
        // Messages from here on, usage errors included, in the language asked for.
        if !["--help", "-h", "help", "--version", "version"].contains(command) { Console.language = EarlyLanguage.of(argv) }
        let rest = Array(argv.dropFirst())
        switch command {
        case "check": return try CheckCommand.run(rest)
        case "lint": return try LintCommand.run(rest)
        case "diff": return try DiffCommand.run(rest)
        case "explain": return try ExplainCommand.run(rest)
        case "read": return try ReadCommand.run(rest)
        case "rules": return try RulesCommand.run(rest)
        case "test": return try TestCommand.run(rest)
        case "eval": return try EvalCommand.run(rest)
        case "record": return try RecordCommand.run(rest)
        case "registry": return try RegistryCommand.run(rest)
        case "stats": return try StatsCommand.run(rest)
        case "bench": return try BenchCommand.run(rest)
        case "init": return try InitCommand.run(rest)
        case "new": return try NewCommand.run(rest)
        case "serve": return try ServeCommand.run(rest)
        case "users": return try UsersCommand.run(rest)
        case "--help", "-h", "help":
            Console.out(usage + "\n")
            return .success
        case "--version", "version":
            Console.out("saraptama \(SaraptamaVersion.current)\n")
            return .success
        default:
            var message = CLIMessages.text("args.unknownCommand", ["command": command])
            if let guess = Suggestion.closest(to: command, among: ["check", "lint", "diff", "explain", "read", "rules", "test", "eval", "bench", "record", "registry", "stats", "init", "new", "serve", "users"]) { message += CLIMessages.text("args.didYouMean", ["guess": guess]) }
            throw usageFailure(message, usage: usage)
        }
    }
}
