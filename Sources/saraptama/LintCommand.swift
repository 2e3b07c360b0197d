import Foundation
import Saraptama
import SaraptamaLoading

/// `saraptama lint PATH...`: `check` with the defaults a state body wants before submitting:
/// fix hints first, `--fail-on warning`, GitHub annotations when run by GitHub Actions, and a
/// short, friendly summary (on stdout in text, on stderr with other formats so that stdout
/// stays machine-readable).
enum LintCommand {
    static let usage = """
        USAGE: saraptama lint PATH... [options]

        Checks documents before submission: every finding with how to fix it, then a short summary.
        Same checks as 'saraptama check', with lint defaults.

        OPTIONS:
          --rules DIR            rule set folder (default: $SARAPTAMA_RULES, else ./Rules)
          --architecture DIR     approved architectures of state bodies (default: RULES/architectures)
          --format FORMAT        text, json, sarif, junit, markdown, html or github
                                 (default: github when GITHUB_ACTIONS=true, else text)
          --lang LANG            language of messages: ru (default), kk or en
          --fail-on LEVEL        exit 1 when a finding is at or above LEVEL: warning (default), error, info, never
          --exclude GLOB         leave out of folder searches what GLOB matches (see 'check --help'); repeatable
        \(ReportOptions.usageLines)
          -h, --help             show this help

        EXIT CODES: 0 ready to submit; 1 findings at or above --fail-on; 2 usage, input or rule errors;
                    3 not fully checked: a question of the examination was not examined.
        """

    static func run(_ argv: [String]) throws(ExitRequest) -> ExitCode {
        let arguments: Arguments
        do {
            arguments = try Arguments(argv, options: RuleSetOptions.names + ["--format", "--lang", "--fail-on", "--exclude"] + ReportOptions.names, flags: ["--help", "-h"])
        } catch {
            throw usageFailure(error.message, usage: usage)
        }
        if arguments.has("--help") || arguments.has("-h") { Console.out(usage + "\n"); return .success }
        let inActions = ProcessInfo.processInfo.environment["GITHUB_ACTIONS"] == "true"
        let format: ReportFormat, language: Language, failOn: Severity?
        do {
            format = ReportFormat(rawValue: try arguments.choice("--format", ReportFormat.allCases.map(\.rawValue), default: inActions ? "github" : "text")) ?? .text
            language = Language(rawValue: try arguments.choice("--lang", Language.allCases.map(\.rawValue), default: "ru")) ?? .ru
            Console.language = language
            failOn = Severity(rawValue: try arguments.choice("--fail-on", ["error", "warning", "info", "never"], default: "warning"))
        } catch {
            throw usageFailure(error.message, usage: usage)
        }
        guard !arguments.positionals.isEmpty else { throw usageFailure(CLIMessages.text("check.noDocument"), usage: usage) }
        let options = try ReportOptions.load(arguments, usage: usage)
        let ruleSet = try RuleSetOptions.load(arguments)
        let engine = Engine(ruleSet: ruleSet, architectures: try RuleSetOptions.architectures(arguments, ruleSet: ruleSet))
        // Lint checks documents one by one: a dossier folder's documents too, its manifest skipped.
        let discovery = InputDiscovery(paths: arguments.positionals, exclude: arguments.values("--exclude"), dossierFolders: false)
        let files = discovery.documents
        Console.report(discovery.notes, sources: [])
        guard !files.isEmpty else { throw usageFailure(CLIMessages.text("lint.noneFound", ["paths": arguments.positionals.joined(separator: ", ")]), usage: usage) }

        let results = BatchChecker(engine: engine, language: language).check(files: files)
        let reviewed = options.review(CheckReport(ruleSet: ruleSet, language: language, documents: results), ruleSet: ruleSet)
        try options.write(reviewed, format: format, failOn: failOn, style: .lint, ruleSetDirectory: ruleSet.directory)
        Console.report(results.flatMap(\.problems), sources: results.compactMap(\.source) + ruleSet.sources)
        if format != .text {
            Console.err(TextReport.lintSummary(ReportTally(reviewed, threshold: failOn), language: language))
        }
        return .of(problems: reviewed.hasProblems, inconclusive: reviewed.hasInconclusive, findings: reviewed.hasFindings(atOrAbove: failOn))
    }
}
