import Dispatch
import Foundation
import Saraptama

/// `saraptama bench`: the benchmark. Build in release mode first (`swift build -c release`).
enum BenchCommand {
    static let usage = """
        USAGE: saraptama bench [--documents N] [--runs N] [--seed N] [--jobs N] [--rss] [--cold-start N] [--hostile] [--dir DIR]

        Generates a seeded corpus of realistic documents (10–15 KB of YAML each, a share with violations) and
        prints, as medians of --runs runs: libyaml's own event parsing of the same bytes (the floor), load only,
        evaluate only, load + evaluate on one core (these four in rounds, one run of each per round, shares of the
        floor taken within a round), batch checking from disk with 1 and with --jobs workers and, beside it in
        the same rounds, libyaml's event parsing on 1 and on --jobs threads (what the host itself gives on that
        many cores, to read the batch's speed-up against); with --rss, the peak resident memory of batch checks
        of 2,000 and 20,000 documents (each in its own process);
        with --cold-start N, the median time of N runs of `saraptama check` on one document, process start to exit;
        with --hostile (alone), the time, peak memory and exit status of checks of hostile inputs (an endless
        standard input, a 1 GiB file, a ZIP bomb .docx, 4 MB of Markdown code spans, a 146 KB one-line JSON as SARIF).
        Run a release build: swift build -c release && .build/release/saraptama bench --rss --cold-start 20
        With --serve, the load benchmark of 'saraptama serve' instead (see 'saraptama bench --serve --help').

        OPTIONS:
          --documents N    corpus size for the in-memory and batch stages (default 1000)
          --runs N         measured runs per stage, after one warm-up (default 5)
          --seed N         corpus seed (default 42)
          --jobs N         workers for the parallel batch (default: all cores)
          --dir DIR        where corpus files are written (default: a folder in $TMPDIR, reused between runs)
          --only STAGE     measure one in-memory stage only (floor, load, evaluate, both), for profiling;
                   rules: each rule alone, slowest first; batch: the batch rows only;
                   regex: the per-call cost of matches(), today's engine beside the former one
          --rule IDS       evaluate only these rules (comma-separated), for profiling one rule
          --rules DIR      rule set (default: $SARAPTAMA_RULES, else ./Rules)
        """

