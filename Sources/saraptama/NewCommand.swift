import Foundation
import Saraptama

/// `saraptama new ta|ip|fej`: writes a document template in the chosen language.
enum NewCommand {
    static let usage = """
        USAGE: saraptama new ta|ip|fej [--lang ru|kk|en] [--format md|docx|yaml] [--output FILE]

        Writes a blank technical assignment (ta), investment proposal (ip) or financial-economic
        justification (fej): the title data and every section and table the rules read, in the chosen
        language. Markdown and Word templates are prose with tables; YAML is the same as data.

        OPTIONS:
          --lang LANG       the template's language (default: ru)
          --format FORMAT   md (default), docx (Word, made by pandoc) or yaml
          --output FILE     where to write it (default: ta.md, ip.docx, …; '-' for stdout, not docx)
          -h, --help        show this help
        """

    static func run(_ argv: [String]) throws(ExitRequest) -> ExitCode {
        let arguments: Arguments
        let language: Language
        let format: String
        do {
            arguments = try Arguments(argv, options: ["--lang", "--format", "--output"], flags: ["--help", "-h"])
            language = Language(rawValue: try arguments.choice("--lang", Language.allCases.map(\.rawValue), default: "ru")) ?? .ru
            format = try arguments.choice("--format", ["md", "docx", "yaml"], default: "md")
        } catch { throw usageFailure(error.message, usage: usage) }
        if arguments.has("--help") || arguments.has("-h") { Console.out(usage + "\n"); return .success }
        let kinds: [String: DocumentKind] = ["ta": .technicalAssignment, "ip": .investmentProposal, "fej": .feasibilityStudy]
        guard arguments.positionals.count == 1, let name = arguments.positionals.first, let kind = kinds[name] else {
            throw usageFailure(CLIMessages.text("new.kind", ["kinds": CLIMessages.either(["ta", "ip", "fej"])]), usage: usage)
        }
        let output = arguments.value("--output") ?? "\(name).\(format)"
        let text = format == "yaml" ? DocumentTemplate.yaml(kind, language: language) : DocumentTemplate.markdown(kind, language: language)
        var bytes = Array(text.utf8)
        if format == "docx" {
            guard output != "-" else { throw usageFailure(CLIMessages.text("new.docxStdout"), usage: usage) }
            do { bytes = try ConclusionConverter().convertDocument(MarkdownDocumentBuilder.docxReady(text)) } catch {
                Console.err("saraptama: error: \(error.description)")
                return .error
            }
        }
        if output == "-" { Console.out(text); return .success }
        do { try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic) } catch {
            Console.err("saraptama: error: io-unwritable: " + CLIMessages.text("io.cannotWrite", ["path": output, "reason": error.localizedDescription]))
            return .error
        }
        Console.err("saraptama: " + CLIMessages.text("io.wrote", ["path": output]))
        return .success
    }
}
