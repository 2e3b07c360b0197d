import Saraptama
import SaraptamaLoading

/// `saraptama check PATH...`: checks documents and prints the findings report.
enum CheckCommand {
    static let usage = """
        USAGE: saraptama check PATH... [options]

        Checks documents (YAML or JSON files, Markdown with YAML front matter, DOCX through pandoc;
        folders searched recursively; '-' for standard input) against the rule set and prints the
        findings and the verdict of each document. A folder holding a dossier.yaml, or the manifest
        itself, is a project dossier: its documents are checked together. In a folder, files that
        are not documents (no top-level 'kind' of a document kind: expected findings, waivers,
        reports, READMEs) are skipped, and a note says which and why.

        OPTIONS:
          --rules DIR            rule set folder (default: $SARAPTAMA_RULES, else ./Rules)
          --architecture DIR     approved architectures of state bodies (default: RULES/architectures)
          --format FORMAT        text (default), json, sarif, junit, markdown, html (the draft expert
                                 conclusion) or github (GitHub Actions annotations)
          --lang LANG            language of messages: ru (default), kk or en
          --dossier              every PATH is a project dossier (a folder of the project's documents, or a
                                 manifest): its IP, FEJ and TA are checked together, with the dossier rules
          --exclude GLOB         leave out of folder searches the files and folders GLOB matches (a name:
                                 'golden', '*.md'; or, with '/', a path below the folder); repeatable
          --jobs N               documents checked in parallel (default: all cores)
          --fail-on LEVEL        exit 1 when a finding is at or above LEVEL: error (default), warning, info, never
          --record               record each checked document in the examination registry
          --registry PATH        the registry for --record (default: ./saraptama.db)
          --received DATE        with --record: date of receipt YYYY-MM-DD (default: the document's date)
          --concluded DATE       with --record: date of the conclusion YYYY-MM-DD (default: --today, else today)
        \(ReportOptions.usageLines)
          -h, --help             show this help

        EXIT CODES: 0 no finding at or above --fail-on; 1 such findings; 2 usage, input or rule errors;
                    3 inconclusive: a question of the examination was not examined (see the report).
        """

