import Foundation
import Saraptama
import SaraptamaLoading
import SaraptamaRegistry

/// `saraptama record REPORT.json`: records the examinations of a saved JSON report; and the
/// `--record` part of `saraptama check`.
enum RecordCommand {
    static let usage = """
        USAGE: saraptama record REPORT.json [--registry PATH] [--received DATE] [--concluded DATE] [--lang ru|kk|en]

        Records every document of a saved report ('saraptama check --format json > REPORT.json') in the
        registry, one transaction per document: document id, kind, state body, object, round (resubmissions
        of a document id count up), dates, verdict, counts, findings, rule set and engine version. The
        document files the report names are read, when present, to store their electronic copy (once per
        SHA-256); when a file is missing the examination is recorded without a copy, and that is said.
        Documents without a conclusion (not loaded, inconclusive) are not recorded.

        OPTIONS:
          --registry PATH    the registry database (default: ./saraptama.db)
          --received DATE    date of receipt YYYY-MM-DD for every document (default: the document's date)
          --concluded DATE   date of the conclusion YYYY-MM-DD (default: today)
          --lang LANG        language of the messages: ru (default), kk or en
          -h, --help         show this help

        EXIT CODES: 0 every document recorded; 2 usage error, bad report, registry error, or some document
        not recorded.
        """

    /// The options `check` takes for recording.
    static let checkOptions = RegistryOptions.names + ["--received", "--concluded"]

    static func run(_ argv: [String]) throws(ExitRequest) -> ExitCode {
        let arguments: Arguments
        do {
            arguments = try Arguments(argv, options: checkOptions + ["--lang"], flags: ["--help", "-h"])
            _ = try arguments.choice("--lang", Language.allCases.map(\.rawValue), default: "ru")
        } catch {
            throw usageFailure(error.message, usage: usage)
        }
        if arguments.has("--help") || arguments.has("-h") { Console.out(usage + "\n"); return .success }
        guard arguments.positionals.count == 1, let reportPath = arguments.positionals.first else {
            throw usageFailure(CLIMessages.text("record.oneReport"), usage: usage)
        }
        let received = try RegistryOptions.date(arguments, "--received", usage: usage)
        let concluded = try RegistryOptions.date(arguments, "--concluded", usage: usage) ?? RegistryClock.today()
        let bytes: [UInt8]
        // Reports of big batches may be large, but not unbounded: the limit of `diff`'s reports.
        switch BoundedReader.contents(of: reportPath, limit: RoundReportReader.maxBytes) {
        case .success(let read): bytes = read
        case .failure(let failure):
            Console.err(RegistryError(.io, failure.message(limit: RoundReportReader.maxBytes, limitName: "the limit of a report"), file: reportPath).description)
            return .error
        }
        let parsed = try RegistryOptions.attempt { () throws(RegistryError) in
            try ReportReader.parse(bytes: bytes, path: reportPath, received: received, concluded: concluded)
        }
        let registry = try RegistryOptions.open(arguments, create: true)
        let reportFolder = (reportPath as NSString).deletingLastPathComponent
        var complete = true
        for entry in parsed.entries {
            switch entry {
            case .skipped(let file, let reason):
                Console.err("saraptama: " + CLIMessages.text("record.notRecorded", ["file": file, "reason": reason]))
                complete = false
            case .examination(let examination, let file):
                let copy = storedCopy(of: examination, file: file, reportFolder: reportFolder)
                guard let stored = try record(examination, copy: copy.bytes, in: registry) else { complete = false; continue }
                Console.out(describe(stored, registry: registry) + (copy.note.map { "; \($0)" } ?? "") + "\n")
            }
        }
        return complete ? .success : .error
    }

    /// What `check --record` records with: the dates and the open registry.
    struct CheckRecording {
        let received: Int64?
        let concluded: Int64
        let registry: Registry
    }

    /// For `check`: nil without `--record`; otherwise checks the dates and opens the registry
    /// before anything is checked, so a bad date or a locked registry fails fast.
    static func prepare(_ arguments: Arguments, usage: String) throws(ExitRequest) -> CheckRecording? {
        guard arguments.has("--record") else {
            if let name = checkOptions.first(where: { arguments.explicitValue($0) != nil }) { throw usageFailure(CLIMessages.text("args.onlyWithRecord", ["option": name]), usage: usage) }
            return nil
        }
        let received = try RegistryOptions.date(arguments, "--received", usage: usage)
        // `check --today` dates the conclusion it prints; the recorded conclusion agrees unless --concluded says otherwise.
        let today = try RegistryOptions.date(arguments, "--today", usage: usage)
        let concluded = try RegistryOptions.date(arguments, "--concluded", usage: usage) ?? today ?? RegistryClock.today()
        return CheckRecording(received: received, concluded: concluded, registry: try RegistryOptions.open(arguments, create: true))
    }

