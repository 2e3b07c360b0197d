import Saraptama

/// The parsed command line of one subcommand: positionals, options with values, and flags.
/// Hand-written because the package takes no dependencies; each command declares what it
/// accepts, and anything else is a usage error with a suggestion.
struct Arguments {
    var positionals: [String] = []
    private var values: [String: [String]] = [:]
    private var flags: Set<String> = []
    /// The options whose value came from `saraptama.yaml`, not from the command line.
    private(set) var fromConfiguration: Set<String> = []

    /// Parses `arguments` given the options that take a value and the flags of a command.
    init(_ arguments: [String], options: [String], flags known: [String]) throws(UsageError) {
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || argument == "-" || !argument.hasPrefix("-") {
                positionals.append(argument)
                continue
            }
            if argument == "--" { onlyPositionals = true; continue }
            var name = argument
            var inlineValue: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inlineValue = String(argument[argument.index(after: equals)...])
            }
            if options.contains(name) {
                if let inlineValue {
                    values[name, default: []].append(inlineValue)
                } else if index < arguments.count {
                    values[name, default: []].append(arguments[index])
                    index += 1
                } else {
                    throw UsageError(CLIMessages.text("args.needsValue", ["option": name]))
                }
            } else if known.contains(name), inlineValue == nil {
                flags.insert(name)
            } else {
                var message = CLIMessages.text("args.unknownOption", ["option": name])
                if let guess = Suggestion.closest(to: name, among: options + known) { message += CLIMessages.text("args.didYouMean", ["guess": guess]) }
                throw UsageError(message)
            }
        }
        for (name, value) in ConfigurationDefaults.values(for: options) where values[name] == nil {
            values[name] = [value]
            fromConfiguration.insert(name)
        }
        // The command's language (the command line's, else the configuration's) from now on.
        if let language = values["--lang"]?.last.flatMap(Language.init(rawValue:)) { Console.language = language }
    }

    func value(_ name: String) -> String? { values[name]?.last }
    /// The option's value when the command line gave it (not the configuration file).
    func explicitValue(_ name: String) -> String? { fromConfiguration.contains(name) ? nil : value(name) }
    /// Every value of a repeatable option (`--output a --output b`), in order.
    func values(_ name: String) -> [String] { values[name] ?? [] }
    func has(_ flag: String) -> Bool { flags.contains(flag) }

    /// The value of an option restricted to `choices`.
    func choice(_ name: String, _ choices: [String], default fallback: String) throws(UsageError) -> String {
        guard let value = value(name) else { return fallback }
        guard choices.contains(value) else {
            throw UsageError(CLIMessages.text("args.choice", ["option": name, "choices": CLIMessages.either(choices), "value": value]))
        }
        return value
    }
}

/// A command-line mistake: printed with the command's usage, exit code 2.
struct UsageError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
