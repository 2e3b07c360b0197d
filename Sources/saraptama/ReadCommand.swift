import Saraptama

/// `saraptama read FILE`: what the rules see of a document — its fact tree as YAML, each value
/// with its source position (and, for Markdown and Word, where that is in words) — preceded by
/// the reading report: the header's source, sections (and the GOST section each was taken for),
/// tables read and not recognised, facts read from sentences, what could not be read.
enum ReadCommand {
    static let usage = """
        USAGE: saraptama read DOCUMENT [--rules DIR] [--architecture DIR] [--lang ru|kk|en] [--report-only]

        Reads a document (YAML, Markdown, .docx, .odt) as a check would and prints the reading report
        (as YAML comments) and the fact tree the rules see, as YAML with each value's line:col and place.

        OPTIONS:
          --rules DIR          rule set folder (default: $SARAPTAMA_RULES, else ./Rules)
          --architecture DIR   approved architectures of state bodies (default: RULES/architectures)
          --lang ru|kk|en      language of the reading report and of diagnostics (default: ru)
          --report-only        print the reading report only
          -h, --help           show this help

        EXIT CODES: 0 read; 2 usage error, unreadable document or rule set.
        """

    static func run(_ argv: [String]) throws(ExitRequest) -> ExitCode {
        let arguments: Arguments
        let language: Language
        do {
            arguments = try Arguments(argv, options: RuleSetOptions.names + ["--lang"], flags: ["--help", "-h", "--report-only"])
            language = Language(rawValue: try arguments.choice("--lang", Language.allCases.map(\.rawValue), default: "ru")) ?? .ru
        } catch {
            throw usageFailure(error.message, usage: usage)
        }
        Console.language = language
        if arguments.has("--help") || arguments.has("-h") { Console.out(usage + "\n"); return .success }
        guard arguments.positionals.count == 1 else { throw usageFailure(CLIMessages.text("read.oneDocument"), usage: usage) }
        let ruleSet = try RuleSetOptions.load(arguments)
        let engine = Engine(ruleSet: ruleSet, architectures: try RuleSetOptions.architectures(arguments, ruleSet: ruleSet))
        switch DocumentLoader.load(path: arguments.positionals[0], tables: ruleSet.tables) {
        case .failed(let result):
            Console.report(result.problems, sources: result.source.map { [$0] } ?? [])
            return .error
        case .loaded(let loaded):
            let document = engine.prepared(loaded)
            var out = ""
            if let reading = document.reading {
                out += reading.render(language).split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "# " + $0 }.joined(separator: "\n")
            }
            if !arguments.has("--report-only") { out += FactTreeYAML.render(document) }
            Console.out(out)
            return .success
        }
    }
}
