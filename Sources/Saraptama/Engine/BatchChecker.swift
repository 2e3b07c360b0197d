import Foundation
import SaraptamaExpressions
import SaraptamaLoading

/// Checks many document files on several cores. Results come back in the order of `files`
/// whatever the thread timing, so output is reproducible; workers run only a few files ahead of
/// the consumer, so memory is bounded by the work in flight, not by the number of files.
/// A document that fails to load becomes a result with problems; it never stops the batch.
public struct BatchChecker: Sendable {
    public let engine: Engine
    public let language: Language
    /// Worker threads; 1 checks on the calling thread.
    public let jobs: Int
    /// A private engine for worker `n` (1, 2, …; worker 0 uses `engine`), or nil to share
    /// `engine`. Why: every evaluation retains and releases the rule set's shared objects
    /// (rules, plans, catalogues, architectures); on one shared copy those reference counts
    /// bounce between cores, and two threads reached ~1.6× one where two processes reached ~2×.
    /// `EnginePrefetch` loads them ahead; a batch run several times may hand the same engines
    /// out again, since its workers of one run are done before the next starts.
    public let workerEngine: (@Sendable (_ worker: Int) -> Engine?)?
    /// False for reports that never show or match fingerprints (see `Engine.check`).
    public var fingerprints = true

    public init(engine: Engine, language: Language, jobs: Int = 1, workerEngine: (@Sendable (_ worker: Int) -> Engine?)? = nil) {
        self.engine = engine
        self.language = language
        self.jobs = max(1, jobs)
        self.workerEngine = workerEngine
    }

    /// Of every worker thread: documents and rule sets nest, and are walked recursively.
    static let workerStackSize = 8 << 20

    /// The number of cores this process may use, the default for `--jobs`.
    public static var availableCores: Int { ProcessInfoCores.active }

    /// One result per file, in the order of `files`.
    public func check(files: [String]) -> [DocumentResult] {
        var results: [DocumentResult] = []
        results.reserveCapacity(files.count)
        check(files: files) { results.append($0) }
        return results
    }

    /// Streams one result per file to `consume`, in the order of `files`, on the calling thread.
    public func check(files: [String], consume: (DocumentResult) -> Void) {
        guard jobs > 1, files.count > 1 else {
            var memos = EvaluationMemos()
            let scalars = ScalarMemo()
            for file in files { consume(check(file: file, memos: &memos, scalars: scalars)) }
            return
        }
        // Workers pull the next file as they finish one (no barrier), at most a few files per
        // worker ahead of the consumer, so memory holds only the results in flight.
        let pipeline = OrderedPipeline<DocumentResult>(count: files.count, window: jobs * 8)
        let workers = min(jobs, files.count)
        for worker in 0..<workers {
            let shared = self
            let thread = Thread {
                let engine = worker == 0 ? shared.engine : (shared.workerEngine?(worker) ?? shared.engine)
                var checker = BatchChecker(engine: engine, language: shared.language)
                checker.fingerprints = shared.fingerprints
                // Each worker carries its own memos from document to document.
                var memos = EvaluationMemos()
                let scalars = ScalarMemo()
                while let index = pipeline.next() {
                    pipeline.store(checker.check(file: files[index], memos: &memos, scalars: scalars), at: index)
                }
            }
            thread.stackSize = Self.workerStackSize
            thread.start()
        }
        for index in files.indices { consume(pipeline.take(index)) }
    }

    public func check(file: String) -> DocumentResult {
        var memos = EvaluationMemos()
        return check(file: file, memos: &memos)
    }

    /// Checks one file, reusing the memos of the files checked before on this thread (see
    /// `EvaluationMemos` and `ScalarMemo`).
    public func check(file: String, memos: inout EvaluationMemos, scalars: ScalarMemo? = nil) -> DocumentResult {
        switch DocumentLoader.load(path: file, tables: engine.ruleSet.tables, memo: scalars) {
        case .loaded(let document):
            let result = engine.check(document, language: language, fingerprints: fingerprints, memos: &memos)
            // Findings carry their own excerpts; the document's text is kept only where problems
            // must be quoted (and for standard input, which cannot be read again), so a batch of
            // thousands of documents does not hold every file in memory.
            guard result.problems.isEmpty, file != "-" else { return result }
            var kept = DocumentResult(
                file: result.file, header: result.header, findings: result.findings, problems: result.problems,
                checkedRules: result.checkedRules, source: nil, questions: result.questions)
            kept.reading = result.reading
            return kept
        case .failed(let result):
            return result
        }
    }
}
