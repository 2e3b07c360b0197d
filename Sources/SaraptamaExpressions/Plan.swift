// The evaluable form of an expression, produced by the planner: names are resolved to slots,
// functions to implementations, literal regexes compiled, constant sub-expressions folded.
// Every node that can fail carries the offset its error points at.

indirect enum Plan: Sendable {
    case constant(Value)
    /// A variable of the activation, by slot.
    case variable(Int)
    /// A macro iteration variable, by local slot.
    case local(Int)
    case select(Plan, field: String, offset: Int)
    case has(Plan, field: String, offset: Int)
    case index(Plan, Plan, offset: Int)
    case list([Plan])
    /// Keys and values in order; `keyOffsets` locate bad or duplicate keys.
    case map(keys: [Plan], values: [Plan], keyOffsets: [Int])
    case not(Plan, offset: Int)
    case negate(Plan, offset: Int)
    /// `+ - * / %`.
    case arithmetic(BinaryOperator, Plan, Plan, offset: Int)
    /// `< <= > >=`.
    case order(BinaryOperator, Plan, Plan, offset: Int)
    case equal(Plan, Plan, negated: Bool)
    case membership(Plan, Plan, offset: Int)
    case and(Plan, Plan, offset: Int)
    case or(Plan, Plan, offset: Int)
    case conditional(Plan, Plan, Plan, offset: Int)
    case call1(UnaryFunction, Plan, offset: Int)
    case call2(BinaryFunction, Plan, Plan, offset: Int)
    case lookup(LookupKind, Plan, Plan, offset: Int)
    case comprehension(ComprehensionPlan)
    /// A node the checker should have rejected; kept so evaluation reports it, never traps.
    case failure(EvaluationError)

    var constantValue: Value? {
        if case .constant(let value) = self { return value }
        return nil
    }
}

struct ComprehensionPlan: Sendable {
    var kind: MacroKind
    var range: Plan
    /// Local slot of the iteration variable.
    var slot: Int
    var filter: Plan?
    var body: Plan
    /// Offset of the macro name, where iteration errors point.
    var offset: Int
}
