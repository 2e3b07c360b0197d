/// A parsed, checked and planned expression: immutable, shareable between threads, and cheap to
/// evaluate many times (no parsing, name lookup or regex compilation happens per evaluation).
public struct CompiledExpression: Sendable {
    /// The text the expression was compiled from.
    public let source: String
    let plan: any PlanNode
    let localCount: Int
    let layout: VariableLayout

    init(source: String, plan: any PlanNode, localCount: Int, layout: VariableLayout) {
        self.source = source
        self.plan = plan
        self.localCount = localCount
        self.layout = layout
    }

    /// Evaluates against the variables of `activation`. Errors (missing key, wrong type,
    /// overflow…) are thrown with the offset of the failing sub-expression; evaluation never
    /// traps on data and is bounded in time (see `ExpressionLimits`).
    public func evaluate(_ activation: Activation) throws(EvaluationError) -> Value {
        // Slots are positions in the environment's variable list: an activation made for
        // another variable list would read the wrong variables.
        guard layout.isCompatible(with: activation.layout) else {
            throw EvaluationError(
                code: "eval-invalid-argument",
                message: "the activation declares variables \(activation.layout.names), but the "
                    + "expression was compiled for \(layout.names)",
                offset: 0)
        }
        if let value = plan.constant { return value }
        return try Evaluator.evaluate(
            plan, variables: activation.values, localCount: localCount, lookups: activation.lookups)
    }

    /// Whether the result does not depend on any variable or lookup (folded at compile time).
    public var isConstant: Bool { plan.constant != nil }
}
