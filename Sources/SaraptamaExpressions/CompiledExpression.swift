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
        var scratch = EvaluationScratch()
        // Reads what the activation learned; adding to its tables would copy them whole.
        scratch.normalized = activation.scratch.normalized
        scratch.normalized.grows = false
        scratch.lookups = activation.scratch.lookups
        scratch.lookups.grows = false
        return try evaluate(activation.layout, activation.values, activation.lookups, scratch: &scratch)
    }

    /// Evaluates like `evaluate(_:)`, and keeps in the activation what later evaluations with it
    /// can reuse (normalized texts, lookup answers, working storage): the faster way to evaluate
    /// many expressions over one document.
    public func evaluate(_ activation: inout Activation) throws(EvaluationError) -> Value {
        // The parts, not the activation: a copy of it would share the scratch, and growing a
        // shared scratch copies it.
        try evaluate(activation.layout, activation.values, activation.lookups, scratch: &activation.scratch)
    }

    private func evaluate(
        _ variableLayout: VariableLayout, _ variables: [Value], _ lookups: LookupBox,
        scratch: inout EvaluationScratch
    ) throws(EvaluationError) -> Value {
        // Slots are positions in the environment's variable list: an activation made for
        // another variable list would read the wrong variables.
        guard layout.isCompatible(with: variableLayout) else {
            throw EvaluationError(
                code: "eval-invalid-argument",
                message: "the activation declares variables \(variableLayout.names), but the "
                    + "expression was compiled for \(layout.names)",
                offset: 0)
        }
        if let value = plan.constant { return value }
        return try Evaluator.evaluate(
            plan, variables: variables, localCount: localCount, lookups: lookups, scratch: &scratch)
    }

    /// Whether the result does not depend on any variable or lookup (folded at compile time).
    public var isConstant: Bool { plan.constant != nil }
}
