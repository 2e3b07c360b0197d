import Dispatch
import Foundation
import SaraptamaLoading
import SaraptamaExpressions
import Synchronization

/// Measures the pipeline on a generated corpus; every figure is the median of several runs.
/// The physical floor — libyaml's own event parsing of the same bytes — is measured in the same
/// rounds as the other in-memory stages (see `InterleavedRounds`), and each share of the floor
/// is the median of the shares within a round, so ratios hold on a machine whose speed drifts.
public struct BenchmarkRunner: Sendable {
    public struct Options: Sendable {
        public var documents: Int = 1000
        public var runs: Int = 5
        public var seed: UInt64 = 42
        public var jobs: Int = BatchChecker.availableCores
        /// Measure only this in-memory stage (floor, load, evaluate, both): for profiling.
        public var onlyStage: String?
        /// Evaluate only these rules (all when nil): for profiling one rule under callgrind.
        public var ruleIDs: Set<String>?
        public init() {}
    }

    /// One measured row of the report.
    public struct Row: Sendable {
        public var stage: String
        public var documentsPerSecond: Double?
        public var megabytesPerSecond: Double?
        public var note: String
    }

    public let engine: Engine
    public let options: Options

    public init(engine: Engine, options: Options) {
        self.engine = engine
        self.options = options
    }

    /// The corpus as bytes (generated once, in memory).
    public func corpus() -> [[UInt8]] {
        let generator = CorpusGenerator(seed: options.seed)
        return (0..<options.documents).map { Array(generator.document($0).utf8) }
    }

    /// The in-memory stages: floor, load, evaluate, load + evaluate.
    public func measureInMemory(_ corpus: [[UInt8]]) -> [Row] {
        let bytes = Double(corpus.reduce(0) { $0 + $1.count })
        func row(_ stage: String, _ seconds: Double, note: String = "") -> Row {
            Row(stage: stage, documentsPerSecond: Double(corpus.count) / seconds, megabytesPerSecond: bytes / seconds / 1_000_000, note: note)
        }
        let only = options.onlyStage
        func wanted(_ stage: String) -> Bool { only == nil || only == stage }
        // Loaded before timing starts: evaluation is measured over the same trees every round.
        let documents = corpus.compactMap { bytes -> Document? in
            guard case .loaded(let document) = DocumentLoader.load(bytes: bytes, path: "bench.yaml", tables: engine.ruleSet.tables) else { return nil }
            return document
        }
        var findings = 0
        let rules = options.ruleIDs.map { ids in engine.ruleSet.rules.filter { ids.contains($0.id) } } ?? engine.ruleSet.rules
        var stages = InterleavedRounds()
        if wanted("floor") {
            stages.add("floor") { { range in for index in range { _ = YAMLLoader.countEvents(bytes: corpus[index]) } } }
        }
        if wanted("load") {
            // A fresh scalar memo every round, as a batch's worker starts with (see `evaluate`).
            stages.add("load") {
                let memo = ScalarMemo()
                return { range in
                    for index in range { _ = try? YAMLLoader.load(bytes: corpus[index], path: "bench.yaml", memo: memo) }
                }
            }
        }
        if wanted("evaluate") {
            let engine = engine
            let documents = documents
            stages.add("evaluate") {
                findings = 0
                // Fresh memos every round, as a batch's worker starts with: a round reuses what
                // earlier documents of the corpus left, never what an earlier round of the same
                // ones did.
                var memos = EvaluationMemos()
                return { range in
                    // Clamped: a document that failed to load is not in `documents`.
                    for document in documents[min(range.lowerBound, documents.count)..<min(range.upperBound, documents.count)] {
                        let architecture = engine.architectures[document.header.stateBodyID]
                        findings += engine.check(document, language: .en, architecture: architecture, rules: rules, memos: &memos).findings.count
                    }
                }
            }
        }
        if wanted("both") {
            let engine = engine
            stages.add("both") {
                var memos = EvaluationMemos()
                let scalars = ScalarMemo()
                return { range in
                    for index in range {
                        if case .loaded(let document) = DocumentLoader.load(bytes: corpus[index], path: "bench.yaml", tables: engine.ruleSet.tables, memo: scalars) {
                            _ = engine.check(document, language: .en, memos: &memos)
                        }
                    }
                }
            }
        }
        let times = stages.run(rounds: options.runs, count: corpus.count)
        func seconds(_ stage: String) -> Double { InterleavedRounds.median(times[stage] ?? []) }
        let (floor, load, evaluate, both) = (seconds("floor"), seconds("load"), seconds("evaluate"), seconds("both"))
        // Only the stages measured get a row (and a share of the floor only when it was measured):
        // a stage left out by `--only` has no time, and a row for it would show a made-up figure.
        let percent = { (stage: String) in
            guard let reference = times["floor"], let measured = times[stage] else { return "" }
            return String(format: "%.0f%% of the floor", InterleavedRounds.medianShare(of: measured, against: reference) * 100)
        }
        var rows: [Row] = []
        if wanted("floor") { rows.append(row("libyaml event parsing (floor)", floor)) }
        if wanted("load") { rows.append(row("load only (YAML → node tree)", load, note: percent("load"))) }
        if wanted("evaluate") {
            rows.append(Row(
                stage: "evaluate only (\(rules.count) rule\(rules.count == 1 ? "" : "s"))", documentsPerSecond: Double(documents.count) / evaluate,
                megabytesPerSecond: nil, note: "\(findings) findings in \(documents.count) documents"))
        }
        if wanted("both") { rows.append(row("load + evaluate, 1 core", both, note: percent("both"))) }
        return rows
    }