    static func run(_ argv: [String]) throws(ExitRequest) -> ExitCode {
        // The service's load benchmark is its own command with its own options.
        if argv.contains("--serve") { return try ServeBenchCommand.run(argv.filter { $0 != "--serve" }) }
        let arguments: Arguments
        do {
            arguments = try Arguments(
                argv, options: RuleSetOptions.names + ["--documents", "--runs", "--seed", "--jobs", "--dir", "--cold-start", "--probe-rss", "--count", "--only", "--rule"],
                flags: ["--help", "-h", "--rss", "--hostile"])
        } catch {
            throw usageFailure(error.message, usage: usage)
        }
        if arguments.has("--help") || arguments.has("-h") { Console.out(usage + "\n"); return .success }
        func number(_ name: String, _ fallback: Int) throws(ExitRequest) -> Int {
            guard let text = arguments.value(name) else { return fallback }
            guard let value = Int(text), value > 0 else { throw usageFailure(CLIMessages.text("args.positive", ["option": name]), usage: usage) }
            return value
        }
        var options = BenchmarkRunner.Options()
        options.documents = try number("--documents", 1000)
        options.runs = try number("--runs", 5)
        options.seed = UInt64(try number("--seed", 42))
        options.jobs = try number("--jobs", BatchChecker.availableCores)
        options.onlyStage = arguments.value("--only")
        let ruleSet = try RuleSetOptions.load(arguments)
        if let list = arguments.value("--rule") {
            let ids = Set(list.split(separator: ",").map(String.init))
            let unknown = ids.subtracting(ruleSet.rules.map(\.id))
            if !unknown.isEmpty { throw usageFailure(CLIMessages.text("bench.noRule", ["rules": unknown.sorted().joined(separator: ", ")]), usage: usage) }
            options.ruleIDs = ids
        }
        let engine = Engine(ruleSet: ruleSet, architectures: try RuleSetOptions.architectures(arguments, ruleSet: ruleSet))

        // A child process of the --rss measurement: check COUNT files of DIR, then print peak RSS.
        if let directory = arguments.value("--probe-rss") {
            let count = try number("--count", 2000)
            let files = (try? BenchmarkRunner.writeCorpus(count: count, seed: options.seed, to: directory)) ?? []
            var findings = 0
            BatchChecker(engine: engine, language: .en, jobs: options.jobs).check(files: files) { findings += $0.findings.count }
            Console.out("\(ProcessInfoCores.peakResidentBytes ?? 0) \(findings)\n")
            return .success
        }

        let directory = arguments.value("--dir") ?? NSTemporaryDirectory() + "saraptama-bench-\(options.seed)"
        if arguments.has("--hostile") {
            // Only the hostile inputs: each is a check of its own, measured from outside.
            HostileBench.print(HostileBench.run(rules: ruleSet.directory, directory: directory + "/hostile"))
            return .success
        }
        let runner = BenchmarkRunner(engine: engine, options: options)
        let corpus = runner.corpus()
        let averageKB = Double(corpus.reduce(0) { $0 + $1.count }) / Double(corpus.count) / 1024
        Console.out(String(format: "Saraptama %@ benchmark: %d documents (seed %llu), %.1f KB average, %d rules, median of %d runs\n",
                           SaraptamaVersion.current, corpus.count, options.seed, averageKB, ruleSet.rules.count, options.runs))
        Console.out("machine: \(machineDescription())\n\n")
        if options.onlyStage == "regex" {
            printRegexCosts(runs: options.runs)
            return .success
        }
        if options.onlyStage == "rules" {
            // Every rule alone, slowest first, with its share of the sum: for finding the rule to tune.
            let (fixed, costs) = runner.ruleCosts(corpus)
            let total = costs.reduce(0) { $0 + $1.microseconds }
            Console.out(String(format: "a document with no rule: %.1f µs (subtracted from every figure below)\n", fixed))
            Console.out("rule                µs/doc   share\n")
            for cost in costs {
                Console.out(String(format: "%@ %8.1f  %5.1f%%\n", cost.id.padding(toLength: 16, withPad: " ", startingAt: 0), cost.microseconds, cost.microseconds / total * 100))
            }
            Console.out(String(format: "sum              %8.1f µs per document\n", total))
            // A rule costing several times the typical one is worth a look: it may be written
            // with a nested loop where a set function or a variable would do.
            let sorted = costs.map(\.microseconds).sorted()
            let median = sorted.isEmpty ? 0 : sorted[sorted.count / 2]
            let costly = costs.filter { $0.microseconds > 3 * median }
            // A rule that says why its cost is inherent (`cost_note:`) is listed with the reason;
            // the others are the ones to rewrite.
            let explained = costly.compactMap { cost in ruleSet.rule(cost.id)?.costNote.map { (cost.id, $0) } }
            let unexplained = costly.filter { ruleSet.rule($0.id)?.costNote == nil }
            Console.out(String(format: "median           %8.1f µs; above 3× the median (%.1f µs) without a cost note: %@\n", median, 3 * median,
                               unexplained.isEmpty ? "none" : unexplained.map(\.id).joined(separator: ", ")))
            for (id, note) in explained { Console.out("  \(id) (above 3×, inherent): \(note)\n") }
            return .success
        }
        var rows = options.onlyStage == "batch" ? [] : runner.measureInMemory(corpus)
        if options.onlyStage != nil, options.onlyStage != "batch" {
            print(rows)
            return .success
        }
        let files: [String]
        do { files = try BenchmarkRunner.writeCorpus(count: options.documents, seed: options.seed, to: directory) } catch {
            Console.err("saraptama: error: io-unwritable: " + CLIMessages.text("bench.corpusUnwritable", ["folder": directory, "reason": "\(error)"]))
            return .error
        }
        rows += runner.measureBatch(files: files)
        print(rows)
        let slowest = runner.ruleCosts(Array(corpus.prefix(200))).rules.prefix(8)
        Console.out("\nslowest rules (µs per document, each rule alone, net of a document with no rule): "
            + slowest.map { String(format: "%@ %.1f", $0.id, $0.microseconds) }.joined(separator: ", ") + "\n")

        printRegexCosts(runs: options.runs)

        if arguments.has("--rss") {
            var peaks: [Int: Int] = [:]
            for count in [2000, 20000] {
                guard let output = runSelf(["bench", "--probe-rss", directory, "--count", String(count), "--seed", String(options.seed),
                                            "--jobs", String(options.jobs), "--rules", ruleSet.directory]),
                      let bytes = Int(output.split(separator: " ").first ?? "")
                else {
                    Console.err("saraptama: error: " + CLIMessages.text("bench.memoryProbe", ["count": String(count)]))
                    return .error
                }
                peaks[count] = bytes
                Console.out(String(format: "peak RSS, batch of %6d documents: %8.1f MB\n", count, Double(bytes) / 1_048_576))
            }
            if let small = peaks[2000], let large = peaks[20000], small > 0 {
                Console.out(String(format: "peak RSS ratio 20,000 / 2,000: %.2f×\n", Double(large) / Double(small)))
            }
        }
        if let text = arguments.value("--cold-start") {
            guard let runs = Int(text), runs > 0 else { throw usageFailure(CLIMessages.text("args.positive", ["option": "--cold-start"]), usage: usage) }
            var times: [Double] = []
            for _ in 0..<runs {
                guard let time = SpawnTimer.milliseconds(["check", files[0], "--rules", ruleSet.directory, "--fail-on", "never"]) else {
                    Console.err("saraptama: error: " + CLIMessages.text("bench.coldStart"))
                    return .error
                }
                times.append(time)
            }
            times.sort()
            Console.out(String(format: "cold start, `saraptama check` of one document: %.1f ms (median of %d; min %.1f, max %.1f)\n",
                               times[times.count / 2], runs, times.first ?? 0, times.last ?? 0))
        }
        return .success
    }