    static func run(_ argv: [String]) throws(ExitRequest) -> ExitCode {
        let arguments: Arguments
        do {
            arguments = try Arguments(argv, options: RuleSetOptions.names + ["--format", "--lang", "--fail-on", "--jobs", "--exclude"] + ReportOptions.names + RecordCommand.checkOptions, flags: ["--help", "-h", "--record", "--dossier"])
        } catch {
            throw usageFailure(error.message, usage: usage)
        }
        if arguments.has("--help") || arguments.has("-h") { Console.out(usage + "\n"); return .success }
        let format: String, languageName: String, failOnName: String
        do {
            format = try arguments.choice("--format", ReportFormat.allCases.map(\.rawValue), default: "text")
            languageName = try arguments.choice("--lang", Language.allCases.map(\.rawValue), default: "ru")
            failOnName = try arguments.choice("--fail-on", ["error", "warning", "info", "never"], default: "error")
        } catch {
            throw usageFailure(error.message, usage: usage)
        }
        guard !arguments.positionals.isEmpty else { throw usageFailure(CLIMessages.text("check.noDocument"), usage: usage) }
        let language = Language(rawValue: languageName) ?? .ru
        Console.language = language
        let failOn = Severity(rawValue: failOnName)
        let reportOptions = try ReportOptions.load(arguments, usage: usage)
        let recording = try RecordCommand.prepare(arguments, usage: usage)

        var jobs = BatchChecker.availableCores
        if let text = arguments.value("--jobs") {
            guard let value = Int(text), value > 0 else { throw usageFailure(CLIMessages.text("args.positive", ["option": "--jobs"]), usage: usage) }
            jobs = value
        }
        // A dossier (--dossier, a folder with a dossier.yaml, found in a folder or named, or the
        // manifest itself) is checked as one; the other documents are checked in a batch.
        let discovery = InputDiscovery(paths: arguments.positionals, exclude: arguments.values("--exclude"), allDossiers: arguments.has("--dossier"))
        let dossierPaths = discovery.dossiers
        let files = discovery.documents
        Console.report(discovery.notes, sources: [])
        // The batch's workers after the first load their engines now, beside the main one; on
        // as many cores as there are, so that they do not slow the main load down. Workers
        // beyond the cores load theirs when they start, as before.
        let workerEngines = RuleSetOptions.prefetchEngines(arguments, count: min(jobs, files.count, BatchChecker.availableCores) - 1)

        let ruleSet = try RuleSetOptions.load(arguments)
        let engine = Engine(ruleSet: ruleSet, architectures: try RuleSetOptions.architectures(arguments, ruleSet: ruleSet))
        var results: [DocumentResult] = []
        guard !files.isEmpty || !dossierPaths.isEmpty else {
            throw usageFailure(CLIMessages.text("check.noneFound", ["paths": arguments.positionals.joined(separator: ", ")]), usage: usage)
        }
        if !files.isEmpty {
            let checker = BatchChecker(engine: engine, language: language, jobs: jobs, workerEngine: { _ in workerEngines?.take() ?? engine.reloaded() })
            let format = ReportFormat(rawValue: format) ?? .text
            if dossierPaths.isEmpty, StreamingCheck.applies(format: format, options: reportOptions, recording: recording != nil) {
                return StreamingCheck.run(
                    files: files, checker: checker, ruleSet: ruleSet, format: format, failOn: failOn, style: .report, today: reportOptions.today)
            }
            results = checker.check(files: files)
        }
        let checker = DossierChecker(engine: engine)
        results += dossierPaths.flatMap { checker.check(DossierLoader.load(path: $0, tables: ruleSet.tables), language: language).documents }
        let report = CheckReport(ruleSet: ruleSet, language: language, documents: results)
        // Waivers set findings apart and a baseline keeps only new ones for the exit code.
        let reviewed = reportOptions.review(report, ruleSet: ruleSet)
        try reportOptions.write(reviewed, format: ReportFormat(rawValue: format) ?? .text, failOn: failOn, style: .report, ruleSetDirectory: ruleSet.directory)
        let problems = results.flatMap(\.problems)
        Console.report(problems, sources: results.compactMap(\.source) + ruleSet.sources)
        // Recorded as reported (after waivers), and after the report, so a registry failure never hides findings.
        let recordedAll = try recording.map { recording throws(ExitRequest) in
            try RecordCommand.record(results: reviewed.documents.map(\.result), ruleSet: ruleSet, with: recording, conclusion: reportOptions.issuedConclusion(in: reviewed, ruleSetDirectory: ruleSet.directory))
        } ?? true
        return .of(
            problems: reviewed.hasProblems || !recordedAll, inconclusive: reviewed.hasInconclusive,
            findings: reviewed.hasFindings(atOrAbove: failOn))
    }
}

/// Prints a usage error and the command's usage; exit code 2.
func usageFailure(_ message: String, usage: String) -> ExitRequest {
    let line = usageLine(of: usage)
    let localizedLine = line.hasPrefix("USAGE:") ? CLIMessages.text("usage.word") + line.dropFirst("USAGE:".count) : line
    Console.err("saraptama: error: \(message)\n\(localizedLine)\n" + CLIMessages.text("usage.see", ["help": helpCommand(of: usage)]))
    return ExitRequest(.error)
}

/// The `USAGE:` line of a command's help text (with its continuation lines), not the whole help.
func usageLine(of usage: String) -> String {
    let lines = usage.split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix("USAGE:") }) else { return "" }
    var result = [lines[start].trimmingCharacters(in: .whitespaces)]
    for line in lines[(start + 1)...] {
        guard !line.trimmingCharacters(in: .whitespaces).isEmpty, line.hasPrefix(" ") else { break }
        result.append("  " + line.trimmingCharacters(in: .whitespaces))
    }
    return result.joined(separator: "\n")
}

/// `saraptama COMMAND --help` for a command's help text (its usage line names the command).
func helpCommand(of usage: String) -> String {
    let words = usageLine(of: usage).split(separator: " ")
    guard words.count > 2, words[1] == "saraptama", words[2].first?.isLetter == true, words[2] != "COMMAND" else { return "saraptama --help" }
    return "saraptama \(words[2]) --help"
}
