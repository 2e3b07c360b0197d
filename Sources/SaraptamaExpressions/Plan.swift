// The evaluable form of an expression, produced by the planner: a tree of small immutable
// nodes, each knowing how to evaluate itself. Names are already resolved to slots, functions to
// implementations, literal regexes compiled and constant sub-expressions folded, so evaluation
// does no lookup by name. Nodes are final classes rather than enum cases so that walking the
// tree borrows children instead of copying (and reference-counting) enum payloads.

/// One node of a plan. Every node that can fail carries the offset its error points at.
protocol PlanNode: Sendable {
    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value
    /// The value, for a node known at compile time.
    var constant: Value? { get }
}

extension PlanNode {
    var constant: Value? { nil }
}

/// What one evaluation reads and counts: the activation's variables, macro variables, the
/// lookup provider, and the macro iterations run so far.
struct EvaluationContext {
    let variables: [Value]
    var locals: [Value]
    let lookups: LookupBox
    var iterations = 0
    /// Recent normalizations: rules test one text against many catalogue entries in a row
    /// (`contains_any`) and look the same key up several times in one expression (`lookup`,
    /// `norm`), so each text is normalized once per run of calls.
    var normalized = NormalizationMemo()

    init(variables: [Value], localCount: Int, lookups: LookupBox) {
        self.variables = variables
        self.locals = localCount == 0 ? [] : Array(repeating: .null, count: localCount)
        self.lookups = lookups
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

final class ConstantNode: PlanNode {
    let value: Value
    init(_ value: Value) { self.value = value }
    var constant: Value? { value }
    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value { value }
}

/// A variable of the activation, by slot.
final class VariableNode: PlanNode {
    let slot: Int
    init(slot: Int) { self.slot = slot }
    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value {
        context.variables[slot]
    }
}

/// A macro iteration variable, by local slot.
final class LocalNode: PlanNode {
    let slot: Int
    init(slot: Int) { self.slot = slot }
    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value {
        context.locals[slot]
    }
}

/// A node the checker should have rejected; kept so evaluation reports it, never traps.
final class FailureNode: PlanNode {
    let error: EvaluationError
    init(_ error: EvaluationError) { self.error = error }
    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value { throw error }
}

extension OperationFailure {
    /// Runs an operation, placing its failure at `offset`.
    @inline(__always)
    static func locate<T>(_ offset: Int, _ body: () throws(OperationFailure) -> T)
        throws(EvaluationError) -> T
    {
        do throws(OperationFailure) {
            return try body()
        } catch {
            throw error.at(offset)
        }
    }
}

/// The last four texts normalized with `TextNormalization.key` and their normal forms. Four
/// because the costliest rules alternate between two or three texts (an attribute's name, its
/// source system, an integration's system); a hit costs a length check and a memcmp, a miss a
/// normalization (an allocation for any text not already normal). Stored inline, not in an
/// array, so a fresh context allocates nothing.
struct NormalizationMemo {
    private var raw0 = "", key0 = "", raw1 = "", key1 = "", raw2 = "", key2 = "", raw3 = "", key3 = ""
    private var next = 0

    /// `TextNormalization.key(text)`, remembered.
    mutating func key(_ text: String) -> String {
        if UTF8Search.equal(text, raw0) { return key0 }
        if UTF8Search.equal(text, raw1) { return key1 }
        if UTF8Search.equal(text, raw2) { return key2 }
        if UTF8Search.equal(text, raw3) { return key3 }
        let key = TextNormalization.key(text)
        switch next {
        case 0: (raw0, key0) = (text, key)
        case 1: (raw1, key1) = (text, key)
        case 2: (raw2, key2) = (text, key)
        default: (raw3, key3) = (text, key)
        }
        next = (next + 1) & 3
        return key
    }
}
