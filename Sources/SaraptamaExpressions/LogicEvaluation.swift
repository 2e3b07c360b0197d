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
        // Written out rather than through `condition`'s Results: this is the most evaluated node
        // of every rule, and the Results cost copies of the error on every path.
        var firstError: EvaluationError?
        let first = operand(left, &context, &firstError)
        if first == decisive { return .bool(decisive) }
        if let firstError, firstError.isFinal { throw firstError }
        var secondError: EvaluationError?
        let second = operand(right, &context, &secondError)
        if second == decisive { return .bool(decisive) }
        if let secondError, secondError.isFinal { throw secondError }
        // The left operand's error first, as with Results.
        if let error = firstError ?? secondError { throw error }
        return .bool(!decisive)
    }

    /// The operand's bool, or nil with the error it produced (a non-bool counts as one).
    @inline(__always)
    private func operand(_ node: any PlanNode, _ context: inout EvaluationContext, _ error: inout EvaluationError?)
        -> Bool?
    {
        do throws(EvaluationError) {
            let value = try node.evaluate(&context)
            if case .bool(let flag) = value { return flag }
            let what = decisive ? "an operand of '||'" : "an operand of '&&'"
            error = OperationFailure.wrongType("\(what) must be bool, found \(value.typeName)").at(offset)
        } catch let failure {
            error = failure
        }
        return nil
    }
}

extension EvaluationError {
    /// Exhausting the evaluation budget is not a data error a deciding operand may absorb.
    var isFinal: Bool { code == "eval-too-costly" }
}
