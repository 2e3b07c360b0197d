import Saraptama
import SaraptamaLoading

/// `saraptama rules list|show ID|validate [DIR]|trace`: browse, validate and trace the rule set.
enum RulesCommand {
    static let usage = """
        USAGE: saraptama rules list [--rules DIR] [--lang LANG]
               saraptama rules show RULE-ID [--rules DIR] [--lang LANG]
               saraptama rules validate [DIR]
               saraptama rules trace [--rules DIR] [--cases DIR] [--architecture DIR] [--format text|json] [--lang LANG]

        list      one line per rule: id, severity, kinds, requirements, title; then its basis
        show      everything about one rule: texts, basis, validity, selector, guard, assertion, examples
        validate  parse, check and compile every rule file (all problems, with file:line:col); exit 2 on errors
        trace     the traceability table: each requirement of requirements.yaml with the rules implementing
                  it, their examples and the cases they fire / are checked in; the requirements no rule
                  implements yet. Exit 1 when an active requirement has no rule

        OPTIONS:
          --rules DIR          rule set folder (default: $SARAPTAMA_RULES, else ./Rules)
          --lang LANG          ru (default), kk or en
          --cases DIR          trace: the golden cases folder (default: Cases)
          --architecture DIR   trace: approved architectures (default: RULES/architectures)
          --format FORMAT      trace: text (default) or json
          -h, --help           show this help
        """

    static func run(_ argv: [String]) throws(ExitRequest) -> ExitCode {
        let arguments: Arguments
        do { arguments = try Arguments(argv, options: ["--rules", "--lang", "--cases", "--architecture", "--format"], flags: ["--help", "-h"]) } catch {
            throw usageFailure(error.message, usage: usage)
        }
        if arguments.has("--help") || arguments.has("-h") { Console.out(usage + "\n"); return .success }
        let language: Language
        do { language = Language(rawValue: try arguments.choice("--lang", Language.allCases.map(\.rawValue), default: "ru")) ?? .ru } catch {
            throw usageFailure(error.message, usage: usage)
        }
        guard let action = arguments.positionals.first else { throw usageFailure(CLIMessages.text("rules.action", ["actions": CLIMessages.either(["list", "show", "validate", "trace"])]), usage: usage) }
        switch action {
        case "list":
            let ruleSet = try RuleSetOptions.load(arguments)
            for rule in ruleSet.rules {
                let kinds = rule.kinds.map(\.abbreviation).joined(separator: ",")
                Console.out("\(rule.id.padded(9)) \(rule.severity.rawValue.padded(8)) \(kinds.padded(10)) \(rule.implements.joined(separator: ",").padded(9)) \(rule.title[language])\n")
                for entry in rule.basis { Console.out("          basis: \(entry.citation(language))\(entry.confidence == .inferred ? " [inferred]" : "")\n") }
            }
            Console.out("\(ruleSet.rules.count) rules in \(ruleSet.name) \(ruleSet.version)\n")
            return .success
        case "show":
            guard arguments.positionals.count == 2 else { throw usageFailure(CLIMessages.text("rules.showOne"), usage: usage) }
            let ruleSet = try RuleSetOptions.load(arguments)
            let id = arguments.positionals[1]
            guard let rule = ruleSet.rule(id) else {
                var message = CLIMessages.text("rules.noRule", ["id": id])
                if let guess = Suggestion.closest(to: id, among: ruleSet.rules.map(\.id)) { message += CLIMessages.text("args.didYouMean", ["guess": guess]) }
                Console.err("saraptama: error: \(message)")
                return .error
            }
            Console.out(RuleDescription.render(rule, language: language))
            return .success
        case "validate":
            guard arguments.positionals.count <= 2 else { throw usageFailure(CLIMessages.text("rules.validateOne"), usage: usage) }
            let ruleSet = try RuleSetOptions.load(arguments, directory: arguments.positionals.dropFirst().first)
            let examples = ruleSet.rules.reduce(0) { $0 + $1.examples.count }
            Console.out("\(ruleSet.directory): \(ruleSet.rules.count) rules, \(examples) examples, \(ruleSet.reference.catalogues.count) catalogues — no problems\n")
            return .success
        case "trace":
            return try trace(arguments, language: language)
        default:
            throw usageFailure(CLIMessages.text("rules.unknownAction", ["action": action, "actions": CLIMessages.either(["list", "show", "validate", "trace"])]), usage: usage)
        }
    }
}

extension RulesCommand {
    /// `rules trace`: the library computes the table, this prints it.
    static func trace(_ arguments: Arguments, language: Language) throws(ExitRequest) -> ExitCode {
        let format: String
        do { format = try arguments.choice("--format", ["text", "json"], default: "text") } catch {
            throw usageFailure(error.message, usage: usage)
        }
        let ruleSet = try RuleSetOptions.load(arguments)
        guard let requirements = ruleSet.requirements else {
            Console.err("saraptama: error: ruleset-not-found: " + CLIMessages.text("rules.noRequirements", ["folder": ruleSet.directory]))
            return .error
        }
        let engine = Engine(ruleSet: ruleSet, architectures: try RuleSetOptions.architectures(arguments, ruleSet: ruleSet))
        let root = arguments.value("--cases") ?? "Cases"
        let directories = CaseRunner.caseDirectories(under: root)
        if arguments.value("--cases") != nil, directories.isEmpty {
            Console.err("saraptama: error: " + CLIMessages.text("test.noCaseFolder", ["folder": root]))
            return .error
        }
        let trace = Traceability(rules: ruleSet.rules, requirements: requirements, cases: Traceability.caseUsage(engine: engine, caseDirectories: directories), editions: ruleSet.editions)
        switch format {
        case "json": Console.out(TraceabilityReport.json(trace, language: language).text(indent: 2) + "\n")
        default: Console.out(TraceabilityReport.text(trace, language: language))
        }
        return trace.unimplemented.isEmpty ? .success : .findings
    }
}

extension String {
    func padded(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
