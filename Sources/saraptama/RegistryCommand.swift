import Foundation
import Saraptama
import SaraptamaLoading
import SaraptamaRegistry

/// `saraptama registry list|show ID|export|import FILE.csv`: the examination registry.
enum RegistryCommand {
    static let usage = """
        USAGE: saraptama registry list [--registry PATH] [--limit N] [--lang ru|kk|en]
               saraptama registry show ID [--registry PATH] [--copy FILE] [--conclusion FILE] [--lang ru|kk|en]
               saraptama registry export --format csv|json|jsonl [--output FILE] [--registry PATH]
               saraptama registry import FILE.csv|FILE.jsonl [--registry PATH]

        list      one line per examination: id, document, kind, round, received, concluded, verdict, counts, body
        show      one examination with its findings and stored copy; --copy FILE writes the stored copy out,
                  --conclusion FILE the issued conclusion (.docx) kept with it
        export    every examination as CSV (the import columns; a value a spreadsheet would run as a formula gets
                  a leading ', removed again on import) or JSON (everything, findings with paths); jsonl is the
                  lossless dump: every row of every table, stored copies and issued conclusions included
        import    load historical examinations from CSV (columns in the README); every row is checked, all
                  bad rows are reported with their lines, and then nothing is imported; a jsonl dump is
                  restored whole into a new (empty) registry

        OPTIONS:
          --registry PATH   the registry database (default: ./saraptama.db)
          -h, --help        show this help

        EXIT CODES: 0 success; 2 usage error, bad input, or a registry error (codes registry-...).
        """

