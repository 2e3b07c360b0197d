import Dispatch

/// Checks many document files with one engine on several cores. Results come back in the order
/// of `files` whatever the thread timing, so output is reproducible; files are taken in windows
/// of a few per core, so memory is bounded by the work in flight, not by the number of files.
/// A document that fails to load becomes a result with problems; it never stops the batch.
public struct BatchChecker: Sendable {
    public let engine: Engine
    public let language: Language
    /// Worker threads; 1 checks on the calling thread.
    public let jobs: Int

    public init(engine: Engine, language: Language, jobs: Int = 1) {
        self.engine = engine
        self.language = language
        self.jobs = max(1, jobs)
    }

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
            for file in files { consume(check(file: file)) }
            return
        }
        // Windows of several files per worker keep every core busy between the barriers while
        // holding only `window` results at a time.
        let window = jobs * 8
        var start = 0
        while start < files.count {
            let slice = Array(files[start..<min(start + window, files.count)])
            let slots = ResultSlots(count: slice.count)
            let checker = self
            DispatchQueue.concurrentPerform(iterations: slice.count) { index in
                slots.store(checker.check(file: slice[index]), at: index)
            }
            for result in slots.drain() { consume(result) }
            start += slice.count
        }
    }

    public func check(file: String) -> DocumentResult {
        switch DocumentLoader.load(path: file) {
        case .loaded(let document):
            let result = engine.check(document, language: language)
            // Findings carry their own excerpts; the document's text is kept only where problems
            // must be quoted (and for standard input, which cannot be read again), so a batch of
            // thousands of documents does not hold every file in memory.
            guard result.problems.isEmpty, file != "-" else { return result }
            return DocumentResult(
                file: result.file, header: result.header, findings: result.findings, problems: result.problems,
                checkedRules: result.checkedRules, source: nil)
        case .failed(let result):
            return result
        }
    }
}

/// Write-once slots filled concurrently: each index is written by exactly one iteration of
/// `concurrentPerform`, and read only after it returns, so no lock is needed.
private final class ResultSlots: @unchecked Sendable {
    private var results: [DocumentResult?]

    init(count: Int) { results = Array(repeating: nil, count: count) }

    func store(_ result: DocumentResult, at index: Int) {
        results.withUnsafeMutableBufferPointer { $0[index] = result }
    }

    func drain() -> [DocumentResult] { results.compactMap { $0 } }
}
