/// The values of the variables for one evaluation, plus the lookup provider. Create one per
/// document (it is a small struct holding an array) and `set` the variables that change per item.
public struct Activation: Sendable {
    let layout: VariableLayout
    private(set) var values: [Value]
    /// Boxed so that starting an evaluation copies one reference, whatever the provider holds.
    let lookups: LookupBox
    /// What earlier evaluations with this activation (one document's rules) leave to later
    /// ones: normalized texts, and storage.
    var scratch = EvaluationScratch()

    /// Every variable starts as `null`.
    public init(environment: ExpressionEnvironment, lookups: any LookupProvider) {
        self.layout = environment.layout
        self.values = Array(repeating: .null, count: environment.layout.names.count)
        self.lookups = LookupBox(lookups)
    }

    /// Sets a declared variable. An undeclared name is a programmer error (precondition).
    public mutating func set(_ variable: String, _ value: consuming Value) {
        guard let slot = layout.slots[variable] else {
            preconditionFailure("variable '\(variable)' is not declared in the environment")
        }
        values[slot] = consume value
        forgetComputedValues()
    }

    /// The slot of a declared variable, for callers that set it in a hot loop.
    public func slot(of variable: String) -> Int? { layout.slots[variable] }

    /// Sets a variable by slot (see `slot(of:)`).
    public mutating func set(slot: Int, _ value: consuming Value) {
        precondition(values.indices.contains(slot), "no variable slot \(slot)")
        values[slot] = consume value
        forgetComputedValues()
    }

    /// Computed variables (ComputedVariables.swift) read the variables just changed: their
    /// remembered values go stale by a new generation, not by emptying the table (which cost an
    /// allocation and unspecialised array work per match; Performance.md).
    @inline(__always)
    private mutating func forgetComputedValues() {
        scratch.computed.generation &+= 1
    }

    /// The current value of a declared variable.
    public subscript(variable: String) -> Value? {
        layout.slots[variable].map { values[$0] }
    }
}

/// A lookup provider behind one reference.
final class LookupBox: Sendable {
    let provider: any LookupProvider
    init(_ provider: any LookupProvider) { self.provider = provider }

    static let empty = LookupBox(EmptyLookupProvider())
}