    /// The per-call cost of `matches()` before (NSRegularExpression) and now (PCRE2).
    private static func printRegexCosts(runs: Int) {
        Console.out("\nmatches() per call            before (NSRegularExpression)   now (PCRE2 JIT)   cheaper\n")
        for row in RegexBenchmark.measure(runs: runs) {
            Console.out(String(format: "%@ %10.0f ns %18.0f ns %10.0f×\n", row.pattern.padded(28), row.beforeNanoseconds,
                               row.afterNanoseconds, row.beforeNanoseconds / row.afterNanoseconds))
        }
    }

    private static func print(_ rows: [BenchmarkRunner.Row]) {
        Console.out("stage                                 docs/s      MB/s  note\n")
        for row in rows {
            let docs = row.documentsPerSecond.map { String(format: "%10.0f", $0) } ?? String(repeating: " ", count: 10)
            let megabytes = row.megabytesPerSecond.map { String(format: "%9.1f", $0) } ?? String(repeating: " ", count: 9)
            Console.out(row.stage.padded(34) + docs + megabytes + "  " + row.note + "\n")
        }
    }

    /// Runs this executable with `arguments`; its stdout, or nil when it failed.
    private static func runSelf(_ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: SpawnTimer.executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 || arguments.first == "check" else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    private static func machineDescription() -> String {
        let cpu = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("model name") }?
            .split(separator: ":").last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
        return "\(BatchChecker.availableCores) cores, \(cpu), \(ProcessInfo.processInfo.physicalMemory / 1_073_741_824) GiB"
    }
}
