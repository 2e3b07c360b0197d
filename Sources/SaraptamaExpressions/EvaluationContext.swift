// The state of one evaluation. What can outlive it — the normal forms of texts, and the
// storage for macro variables and shared values — is an EvaluationScratch, which an activation
// lends to each evaluation made with it (`CompiledExpression.evaluate(_: inout Activation)`),
// so that evaluating a document's rules allocates that storage once rather than per expression.

/// What one evaluation reads and counts: the activation's variables, macro variables, the
/// lookup provider, and the macro iterations run so far.
struct EvaluationContext {
    /// The activation's variables and lookup provider, borrowed rather than held: holding them
    /// retained and released both once per evaluation (about 340 per document, each an atomic
    /// operation). Valid, like `scratchPointer`, only inside `EvaluationContext.with`, whose
    /// caller keeps both alive.
    let variables: UnsafeBufferPointer<Value>
    unowned(unsafe) let lookups: LookupBox
    var iterations = 0
    /// The scratch the evaluation works in, reached through a pointer rather than moved in:
    /// the scratch is a few hundred bytes, and moving it into every evaluation and back out
    /// (about 200 per document) was 4% of evaluating. Valid only while the context lives, which
    /// is inside `EvaluationContext.with`, where the pointer comes from.
    private let scratchPointer: UnsafeMutablePointer<EvaluationScratch>
    /// Distinct from every stamp of an earlier evaluation with the same scratch: a shared value
    /// that reads no macro variable is current when computed under it.
    let evaluationStamp: Int

    var scratch: EvaluationScratch {
        unsafeAddress { UnsafePointer(scratchPointer) }
        nonmutating unsafeMutableAddress { scratchPointer }
    }

    private init(
        variables: UnsafeBufferPointer<Value>, localCount: Int, lookups: LookupBox,
        scratch: UnsafeMutablePointer<EvaluationScratch>
    ) {
        if scratch.pointee.locals.count < localCount {
            scratch.pointee.locals += Array(repeating: LocalBinding(), count: localCount - scratch.pointee.locals.count)
        }
        self.evaluationStamp = scratch.pointee.nextStamp()
        self.variables = variables
        self.lookups = lookups
        self.scratchPointer = scratch
    }

    /// Runs `body` with a context that works in `scratch`. The context must not outlive
    /// `body` (it is handed over `inout`, so it cannot escape).
    static func with<Result>(
        variables: UnsafeBufferPointer<Value>, localCount: Int, lookups: LookupBox, scratch: inout EvaluationScratch,
        _ body: (inout EvaluationContext) throws(EvaluationError) -> Result
    ) throws(EvaluationError) -> Result {
        try withUnsafeMutablePointer(to: &scratch) { (pointer) throws(EvaluationError) -> Result in
            var context = EvaluationContext(variables: variables, localCount: localCount, lookups: lookups, scratch: pointer)
            return try body(&context)
        }
    }

    /// Runs `body` with a context that works in `scratch`. The context must not outlive
    /// `body` (it is handed over `inout`, so it cannot escape).
    static func with<Result>(
        variables: [Value], localCount: Int, lookups: LookupBox, scratch: inout EvaluationScratch,
        _ body: (inout EvaluationContext) throws(EvaluationError) -> Result
    ) throws(EvaluationError) -> Result {
        try withExtendedLifetime(lookups) { () throws(EvaluationError) -> Result in
            try variables.withUnsafeBufferPointer { (variables) throws(EvaluationError) -> Result in
                try withUnsafeMutablePointer(to: &scratch) { (pointer) throws(EvaluationError) -> Result in
                    var context = EvaluationContext(
                        variables: variables, localCount: localCount, lookups: lookups, scratch: pointer)
                    return try body(&context)
                }
            }
        }
    }

    /// Binds a macro variable to the next element of its range.
    @inline(__always)
    mutating func bind(_ slot: Int, _ value: Value) {
        scratch.locals[slot] = LocalBinding(value: value, stamp: scratch.nextStamp())
    }

    /// Counts one macro iteration against `ExpressionLimits.maxIterations`.
    mutating func countIteration(at offset: Int) throws(EvaluationError) {
        iterations += 1
        guard iterations <= ExpressionLimits.maxIterations else {
            throw OperationFailure.tooCostly(
                "more than \(ExpressionLimits.maxIterations) macro iterations").at(offset)
        }
    }
}

/// Storage evaluations can pass on to the next one with the same activation.
struct EvaluationScratch {
    /// Normalizations already done: rules test one text against many catalogue entries in a
    /// row (`contains_any`) and look the same key up in many expressions (`lookup`, `norm`).
    var normalized = NormalizationCache()
    /// Answers of lookups already made with the activation's provider.
    var lookups = LookupMemo()
    /// Macro variables by slot, each with the stamp of its current binding. A slot is always
    /// bound before it is read, so what an earlier evaluation left here is never seen.
    var locals: [LocalBinding] = []
    /// Values of shared sub-expressions by cache slot (see `CachedNode`), grown by
    /// `CacheScopeNode`. Entries left by earlier evaluations carry older stamps, so they never
    /// pass for current ones.
    var cache: [CachedValue] = []
    /// Values of computed variables by index (see ComputedVariables.swift), valid until a
    /// variable of the activation is set again.
    var computed = ComputedValues()
    /// Scratches of nested evaluations (`Evaluator.nested`: a variable with a macro), kept for the
    /// next one: a fresh scratch per match cost its slot tables' allocations (ARC-002's variable
    /// made the rule dearer than the filter written out twice). Their clocks go on, so nothing an
    /// earlier nested evaluation left passes for current.
    var spare: [EvaluationScratch] = []
    private var clock = 0

    /// A stamp never handed out before by this scratch (the first is 1).
    @inline(__always)
    mutating func nextStamp() -> Int {
        clock += 1
        return clock
    }
}

/// The current value of a macro variable and the stamp of the binding that set it: stamps are
/// never reused, so a value cached under a binding can tell whether that binding still holds.
struct LocalBinding {
    var value: Value = .null
    var stamp = 0
}
