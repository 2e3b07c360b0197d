import Saraptama

/// `saraptama explain RULE-ID DOCUMENT`: why a rule passed, failed or was skipped on a document.
enum ExplainCommand {
    static let usage = """
        USAGE: saraptama explain RULE-ID DOCUMENT [--rules DIR] [--architecture DIR] [--lang LANG] [--format text|json]

        Shows the rule's basis and text, whether it applies to the document (kind, date), every item
        its selector visited with the actual values of the guard and the assertion (and of their
        operands), and why each passed, failed or was skipped.

        OPTIONS:
          --rules DIR          rule set folder (default: $SARAPTAMA_RULES, else ./Rules)
          --architecture DIR   approved architectures of state bodies (default: RULES/architectures)
          --lang LANG          language of the rule's texts: ru (default), kk or en
          --format FORMAT      text (default) or json
          -h, --help           show this help

        EXIT CODES: 0 explained; 2 usage error, unknown rule, unreadable document or rule set.
        """

    static func run(_ argv: [String]) throws(ExitRequest) -> ExitCode {
        let arguments: Arguments
        do { arguments = try Arguments(argv, options: RuleSetOptions.names + ["--lang", "--format"], flags: ["--help", "-h"]) } catch {
            throw usageFailure(error.message, usage: usage)
        }
        if arguments.has("--help") || arguments.has("-h") { Console.out(usage + "\n"); return .success }
        let language: Language, format: String
        do {
            language = Language(rawValue: try arguments.choice("--lang", Language.allCases.map(\.rawValue), default: "ru")) ?? .ru
            Console.language = language
            format = try arguments.choice("--format", ["text", "json"], default: "text")
        } catch {
            throw usageFailure(error.message, usage: usage)
        }
        guard arguments.positionals.count == 2 else { throw usageFailure(CLIMessages.text("explain.arguments"), usage: usage) }
        let ruleSet = try RuleSetOptions.load(arguments)
        let id = arguments.positionals[0]
        guard let rule = ruleSet.rule(id) else {
            var message = CLIMessages.text("rules.noRule", ["id": id])
            if let guess = Suggestion.closest(to: id, among: ruleSet.rules.map(\.id)) { message += CLIMessages.text("args.didYouMean", ["guess": guess]) }
            Console.err("saraptama: error: \(message)")
            return .error
        }
        let engine = Engine(ruleSet: ruleSet, architectures: try RuleSetOptions.architectures(arguments, ruleSet: ruleSet))
        switch DocumentLoader.load(path: arguments.positionals[1], tables: ruleSet.tables) {
        case .failed(let result):
            Console.report(result.problems, sources: result.source.map { [$0] } ?? [])
            return .error
        case .loaded(let document):
            // A prose document is explained as its rules see it: with the facts read from its sentences.
            let prepared = engine.prepared(document)
            let explanation = Explainer(engine: engine, language: language).explain(rule, in: prepared)
            Console.out(format == "json" ? ExplanationReport.json(explanation) : ExplanationReport.text(explanation))
            if format == "text", let reading = prepared.reading {
                // Where the facts this rule looks at came from, when they were read from sentences.
                let places = [rule.location?.description, rule.selector?.description].compactMap { $0 }.filter { $0 != "$" }
                let facts = reading.facts.filter { fact in places.contains { $0.hasPrefix(fact.path) || fact.path.hasPrefix($0) } }
                if !facts.isEmpty {
                    var out = "\nRead from sentences:\n"
                    for fact in facts { out += "  \(fact.path) = \(fact.value) [\(fact.pattern)] found in \(fact.place): «\(fact.sentence)»\n" }
                    Console.out(out)
                }
            }
            return .success
        }
    }
}