    /// The rules that cost the most: each rule alone over the loaded corpus, in microseconds per
    /// document, slowest first — where to look when evaluation is slow. Each figure is net of
    /// `fixed`, the cost of checking a document with no rule at all (its value tree, the schema
    /// warnings), which every rule's run pays alike and which would otherwise hide the rules' own
    /// differences (it is most of a typical rule's gross figure).
    public func ruleCosts(_ corpus: [[UInt8]]) -> (fixed: Double, rules: [(id: String, microseconds: Double)]) {
        let documents = corpus.compactMap { bytes -> Document? in
            guard case .loaded(let document) = DocumentLoader.load(bytes: bytes, path: "bench.yaml", tables: engine.ruleSet.tables) else { return nil }
            return document
        }
        guard !documents.isEmpty else { return (0, []) }
        func cost(_ rules: [Rule]) -> Double {
            let seconds = median {
                var memos = EvaluationMemos()
                for document in documents {
                    _ = engine.check(
                        document, language: .en, architecture: engine.architectures[document.header.stateBodyID], rules: rules,
                        memos: &memos)
                }
            }
            return seconds / Double(documents.count) * 1e6
        }
        Self.ruleBoundary("(no rule)")
        let fixed = cost([])
        // Each rule's runs alternate, slice by slice, with runs of no rule, and the difference is
        // taken within each round: on a shared host the rules' own costs (a few µs) are smaller
        // than the drift between two stages timed seconds apart. A first pass of no rule over each
        // slice ("warm") is not counted: the stage after it finds the slice's documents in the
        // caches, and both counted stages must.
        func ownCost(_ rule: Rule) -> Double {
            var rounds = InterleavedRounds()
            for (name, rules) in [("warm", [Rule]()), ("none", [Rule]()), ("rule", [rule])] {
                rounds.add(name) { [engine] in
                    var memos = EvaluationMemos()
                    return { range in
                        for document in documents[range] {
                            _ = engine.check(
                                document, language: .en, architecture: engine.architectures[document.header.stateBodyID], rules: rules,
                                memos: &memos)
                        }
                    }
                }
            }
            let times = rounds.run(rounds: options.runs, count: documents.count)
            let differences = zip(times["rule"] ?? [], times["none"] ?? []).map { $0 - $1 }
            return InterleavedRounds.median(differences) / Double(documents.count) * 1e6
        }
        // Dossier rules never run on a single document: they would only pull the median down.
        let costs = engine.ruleSet.rules.filter { !$0.scope.isDossier }.map { rule -> (id: String, microseconds: Double) in
            Self.ruleBoundary(rule.id)
            return (id: rule.id, microseconds: max(0, ownCost(rule)))
        }
        Self.ruleBoundary("(end)")
        return (fixed, costs.sorted { $0.microseconds > $1.microseconds })
    }

    /// Called before each rule's measurement (and once after the last), and nothing else: under
    /// `valgrind --tool=callgrind --dump-before='*ruleBoundary*'` each rule's runs land in a dump of
    /// their own, so a rule's cost can be read in instructions instead of noisy wall time
    /// (Performance.md).
    @inline(never) static func ruleBoundary(_ id: String) {
        boundaryMarks.withLock { $0 += 1 }
    }
    private static let boundaryMarks = Mutex(0)

