import Foundation
import Saraptama
import SaraptamaLoading

/// Where the CLI writes: results to stdout, errors and diagnostics to stderr.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// The language of diagnostics on stderr: the command's `--lang` once it is read (or the
    /// configuration's), Russian before that, as reports are by default.
    nonisolated(unsafe) static var language: Language = .ru

    /// Renders diagnostics with their source lines and carets on stderr, in `language`.
    static func report(_ diagnostics: [Diagnostic], sources: [SourceFile]) {
        guard !diagnostics.isEmpty else { return }
        err(DiagnosticRenderer(sources: sources, language: language.rawValue).render(diagnostics))
    }
}

/// Options shared by the commands that need a rule set.
enum RuleSetOptions {
    static let names = ["--rules", "--architecture"]

    /// `--rules DIR`, else `$SARAPTAMA_RULES`, else `./Rules`.
    static func directory(_ arguments: Arguments) -> String {
        arguments.value("--rules") ?? ProcessInfo.processInfo.environment["SARAPTAMA_RULES"] ?? "Rules"
    }

    /// Loads the rule set, or prints every problem of it and fails with exit code 2.
    static func load(_ arguments: Arguments, directory override: String? = nil) throws(ExitRequest) -> RuleSet {
        do {
            return ProcessLifetime.keep(try RuleSetLoader.load(directory: override ?? directory(arguments)))
        } catch {
            Console.report(error.diagnostics, sources: sourcesOf(error))
            Console.err("saraptama: " + CLIMessages.text("ruleSet.errors", ["errors": CLIMessages.counted(error.diagnostics.count { $0.severity == .error }, .error)]))
            throw ExitRequest(.error)
        }
    }

    /// `--architecture DIR`, else the rule set's `architectures/` folder when it exists.
    static func architectures(_ arguments: Arguments, ruleSet: RuleSet) throws(ExitRequest) -> ArchitectureLibrary {
        let explicit = arguments.value("--architecture")
        let directory = architectureDirectory(arguments, rules: ruleSet.directory)
        guard InputFiles.isDirectory(directory) else {
            if let explicit {
                Console.err("saraptama: error: io-unreadable: " + CLIMessages.text("architecture.missing", ["folder": explicit]))
                throw ExitRequest(.error)
            }
            return ArchitectureLibrary()
        }
        do {
            let library = try ArchitectureLibrary.load(directory: directory, specs: ruleSet.architectureIndexes)
            // Warnings (`arch-missing-name`) are shown, and the check goes on with the names mended.
            if !library.warnings.isEmpty {
                Console.report(library.warnings, sources: sourcesOf(DiagnosticError(library.warnings)))
            }
            return ProcessLifetime.keep(library)
        } catch {
            Console.report(error.diagnostics, sources: sourcesOf(error))
            throw ExitRequest(.error)
        }
    }

    /// `count` engines for the workers of a batch, loading from now on threads of their own, or
    /// nil when the batch has no second worker. Their load reports nothing: the main engine's
    /// does, and a worker whose engine fails to load shares the main one.
    static func prefetchEngines(_ arguments: Arguments, count: Int) -> EnginePrefetch? {
        guard count > 0 else { return nil }
        let rules = directory(arguments)
        let architectures = architectureDirectory(arguments, rules: rules)
        // A missing explicit folder fails the main load; a missing default one means none.
        let present = arguments.value("--architecture") != nil || InputFiles.isDirectory(architectures)
        return EnginePrefetch(count: count) { Engine.load(rules: rules, architectures: present ? architectures : nil) }
    }

    /// `--architecture DIR`, else `architectures/` inside the rule set folder `rules`.
    private static func architectureDirectory(_ arguments: Arguments, rules: String) -> String {
        arguments.value("--architecture") ?? RuleSet.defaultArchitectureDirectory(of: rules)
    }

    /// Reads back the files named by diagnostics, so their lines can be quoted.
    static func sourcesOf(_ error: DiagnosticError) -> [SourceFile] {
        Set(error.diagnostics.compactMap(\.file)).compactMap { path in
            BoundedReader.bytes(of: path).map { YAMLLoader.source(bytes: $0, path: path) }
        }
    }
}

/// Ends the command with an exit code (after the command has printed why).
struct ExitRequest: Error {
    let code: ExitCode
    init(_ code: ExitCode) { self.code = code }
}

/// Values the CLI keeps until the process exits. A command's rule set and architectures live
/// as long as the command anyway; holding them here means they are not freed object by object
/// when the command returns, just before `exit` hands the whole address space back at once.
/// Freeing a loaded rule set was several million instructions of a one-document check.
enum ProcessLifetime {
    nonisolated(unsafe) private static var kept: [Any] = []

    /// Keeps `value` alive until exit and returns it. Called on the main thread only.
    @discardableResult
    static func keep<T>(_ value: T) -> T {
        kept.append(value)
        return value
    }
}
