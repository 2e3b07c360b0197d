// The evaluable form of an expression, produced by the planner: a tree of small immutable
// nodes, each knowing how to evaluate itself. Names are already resolved to slots, functions to
// implementations, literal regexes compiled and constant sub-expressions folded, so evaluation
// does no lookup by name. Nodes are final classes rather than enum cases so that walking the
// tree borrows children instead of copying (and reference-counting) enum payloads.

/// One node of a plan. Every node that can fail carries the offset its error points at.
/// Class-bound, so that an `any PlanNode` is a reference and a witness table: calling through it
/// needs no projection out of an existential box, and copying it is one retain.
protocol PlanNode: AnyObject, Sendable {
    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value
    /// The value, for a node known at compile time.
    var constant: Value? { get }
}

extension PlanNode {
    var constant: Value? { nil }
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
        context.scratch.locals[slot].value
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