    /// Batch checking of files on disk with 1 job and with `options.jobs`, and libyaml's event
    /// parsing of the same files' bytes on 1 and on `options.jobs` threads (the host's own
    /// scaling), all four in the same rounds.
    ///
    /// A share is taken within each round and its median reported, as for the in-memory stages:
    /// on a host whose speed drifts, the 1-job and the N-job batches timed one after the other
    /// compared two speeds of the machine. The floor on N threads tells what the host gives plain
    /// C code with no shared state on N cores at the same moments (seen here: anywhere from 1.3×
    /// to 2.2× on two vCPUs, minutes apart), so a batch's speed-up reads against the machine's
    /// rather than against an ideal N×.
    public func measureBatch(files: [String]) -> [Row] {
        let corpus = files.map { path in BoundedReader.bytes(of: path) ?? [] }
        let bytes = Double(corpus.reduce(0) { $0 + $1.count })
        let jobCounts = Array(Set([1, max(1, options.jobs)])).sorted()
        // The host's scaling is only a reference for a batch on more than one core.
        let compareWithHost = jobCounts.count > 1
        var stages = InterleavedRounds()
        for jobs in jobCounts {
            // Every worker's engine is ready before the clock starts, as the first one's is: `check`
            // loads them side by side with the main engine (`EnginePrefetch`), so they cost the
            // batch no wall time on the cores it runs on.
            let spares = (1..<jobs).map { _ in engine.reloaded() }
            let checker = BatchChecker(engine: engine, language: .en, jobs: jobs, workerEngine: { worker in spares[worker - 1] })
            stages.add("batch \(jobs)", whole: { checker.check(files: files) { _ in } })
            if compareWithHost { stages.add("floor \(jobs)", whole: { Self.parseEvents(corpus, threads: jobs) }) }
        }
        let times = stages.run(rounds: options.runs, count: 1)
        func speedUp(_ stage: String, over single: String) -> Double {
            InterleavedRounds.medianShare(of: times[stage] ?? [], against: times[single] ?? [])
        }
        func row(_ name: String, of stage: String, note: String) -> Row {
            let seconds = InterleavedRounds.median(times[stage] ?? [])
            return Row(stage: name, documentsPerSecond: Double(files.count) / seconds, megabytesPerSecond: bytes / seconds / 1_000_000, note: note)
        }
        var rows = jobCounts.map { jobs in
            row("batch from disk, \(jobs) job\(jobs == 1 ? "" : "s")", of: "batch \(jobs)",
                note: jobs == 1 ? "" : String(format: "%.2f× the 1-job throughput", speedUp("batch \(jobs)", over: "batch 1")))
        }
        if compareWithHost, let jobs = jobCounts.last {
            rows.append(row("libyaml event parsing, \(jobs) threads", of: "floor \(jobs)",
                            note: String(format: "%.2f× 1 thread: the host's own scaling", speedUp("floor \(jobs)", over: "floor 1"))))
        }
        return rows
    }

    /// libyaml's event parsing of every document of `corpus`, shared out over `threads` threads
    /// (document i to thread i mod `threads`), nothing shared between them but the tally: the
    /// number of events parsed (a document libyaml refuses counts none).
    @discardableResult
    static func parseEvents(_ corpus: [[UInt8]], threads: Int) -> Int {
        let threads = max(1, threads)
        let total = Atomic<Int>(0)
        DispatchQueue.concurrentPerform(iterations: threads) { worker in
            var events = 0
            for index in stride(from: worker, to: corpus.count, by: threads) {
                events += YAMLLoader.countEvents(bytes: corpus[index]) ?? 0
            }
            total.add(events, ordering: .relaxed)
        }
        return total.load(ordering: .relaxed)
    }

    /// The median wall time in seconds of `options.runs` runs of `body` (after one warm-up run).
    func median(_ body: @escaping () -> Void) -> Double {
        var stage = InterleavedRounds()
        stage.add("run", whole: body)
        return InterleavedRounds.median(stage.run(rounds: options.runs, count: 1)["run"] ?? [])
    }

    /// Writes documents `0..<count` of the corpus as files under `directory` (existing files are
    /// kept), returning their paths in order.
    public static func writeCorpus(count: Int, seed: UInt64, to directory: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let generator = CorpusGenerator(seed: seed)
        return try (0..<count).map { index in
            let path = directory + "/" + String(format: "doc-%06d.yaml", index)
            if !FileManager.default.fileExists(atPath: path) {
                try generator.document(index).write(toFile: path, atomically: false, encoding: .utf8)
            }
            return path
        }
    }
}
