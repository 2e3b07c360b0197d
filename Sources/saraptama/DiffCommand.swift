import Saraptama

/// `saraptama diff OLD.json NEW.json`: what changed between two rounds of a submission.
enum DiffCommand {
    static let usage = """
        USAGE: saraptama diff OLD.json NEW.json [--format text|json] [--lang LANG] [--fail-on LEVEL]

        Compares the JSON reports (saraptama check --format json) of two rounds of a submission:
        per document (matched by id), the findings resolved since the previous round, those still
        open and the new ones, matched by their fingerprints.

        OPTIONS:
          --format FORMAT   text (default) or json
          --lang LANG       language of the labels: ru (default), kk or en
          --fail-on LEVEL   exit 1 when a NEW finding is at or above LEVEL: error (default), warning, info, never
          -h, --help        show this help

        EXIT CODES: 0 no new finding at or above --fail-on; 1 such findings; 2 usage or unreadable reports.
        """

    static func run(_ argv: [String]) throws(ExitRequest) -> ExitCode {
        let arguments: Arguments
        do { arguments = try Arguments(argv, options: ["--format", "--lang", "--fail-on"], flags: ["--help", "-h"]) } catch {
            throw usageFailure(error.message, usage: usage)
        }
        if arguments.has("--help") || arguments.has("-h") { Console.out(usage + "\n"); return .success }
        let format: String, language: Language, failOn: Severity?
        do {
            format = try arguments.choice("--format", ["text", "json"], default: "text")
            language = Language(rawValue: try arguments.choice("--lang", Language.allCases.map(\.rawValue), default: "ru")) ?? .ru
            failOn = Severity(rawValue: try arguments.choice("--fail-on", ["error", "warning", "info", "never"], default: "error"))
        } catch {
            throw usageFailure(error.message, usage: usage)
        }
        guard arguments.positionals.count == 2 else { throw usageFailure(CLIMessages.text("diff.twoReports"), usage: usage) }
        let old = try ReportOptions.readRound(arguments.positionals[0])
        let new = try ReportOptions.readRound(arguments.positionals[1])
        let comparison = RoundComparison(old: old, new: new)
        Console.out(format == "json" ? DiffReport.json(comparison, toolVersion: SaraptamaVersion.current) : DiffReport.text(comparison, language: language))
        return comparison.hasNew(atOrAbove: failOn) ? .findings : .success
    }
}
