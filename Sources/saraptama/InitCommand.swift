import Foundation
import Saraptama

/// `saraptama init`: writes a `saraptama.yaml` in the working folder, to fill in once.
enum InitCommand {
    static let usage = """
        USAGE: saraptama init [--rules DIR] [--lang ru|kk|en] [--force]

        Writes saraptama.yaml in the working folder: the rule set, the language, the failing threshold,
        the registry, and the organisation and signatories of issued conclusions. Every command run in
        this folder or below reads it; a flag on the command line wins over it.

        OPTIONS:
          --rules DIR   the rule set the file names (default: ./Rules when there is one)
          --lang LANG   the language the file sets (default: ru)
          --force       overwrite an existing saraptama.yaml
          -h, --help    show this help
        """

    static func run(_ argv: [String]) throws(ExitRequest) -> ExitCode {
        let arguments: Arguments
        let language: Language
        do {
            arguments = try Arguments(argv, options: ["--lang", "--rules"], flags: ["--help", "-h", "--force"])
            language = Language(rawValue: try arguments.choice("--lang", Language.allCases.map(\.rawValue), default: "ru")) ?? .ru
        } catch { throw usageFailure(error.message, usage: usage) }
        if arguments.has("--help") || arguments.has("-h") { Console.out(usage + "\n"); return .success }
        guard arguments.positionals.isEmpty else { throw usageFailure(CLIMessages.text("init.noArguments"), usage: usage) }
        let path = Configuration.fileName
        if FileManager.default.fileExists(atPath: path), !arguments.has("--force") {
            Console.err("saraptama: error: io-exists: " + CLIMessages.text("init.exists", ["path": path]))
            return .error
        }
        let rules = arguments.value("--rules") ?? (InputFiles.isDirectory("Rules") ? "Rules" : "/path/to/saraptama/Rules")
        do {
            try ConfigurationTemplate.text(language: language, rules: rules).write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            Console.err("saraptama: error: io-unwritable: " + CLIMessages.text("io.cannotWrite", ["path": path, "reason": error.localizedDescription]))
            return .error
        }
        Console.err("saraptama: " + CLIMessages.text("init.wrote", ["path": path]))
        return .success
    }
}