    static func run(_ argv: [String]) throws(ExitRequest) -> ExitCode {
        let arguments: Arguments
        do { arguments = try Arguments(argv, options: ["--registry", "--limit", "--copy", "--conclusion", "--format", "--output", "--lang"], flags: ["--help", "-h"]) } catch {
            throw usageFailure(error.message, usage: usage)
        }
        if arguments.has("--help") || arguments.has("-h") { Console.out(usage + "\n"); return .success }
        guard let action = arguments.positionals.first else { throw usageFailure(CLIMessages.text("registry.action", ["actions": CLIMessages.either(["list", "show", "export", "import"])]), usage: usage) }
        let operands = Array(arguments.positionals.dropFirst())
        switch action {
        case "list":
            guard operands.isEmpty else { throw usageFailure(CLIMessages.text("args.noOperand", ["command": "registry list"]), usage: usage) }
            var limit: Int?
            if let text = arguments.value("--limit") {
                guard let value = Int(text), value > 0 else { throw usageFailure(CLIMessages.text("args.positive", ["option": "--limit"]), usage: usage) }
                limit = value
            }
            let registry = try RegistryOptions.open(arguments, create: false)
            let all = try RegistryOptions.attempt { () throws(RegistryError) in try registry.examinations(withFindings: false) }
            Console.out(RegistryListing.list(limit.map { Array(all.suffix($0)) } ?? all, total: all.count, language: try RegistryOptions.language(arguments, usage: usage)))
            return .success
        case "show":
            guard operands.count == 1, let id = Int64(operands[0]) else { throw usageFailure(CLIMessages.text("registry.showID"), usage: usage) }
            let registry = try RegistryOptions.open(arguments, create: false)
            guard let examination = try RegistryOptions.attempt({ () throws(RegistryError) in try registry.examination(id: id) }) else {
                Console.err(RegistryError(.notFound, CLIMessages.text("registry.noExamination", ["id": String(id)]), file: registry.path).description)
                return .error
            }
            Console.out(RegistryListing.show(examination, language: try RegistryOptions.language(arguments, usage: usage)))
            if let output = arguments.value("--copy") {
                guard let hash = examination.documentSHA256,
                    let bytes = try RegistryOptions.attempt({ () throws(RegistryError) in try registry.documentCopy(sha256: hash) })
                else {
                    Console.err(RegistryError(.notFound, CLIMessages.text("registry.noCopy", ["id": String(id)]), file: registry.path).description)
                    return .error
                }
                try RegistryOptions.write(Data(bytes), to: output)
                Console.err("saraptama: " + CLIMessages.text("registry.wroteCopy", ["bytes": CLIMessages.counted(bytes.count, CLIMessages.byte), "hash": hash, "path": output]))
            }
            if let output = arguments.value("--conclusion") {
                guard let issued = try RegistryOptions.attempt({ () throws(RegistryError) in try registry.conclusion(examinationID: id) }) else {
                    Console.err(RegistryError(.notFound, CLIMessages.text("registry.noIssued", ["id": String(id)]), file: registry.path).description)
                    return .error
                }
                try RegistryOptions.write(Data(issued.content), to: output)
                Console.err("saraptama: " + CLIMessages.text("registry.wroteIssued", ["number": issued.number.map { CLIMessages.text("registry.number", ["number": $0]) } ?? "", "bytes": CLIMessages.counted(issued.content.count, CLIMessages.byte), "path": output]))
            }
            return .success
        case "export":
            guard operands.isEmpty else { throw usageFailure(CLIMessages.text("registry.exportNoOperand"), usage: usage) }
            let format: String
            do { format = try arguments.choice("--format", ["csv", "json", "jsonl"], default: "") } catch { throw usageFailure(error.message, usage: usage) }
            guard !format.isEmpty else { throw usageFailure(CLIMessages.text("registry.exportFormat", ["formats": CLIMessages.either(["csv", "json", "jsonl"])]), usage: usage) }
            let registry = try RegistryOptions.open(arguments, create: false)
            if format == "jsonl" { return try dump(registry, to: arguments.value("--output")) }
            let all = try RegistryOptions.attempt { () throws(RegistryError) in try registry.examinations() }
            let text = format == "csv"
                ? RegistryCSV.render(all)
                : RegistryJSON.render(all, schemaVersion: try RegistryOptions.attempt { () throws(RegistryError) in try registry.schemaVersion() })
            if let output = arguments.value("--output") {
                try RegistryOptions.write(Data(text.utf8), to: output)
                Console.err("saraptama: " + CLIMessages.text("registry.exported", ["examinations": CLIMessages.counted(all.count, .examination), "path": output]))
            } else {
                Console.out(text)
            }
            return .success
        case "import":
            guard operands.count == 1 else { throw usageFailure(CLIMessages.text("registry.importOne"), usage: usage) }
            let file = operands[0]
            if isDump(file) {
                let registry = try RegistryOptions.open(arguments, create: true)
                let counts = try RegistryOptions.attempt { () throws(RegistryError) in try registry.restore(dumpAt: file) }
                Console.out(CLIMessages.text("registry.restored", [
                    "examinations": CLIMessages.counted(counts["examinations", default: 0], .examination),
                    "findings": CLIMessages.counted(counts["findings", default: 0], .finding),
                    "copies": CLIMessages.counted(counts["documents", default: 0], CLIMessages.copy), "file": file, "registry": registry.path,
                ]) + "\n")
                return .success
            }
            let data: [UInt8]
            switch BoundedReader.contents(of: file, limit: RegistryCSV.maxImportBytes) {
            case .success(let read): data = read
            case .failure(let failure):
                Console.err(RegistryError(.io, failure.message(limit: RegistryCSV.maxImportBytes, limitName: "the limit of an import file"), file: file).description)
                return .error
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                Console.err(RegistryError(.badCSV, CLIMessages.text("registry.notUTF8"), file: file).description)
                return .error
            }
            let rows = try RegistryOptions.attempt { () throws(RegistryError) in try RegistryCSV.parse(text, file: file) }
            let registry = try RegistryOptions.open(arguments, create: true)
            let stored = try RegistryOptions.attempt { () throws(RegistryError) in try registry.importExaminations(rows, file: file) }
            Console.out(CLIMessages.text("registry.imported", ["examinations": CLIMessages.counted(stored.count, .examination), "file": file, "registry": registry.path]) + "\n")
            return .success
        default:
            var message = CLIMessages.text("args.unknownAction", ["action": action])
            if let guess = Suggestion.closest(to: action, among: ["list", "show", "export", "import"]) { message += CLIMessages.text("args.didYouMean", ["guess": guess]) }
            throw usageFailure(message, usage: usage)
        }
    }
}

