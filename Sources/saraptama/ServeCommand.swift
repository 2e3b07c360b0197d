import Foundation
import Saraptama
import SaraptamaServer
import SaraptamaLoading

/// `saraptama serve`: the web pages and the JSON API. Maps flags and `saraptama.yaml` to a
/// `ServiceConfiguration`, loads the engine once, and serves until SIGINT or SIGTERM.
enum ServeCommand {
    static let usage = """
        USAGE: saraptama serve [--config FILE] [--host ADDRESS] [--port N] [--rules DIR] [--architecture DIR] [--registry PATH] [--lang ru|kk|en]

        Serves the pages (check a document; examinations and statistics for experts) and the JSON API
        under /api/v1/ (OpenAPI at /api/v1/openapi.json). Listens on 127.0.0.1 unless told otherwise:
        put a reverse proxy (nginx) in front for TLS. Settings come from saraptama.yaml (found upward
        from the working folder, as for every command): its rules, architecture and registry, and its
        'serve:' section (see the user guide's Service article); flags override them. Stops on SIGINT or
        SIGTERM after answering the requests under way. Prints 'listening on http://HOST:PORT/' on
        standard output once ready (with --port 0, the port the system chose).

        OPTIONS:
          --config FILE        settings file (default: saraptama.yaml here or in a folder above, or $SARAPTAMA_CONFIG)
          --host ADDRESS       IPv4 address to listen on (default 127.0.0.1)
          --port N             port (default 8080; 0: any free port)
          --rules DIR          rule set folder (default: $SARAPTAMA_RULES, else ./Rules)
          --architecture DIR   approved architectures of state bodies (default: RULES/architectures)
          --registry PATH      the registry database (default: ./saraptama.db)
          --lang ru|kk|en      language of this command's own messages (default ru; the pages follow each visitor)
          -h, --help           show this help

        EXIT CODES: 0 stopped by a signal; 2 usage, configuration, rule set or listening errors.
        """

    static func run(_ argv: [String]) throws(ExitRequest) -> ExitCode {
        let arguments: Arguments
        do {
            arguments = try Arguments(argv, options: ["--config", "--host", "--port", "--lang"] + RuleSetOptions.names + RegistryOptions.names, flags: ["--help", "-h"])
        } catch {
            throw usageFailure(error.message, usage: usage)
        }
        if arguments.has("--help") || arguments.has("-h") { Console.out(usage + "\n"); return .success }
        guard arguments.positionals.isEmpty else { throw usageFailure(CLIMessages.text("args.noOperand", ["command": "serve"]), usage: usage) }
        // The settings file: --config FILE, else saraptama.yaml found upward as for every command
        // (ConfigurationDefaults has read it, and given --rules, --architecture and --registry their defaults).
        var settings = ConfigurationDefaults.current
        if let file = arguments.value("--config") {
            do throws(DiagnosticError) { settings = try Configuration.load(path: file) } catch {
                Console.report(error.diagnostics, sources: RuleSetOptions.sourcesOf(error))
                Console.err("saraptama: " + CLIMessages.text("config.problems", ["file": file]))
                throw ExitRequest(.error)
            }
        }
        var configuration = ServiceConfiguration(settings)
        if let host = arguments.value("--host") { configuration.host = host }
        if let text = arguments.value("--port") {
            guard let port = Int(text), (0...65_535).contains(port) else { throw usageFailure(CLIMessages.text("serve.port"), usage: usage) }
            configuration.port = port
        }
        // A flag wins; then --config's file; then saraptama.yaml found upward and $SARAPTAMA_RULES.
        let explicitFile = arguments.value("--config") != nil
        configuration.rules = arguments.explicitValue("--rules") ?? (explicitFile ? settings?.rules : nil) ?? RuleSetOptions.directory(arguments)
        if let registry = arguments.explicitValue("--registry") ?? (explicitFile ? settings?.registry : nil) ?? arguments.value("--registry") {
            configuration.registry = registry
        }
        if let architectures = arguments.explicitValue("--architecture") ?? (explicitFile ? settings?.architecture : nil) ?? arguments.value("--architecture") {
            configuration.architectures = architectures
        }

        var ruleArguments = ["--rules", configuration.rules]
        if let architectures = configuration.architectures { ruleArguments += ["--architecture", architectures] }
        let ruleOptions: Arguments
        do { ruleOptions = try Arguments(ruleArguments, options: RuleSetOptions.names, flags: []) } catch { throw usageFailure(error.message, usage: usage) }
        let ruleSet = try RuleSetOptions.load(ruleOptions)
        let engine = Engine(ruleSet: ruleSet, architectures: try RuleSetOptions.architectures(ruleOptions, ruleSet: ruleSet))

        // SIGINT and SIGTERM are waited for here, not handled asynchronously: blocked before the
        // server's threads start (they inherit the mask), then taken with sigwait.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        pthread_sigmask(SIG_BLOCK, &signals, nil)

        let service: Service
        do { service = try Service(configuration: configuration, engine: engine) } catch {
            Console.err("saraptama: \(error.description)")
            throw ExitRequest(.error)
        }
        Console.out("listening on http://\(configuration.host):\(service.port)/\n")
        var received: Int32 = 0
        sigwait(&signals, &received)
        Console.err("saraptama: " + CLIMessages.text("serve.stopping", ["signal": String(received)]))
        service.stop()
        return .success
    }
}
