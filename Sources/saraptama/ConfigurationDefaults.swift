import Foundation
import Saraptama
import SaraptamaLoading

/// The configuration file's settings as defaults for the command line: an option the command
/// takes and the command line does not give is taken from `saraptama.yaml` (found upward from the
/// working folder, or named by `SARAPTAMA_CONFIG`). `SARAPTAMA_RULES` still wins over the file's
/// rule set, as an explicit choice of this shell.
enum ConfigurationDefaults {
    /// The configuration of this run, read once; a malformed file stops the run with exit code 2.
    static let current: Configuration? = {
        guard let file = Configuration.find(from: FileManager.default.currentDirectoryPath) else { return nil }
        do throws(DiagnosticError) { return try Configuration.load(path: file) } catch {
            Console.report(error.diagnostics, sources: RuleSetOptions.sourcesOf(error))
            Console.err("saraptama: " + CLIMessages.text("config.problems", ["file": file]))
            exit(ExitCode.error.rawValue)
        }
    }()

    /// The defaults the file gives for the options of a command, by option name.
    static func values(for options: [String]) -> [String: String] {
        guard options.contains(where: { ["--rules", "--architecture", "--lang", "--fail-on", "--waivers", "--registry"].contains($0) }),
            let configuration = current
        else { return [:] }
        var values: [String: String] = [:]
        let environmentRules = ProcessInfo.processInfo.environment["SARAPTAMA_RULES"].map { !$0.isEmpty } ?? false
        if let rules = configuration.rules, !environmentRules { values["--rules"] = rules }
        if let architecture = configuration.architecture { values["--architecture"] = architecture }
        if let language = configuration.language { values["--lang"] = language.rawValue }
        if let failOn = configuration.failOn { values["--fail-on"] = failOn }
        if let waivers = configuration.waivers { values["--waivers"] = waivers }
        if let registry = configuration.registry { values["--registry"] = registry }
        return values.filter { options.contains($0.key) }
    }
}
