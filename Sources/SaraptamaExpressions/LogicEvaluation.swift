// `&&`, `||` and the all/exists macros follow CEL's commutative semantics: a deciding operand
// (false for &&, true for ||) wins even over an error in the other one, whichever side it is
// on. A non-bool operand counts as an error. The only error never absorbed is running out of
// the evaluation budget (`eval-too-costly`).

extension PlanNode {
    /// The node's value as a bool, or the error it produced (kept so another operand may
    /// absorb it).
    func condition(_ context: inout EvaluationContext, _ what: String, offset: Int)
        -> Result<Bool, EvaluationError>
    {
        do throws(EvaluationError) {
            let value = try evaluate(&context)
            guard case .bool(let flag) = value else {
                return .failure(
                    OperationFailure.wrongType("\(what) must be bool, found \(value.typeName)").at(offset))
            }
            return .success(flag)
        } catch {
            return .failure(error)
        }
    }
}

/// `&&` (deciding value false) and `||` (deciding value true).
final class LogicalNode: PlanNode {
    let left: any PlanNode
    let right: any PlanNode
    /// The value that decides the result alone: false for `&&`, true for `||`.
    let decisive: Bool
    let offset: Int

    init(_ left: any PlanNode, _ right: any PlanNode, decisive: Bool, offset: Int) {
        self.left = left
        self.right = right
        self.decisive = decisive
        self.offset = offset
    }

    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value {
        let what = decisive ? "an operand of '||'" : "an operand of '&&'"
        let first = left.condition(&context, what, offset: offset)
        if case .success(decisive) = first { return .bool(decisive) }
        if case .failure(let error) = first, error.isFinal { throw error }
        let second = right.condition(&context, what, offset: offset)
        switch (first, second) {
        case (_, .success(decisive)): return .bool(decisive)
        case (_, .failure(let error)) where error.isFinal: throw error
        case (.failure(let error), _), (_, .failure(let error)): throw error
        default: return .bool(!decisive)
        }
    }
}

extension EvaluationError {
    /// Exhausting the evaluation budget is not a data error a deciding operand may absorb.
    var isFinal: Bool { code == "eval-too-costly" }
}
