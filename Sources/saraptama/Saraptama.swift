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
          rules ACTION       list | show RULE-ID | validate [DIR]
          test [CASES...]    run every rule's examples and the golden cases
          eval EXPRESSION    evaluate one expression (for rule authors)

        Run 'saraptama COMMAND --help' for a command's options. --version prints the version.
        EXIT CODES: 0 success; 1 findings at or above --fail-on; 2 usage, input or rule errors.
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
        let rest = Array(argv.dropFirst())
        switch command {
        case "check": return try CheckCommand.run(rest)
        case "rules": return try RulesCommand.run(rest)
        case "test": return try TestCommand.run(rest)
        case "eval": return try EvalCommand.run(rest)
        case "--help", "-h", "help":
            Console.out(usage + "\n")
            return .success
        case "--version", "version":
            Console.out("saraptama \(SaraptamaVersion.current)\n")
            return .success
        default:
            var message = "unknown command '\(command)'"
            if let guess = Suggestion.closest(to: command, among: ["check", "rules", "test", "eval"]) { message += "; did you mean '\(guess)'?" }
            throw usageFailure(message, usage: usage)
        }
    }
}
