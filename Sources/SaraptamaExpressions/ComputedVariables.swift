// Named expressions declared beside the expressions that use them, as CEL policies' `variables`
// are: a rule's `when`, `assert` and messages in three languages share one lookup and one
// computation instead of each writing it out again.
//
// A variable is evaluated lazily, the first time an expression reads it, and its value is kept
// in the activation's scratch until a variable of the activation is set again (`Activation.set`,
// once per match, starts a new generation of the table): so it costs nothing when unread, is computed once per match however many
// expressions read it, and an error in it surfaces only where it is needed.

/// A computed variable: its name, its compiled expression, and where its text was written.
/// A class: its identity tells a cached value of this variable from another's in the same slot.
final class ComputedVariable: Sendable {
    let name: String
    /// Position in the scratch's table of computed values.
    let index: Int
    let expression: CompiledExpression
    /// Describes an offset in the variable's text for error messages (e.g. `file:line:col`).
    let locate: @Sendable (Int) -> String

    /// Whether the expression can be evaluated in the reading evaluation's own context: it uses
    /// no macro slot and no shared-value slot, so it cannot disturb the reader's (most variables:
    /// a lookup, a field, a conversion). Otherwise it gets a nested context of its own.
    let direct: Bool

    init(name: String, index: Int, expression: CompiledExpression, locate: @escaping @Sendable (Int) -> String) {
        self.name = name
        self.index = index
        self.expression = expression
        self.locate = locate
        self.direct = expression.localCount == 0 && !(expression.plan is CacheScopeNode)
    }
}

/// A computed variable's value remembered for the current inputs of the activation.
struct ComputedValue {
    var owner: ObjectIdentifier?
    /// The table's generation the value was computed in: current only while it is the table's.
    var generation: UInt64 = 0
    var value: Value = .null
}

/// The values of an activation's computed variables by index. `Activation.set` starts a new
/// generation instead of emptying the table, so a match costs no allocation: an entry is current
/// when it is this variable's (`owner`) and of this generation. The table only grows, to the
/// highest index read; an entry's stale value is released when the entry is next written.
struct ComputedValues {
    var entries: [ComputedValue] = []
    /// Starts at 1, so the entries' initial 0 is never current.
    var generation: UInt64 = 1

    /// The current value of the variable `owner` at `index`, or nil.
    @inline(__always)
    func value(at index: Int, owner: ObjectIdentifier) -> Value? {
        guard index < entries.count else { return nil }
        let entry = entries[index]
        return entry.owner == owner && entry.generation == generation ? entry.value : nil
    }

    mutating func remember(_ value: Value, at index: Int, owner: ObjectIdentifier) {
        while entries.count <= index { entries.append(ComputedValue()) }
        entries[index] = ComputedValue(owner: owner, generation: generation, value: value)
    }
}

extension ExpressionEnvironment {
    /// This environment, plus `name` as a variable whose value is `expression` (compiled in this
    /// environment, so it may read the variables declared before it). Expressions compiled in
    /// the result read it like any variable; it is evaluated at most once per activation state.
    ///
    /// - Parameter locate: describes an offset in the expression's text, to place an error in it
    ///   (it is reported where the variable is read, naming where in the variable it happened).
    public func declaring(
        _ name: String, as expression: CompiledExpression,
        locate: @escaping @Sendable (Int) -> String = { "offset \($0)" }
    ) -> ExpressionEnvironment {
        precondition(expression.layout.isCompatible(with: layout), "a variable must be compiled in the environment it extends")
        var extended = self
        extended.computed[name] = ComputedVariable(name: name, index: computed.count, expression: expression, locate: locate)
        return extended
    }

    /// The names of the computed variables, for suggestions.
    var computedNames: [String] { Array(computed.keys) }
}

/// Reads a computed variable: its remembered value, or evaluates it now (in a nested
/// evaluation with its own macro slots, sharing the scratch's memos) and remembers it.
final class ComputedVariableNode: PlanNode {
    let variable: ComputedVariable
    let offset: Int

    init(_ variable: ComputedVariable, offset: Int) {
        self.variable = variable
        self.offset = offset
    }

    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value {
        let index = variable.index
        let owner = ObjectIdentifier(variable)
        if let value = context.scratch.computed.value(at: index, owner: owner) { return value }
        let value: Value
        do {
            value = variable.direct
                ? try variable.expression.plan.evaluate(&context) : try Evaluator.nested(variable.expression, in: &context)
        } catch {
            let place = variable.locate(error.offset)
            if let detail = error.localizedMessage() {
                throw EvaluationError(
                    code: error.code, template: "eval-failed.variable",
                    arguments: ["name": variable.name, "place": place].merging(detail) { a, _ in a }, offset: offset)
            }
            throw EvaluationError(
                code: error.code,
                message: "in variable '\(variable.name)' at \(place): \(error.message)",
                offset: offset)
        }
        context.scratch.computed.remember(value, at: index, owner: owner)
        return value
    }
}

extension Evaluator {
    /// Evaluates `expression` with the variables and lookups of `context`, in a scratch of its
    /// own for macro slots and shared values (the outer evaluation's stay untouched; reused from
    /// one nested evaluation to the next), but lending it the outer scratch's memos and computed values.
    static func nested(_ expression: CompiledExpression, in context: inout EvaluationContext) throws(EvaluationError) -> Value {
        if let value = expression.plan.constant { return value }
        var inner = context.scratch.spare.popLast() ?? EvaluationScratch()
        swap(&inner.normalized, &context.scratch.normalized)
        swap(&inner.lookups, &context.scratch.lookups)
        swap(&inner.computed, &context.scratch.computed)
        defer {
            swap(&inner.normalized, &context.scratch.normalized)
            swap(&inner.lookups, &context.scratch.lookups)
            swap(&inner.computed, &context.scratch.computed)
            context.scratch.spare.append(inner)
        }
        return try EvaluationContext.with(
            variables: context.variables, localCount: expression.localCount, lookups: context.lookups, scratch: &inner
        ) { (inner) throws(EvaluationError) in try expression.plan.evaluate(&inner) }
    }
}
