import Foundation

/// Private engines for the workers of a batch, each loaded on a thread of its own as soon as the
/// batch is known to need them.
///
/// Why: a worker after the first checks with an engine of its own (see `BatchChecker`), and
/// loading one takes a core about 50 ms. Loaded when the worker starts, that delayed the second
/// worker's first document by as much; loaded from the start of the command, side by side with
/// the main engine on the cores the batch is about to use, it delays nothing.
public final class EnginePrefetch: @unchecked Sendable {
    private let condition = NSCondition()
    private var ready: [Engine] = []
    private var loading: Int

    /// Starts `count` threads, each running `load` once.
    public init(count: Int, load: @escaping @Sendable () -> Engine?) {
        loading = max(0, count)
        for _ in 0..<loading {
            let thread = Thread { [self] in deliver(load()) }
            // Loading a rule set recurses through YAML and expressions, as checking does.
            thread.stackSize = BatchChecker.workerStackSize
            thread.start()
        }
    }

    /// An engine loaded for a worker, waiting for one still loading; nil when none is left
    /// (all taken, or failed to load: the worker then shares the main engine).
    public func take() -> Engine? {
        condition.lock()
        defer { condition.unlock() }
        while ready.isEmpty, loading > 0 { condition.wait() }
        return ready.popLast()
    }

    private func deliver(_ engine: Engine?) {
        condition.lock()
        loading -= 1
        if let engine { ready.append(engine) }
        condition.broadcast()
        condition.unlock()
    }
}
