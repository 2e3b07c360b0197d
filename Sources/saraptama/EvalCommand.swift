import Foundation
import Saraptama
import SaraptamaExpressions
import SaraptamaLoading

/// `saraptama eval EXPR [--doc FILE]`: evaluates one expression, for rule authors.
enum EvalCommand {
    static let usage = """
        USAGE: saraptama eval EXPRESSION [--doc FILE] [--rules DIR] [--architecture DIR] [--lang ru|kk|en]

        Evaluates one expression in the rules' environment and prints its value as JSON on stdout.
        doc, item and parent are the document given with --doc ('-' for standard input); arch is the
        approved architecture of its state body; lookup() sees the rule set's catalogues when the
        rule set loads. On an error, prints it on stderr (in --lang, default ru) and exits with code 2.

        EXAMPLE: saraptama eval "doc.sections.map(s, s.number)" --doc Cases/ta-mz-telemedicine/document.yaml
        """

    static func run(_ argv: [String]) throws(ExitRequest) -> ExitCode {
        let arguments: Arguments
        do { arguments = try Arguments(argv, options: RuleSetOptions.names + ["--doc", "--lang"], flags: ["--help", "-h"]) } catch {
            throw usageFailure(error.message, usage: usage)
        }
        if arguments.has("--help") || arguments.has("-h") { Console.out(usage + "\n"); return .success }
        guard arguments.positionals.count == 1, let expression = arguments.positionals.first else {
            throw usageFailure(CLIMessages.text("eval.one"), usage: usage)
        }
        // The rule set is optional here: an expression over a document needs no rules.
        let ruleSet = InputFiles.isDirectory(RuleSetOptions.directory(arguments)) ? try RuleSetOptions.load(arguments) : nil
        let architectures = try ruleSet.map { ruleSet throws(ExitRequest) in try RuleSetOptions.architectures(arguments, ruleSet: ruleSet) } ?? ArchitectureLibrary()
        var document: Node?
        if let path = arguments.value("--doc") {
            let bytes: [UInt8]
            do { bytes = try BoundedReader.read(path, limit: LoadOptions().maxBytes, display: path == "-" ? "<stdin>" : path) } catch {
                Console.report(error.diagnostics, sources: [])
                return .error
            }
            // Any document a check reads (YAML, Markdown, Word), as its rules see it.
            switch DocumentLoader.load(bytes: bytes, path: path == "-" ? "<stdin>" : path, tables: ruleSet?.tables) {
            case .loaded(let loaded):
                document = ruleSet.map { Engine(ruleSet: $0, architectures: architectures).prepared(loaded).root } ?? loaded.root
            case .failed(let result):
                // A header problem of a YAML document: the expression may still be about its body.
                if ProseLoader.Format(path: path) == nil, let root = try? YAMLLoader.load(bytes: bytes, path: path == "-" ? "<stdin>" : path).root {
                    document = root
                } else {
                    Console.report(result.problems, sources: result.source.map { [$0] } ?? [])
                    return .error
                }
            }
        }
        switch ExpressionPlayground.evaluate(expression, document: document, ruleSet: ruleSet, architectures: architectures) {
        case .success(let value):
            Console.out(value.jsonText + "\n")
            return .success
        case .failure(let error):
            Console.report(error.diagnostics, sources: [SourceFile(path: "<expression>", text: expression)])
            return .error
        }
    }
}