    /// `check --record`: records every checked document with a conclusion; says which were not.
    /// Returns false when something was not recorded.
    /// `conclusion` gives the issued conclusion (a .docx) of a document, kept with its examination.
    static func record(
        results: [DocumentResult], ruleSet: RuleSet, with recording: CheckRecording,
        conclusion: ((DocumentResult) -> (number: String?, docx: [UInt8])?)? = nil
    ) throws(ExitRequest) -> Bool {
        let stamp = RuleSetStamp(name: ruleSet.name, version: ruleSet.version, hash: ruleSet.hash)
        var complete = true
        for result in results {
            guard let examination = Examination(
                result: result, ruleSet: stamp, engineVersion: SaraptamaVersion.current, received: recording.received,
                concluded: recording.concluded, origin: .check)
            else {
                let reason = CLIMessages.text(result.header == nil ? "record.didNotLoad" : "record.inconclusive")
                Console.err("saraptama: " + CLIMessages.text("record.notRecorded", ["file": result.file, "reason": reason]))
                complete = false
                continue
            }
            // The copy is the file's bytes as on disk now; a document read from stdin has only its text.
            let bytes = result.file == "<stdin>" ? result.source.map { Array($0.text.utf8) } : BoundedReader.bytes(of: result.file)
            guard let stored = try record(examination, copy: bytes, in: recording.registry) else { complete = false; continue }
            Console.err("saraptama: " + describe(stored, registry: recording.registry) + (bytes == nil ? CLIMessages.text("record.noCopyUnreadable") : ""))
            if let id = stored.id, let issued = conclusion?(result) {
                do { try recording.registry.storeConclusion(examinationID: id, number: issued.number, content: issued.docx) } catch {
                    Console.err(error.description)
                    throw ExitRequest(.error)
                }
                Console.err("saraptama: " + CLIMessages.text("record.keptConclusion", ["bytes": CLIMessages.counted(issued.docx.count, CLIMessages.byte), "id": String(id)]))
            }
        }
        return complete
    }

    /// Records one examination; a bad examination (e.g. received after concluded) is reported and
    /// skipped, any other registry failure ends the command.
    private static func record(_ examination: Examination, copy: [UInt8]?, in registry: Registry) throws(ExitRequest) -> Examination? {
        do {
            return try registry.record(examination, copy: copy)
        } catch where error.code == .badExamination {
            Console.err(error.description + CLIMessages.text("record.notRecordedSuffix"))
            return nil
        } catch {
            Console.err(error.description)
            throw ExitRequest(.error)
        }
    }

    private static func describe(_ stored: Examination, registry: Registry) -> String {
        CLIMessages.text("record.recorded", [
            "document": stored.documentID, "round": String(stored.round ?? 0), "verdict": stored.verdict.rawValue,
            "id": String(stored.id ?? 0), "registry": registry.path,
            "copy": stored.documentSHA256.map { CLIMessages.text("record.copyHash", ["hash": String($0.prefix(12))]) } ?? "",
        ])
    }

    /// The document file a report names, when it is still there and still holds that document.
    private static func storedCopy(of examination: Examination, file: String?, reportFolder: String) -> (bytes: [UInt8]?, note: String?) {
        guard let file, file != "<stdin>" else { return (nil, CLIMessages.text("record.noCopyStdin")) }
        let candidates = file.hasPrefix("/") || reportFolder.isEmpty ? [file] : [file, reportFolder + "/" + file]
        guard let path = candidates.first(where: { FileManager.default.fileExists(atPath: $0) }) else { return (nil, CLIMessages.text("record.noCopyMissing", ["file": file])) }
        guard let bytes = BoundedReader.bytes(of: path) else { return (nil, CLIMessages.text("record.noCopyLarge", ["file": path])) }
        // The file may have changed since the check: store it only if it is still the same document
        // (only its header is compared: its tables need no profiles).
        guard case .loaded(let document) = DocumentLoader.load(bytes: bytes, path: path, tables: nil), document.header.id == examination.documentID else {
            return (nil, CLIMessages.text("record.noCopyChanged", ["file": path, "document": examination.documentID]))
        }
        return (bytes, nil)
    }
}