extension RegistryCommand {
    /// Whether `file` starts like a lossless dump (its first line names the dump format).
    static func isDump(_ file: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: file) else { return false }
        defer { try? handle.close() }
        return RegistryDump.looksLikeDump(Array((try? handle.read(upToCount: 200)) ?? Data()))
    }

    /// Writes the lossless dump to `output` (atomically: a temporary file renamed), or stdout.
    static func dump(_ registry: Registry, to output: String?) throws(ExitRequest) -> ExitCode {
        guard let output else {
            try RegistryOptions.attempt { () throws(RegistryError) in try registry.dump { Console.out($0) } }
            return .success
        }
        let temporary = output + ".partial-\(getpid())"
        guard FileManager.default.createFile(atPath: temporary, contents: nil), let handle = FileHandle(forWritingAtPath: temporary) else {
            Console.err(RegistryError(.io, CLIMessages.text("io.cannotWriteFile"), file: output).description)
            return .error
        }
        var failed: String?
        let result = Result { () throws(RegistryError) in
            try registry.dump { text in
                guard failed == nil else { return }
                do { try handle.write(contentsOf: Data(text.utf8)) } catch { failed = error.localizedDescription }
            }
        }
        try? handle.close()
        if case .failure(let error) = result {
            unlink(temporary)
            Console.err(error.description)
            return .error
        }
        if let failed {
            unlink(temporary)
            Console.err(RegistryError(.io, CLIMessages.text("io.cannotWriteFileBecause", ["reason": "\(failed)"]), file: output).description)
            return .error
        }
        guard rename(temporary, output) == 0 else {
            unlink(temporary)
            Console.err(RegistryError(.io, CLIMessages.text("io.cannotWriteFile"), file: output).description)
            return .error
        }
        Console.err("saraptama: " + CLIMessages.text("registry.dumped", ["registry": registry.path, "path": output]))
        return .success
    }
}

/// The `--registry PATH` option and the handling of registry errors shared by record, registry and stats.
enum RegistryOptions {
    static let names = ["--registry"]

    /// `--lang` of `registry list` and `show` (default: ru, or the configuration's language).
    static func language(_ arguments: Arguments, usage: String) throws(ExitRequest) -> Language {
        do { return Language(rawValue: try arguments.choice("--lang", Language.allCases.map(\.rawValue), default: "ru")) ?? .ru } catch {
            throw usageFailure(error.message, usage: usage)
        }
    }

    static func path(_ arguments: Arguments) -> String { arguments.value("--registry") ?? Registry.defaultPath }

    /// Opens the registry, or prints why not and ends with exit code 2. `SARAPTAMA_BUSY_TIMEOUT_MS`
    /// sets how long to wait for other processes' locks (default 30 s).
    /// Commands that only read (`create` false) open the registry read-only, so a registry on a
    /// read-only medium can be listed, exported and counted.
    static func open(_ arguments: Arguments, create: Bool) throws(ExitRequest) -> Registry {
        let timeout = ProcessInfo.processInfo.environment["SARAPTAMA_BUSY_TIMEOUT_MS"].flatMap { Int32($0) }.map { max(0, $0) } ?? 30_000
        return try attempt { () throws(RegistryError) in try Registry(path: path(arguments), create: create, readOnly: !create, busyTimeoutMilliseconds: timeout) }
    }

    /// Runs registry work; a `RegistryError` is printed (with every problem) and ends with exit code 2.
    static func attempt<T>(_ body: () throws(RegistryError) -> T) throws(ExitRequest) -> T {
        do { return try body() } catch {
            Console.err(error.description)
            throw ExitRequest(.error)
        }
    }

    static func write(_ data: Data, to path: String) throws(ExitRequest) {
        do { try data.write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
            Console.err(RegistryError(.io, CLIMessages.text("io.cannotWriteFileBecause", ["reason": error.localizedDescription]), file: path).description)
            throw ExitRequest(.error)
        }
    }

    /// A `YYYY-MM-DD` option, or a usage error.
    static func date(_ arguments: Arguments, _ name: String, usage: String) throws(ExitRequest) -> Int64? {
        guard let text = arguments.value(name) else { return nil }
        guard let day = CalendarDay.parse(text) else { throw usageFailure(CLIMessages.text("args.date", ["option": name, "value": text]), usage: usage) }
        return day
    }
}
