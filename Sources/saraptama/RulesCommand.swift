import Saraptama
import SaraptamaLoading

/// `saraptama rules list|show ID|validate [DIR]`: browse and validate the rule set.
enum RulesCommand {
    static let usage = """
        USAGE: saraptama rules list [--rules DIR] [--lang LANG]
               saraptama rules show RULE-ID [--rules DIR] [--lang LANG]
               saraptama rules validate [DIR]

        list      one line per rule: id, severity, kinds, requirements, title
        show      everything about one rule: texts, basis, validity, selector, guard, assertion, examples
        validate  parse, check and compile every rule file (all problems, with file:line:col); exit 2 on errors

        OPTIONS:
          --rules DIR    rule set folder (default: $SARAPTAMA_RULES, else ./Rules)
          --lang LANG    ru (default), kk or en
          -h, --help     show this help
        """

    static func run(_ argv: [String]) throws(ExitRequest) -> ExitCode {
        let arguments: Arguments
        do { arguments = try Arguments(argv, options: ["--rules", "--lang"], flags: ["--help", "-h"]) } catch {
            throw usageFailure(error.message, usage: usage)
        }
        if arguments.has("--help") || arguments.has("-h") { Console.out(usage + "\n"); return .success }
        let language: Language
        do { language = Language(rawValue: try arguments.choice("--lang", Language.allCases.map(\.rawValue), default: "ru")) ?? .ru } catch {
            throw usageFailure(error.message, usage: usage)
        }
        guard let action = arguments.positionals.first else { throw usageFailure("say list, show or validate", usage: usage) }
        switch action {
        case "list":
            let ruleSet = try RuleSetOptions.load(arguments)
            for rule in ruleSet.rules {
                let kinds = rule.kinds.map(\.abbreviation).joined(separator: ",")
                Console.out("\(rule.id.padded(9)) \(rule.severity.rawValue.padded(8)) \(kinds.padded(10)) \(rule.implements.joined(separator: ",").padded(9)) \(rule.title[language])\n")
            }
            Console.out("\(ruleSet.rules.count) rules in \(ruleSet.name) \(ruleSet.version)\n")
            return .success
        case "show":
            guard arguments.positionals.count == 2 else { throw usageFailure("rules show takes one rule id", usage: usage) }
            let ruleSet = try RuleSetOptions.load(arguments)
            let id = arguments.positionals[1]
            guard let rule = ruleSet.rule(id) else {
                var message = "no rule '\(id)'"
                if let guess = Suggestion.closest(to: id, among: ruleSet.rules.map(\.id)) { message += "; did you mean '\(guess)'?" }
                Console.err("saraptama: error: \(message)")
                return .error
            }
            Console.out(RuleDescription.render(rule, language: language))
            return .success
        case "validate":
            guard arguments.positionals.count <= 2 else { throw usageFailure("rules validate takes at most one folder", usage: usage) }
            let ruleSet = try RuleSetOptions.load(arguments, directory: arguments.positionals.dropFirst().first)
            let examples = ruleSet.rules.reduce(0) { $0 + $1.examples.count }
            Console.out("\(ruleSet.directory): \(ruleSet.rules.count) rules, \(examples) examples, \(ruleSet.reference.catalogues.count) catalogues — no problems\n")
            return .success
        default:
            throw usageFailure("unknown action '\(action)': say list, show or validate", usage: usage)
        }
    }
}

extension String {
    func padded(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
