import SaraptamaLoading

/// `has(p1) && … && has(pk) && path == constant` (or `!=`), where every `pi` is a prefix of
/// `path`, all over one variable or macro variable, and the constant is a scalar: the guard the
/// rules put before nearly every comparison of an optional field
/// (`has(item.source) && has(item.source.kind) && item.source.kind == 'integration'`).
///
/// One walk down the document's mappings answers all the operands: every guard holds when the
/// whole path exists, a guard fails when its last field is the first one missing, and the
/// comparison reads the scalar in place. That replaces a walk per operand, a value made of each
/// field read, and a node evaluation per operator.
///
/// Only those cases are answered here; anything else (a value on the way that is not a document
/// mapping, a field missing where no guard ends) evaluates the chain it replaces, `fallback`, so
/// values and errors are exactly the chain's.
final class GuardedComparisonNode: PlanNode {
    let base: PathNode.Base
    let fields: [FieldName]
    /// For each field, whether a guard's path ends there: when that field is the first one
    /// missing, the guard is false, and so is the whole conjunction.
    let guardEnds: [Bool]
    /// The literal compared with. (Not named `constant`, which plan nodes use for a value known
    /// at compile time: this node's value is not.)
    let literal: Value
    let negated: Bool
    let fallback: any PlanNode
    private let hints = PositionHints()

    init(base: PathNode.Base, fields: [String], guardEnds: [Bool], literal: Value, negated: Bool, fallback: any PlanNode) {
        precondition(!fields.isEmpty && fields.count == guardEnds.count)
        self.base = base
        self.fields = fields.map(FieldName.init)
        self.guardEnds = guardEnds
        self.literal = literal
        self.negated = negated
        self.fallback = fallback
    }

    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value {
        let start: MappingView?
        switch base {
        case .variable(let slot): start = context.variables[slot].mappingView
        case .local(let slot): start = context.scratch.locals[slot].value.mappingView
        }
        guard let start, let answer = decide(start) else { return try fallback.evaluate(&context) }
        return .bool(answer)
    }

    /// The conjunction's value, or nil when the chain must be evaluated instead. Walks the fields
    /// down from `root` through views: the document outlives the evaluation, so no mapping on
    /// the way needs holding (see `MappingView`).
    private func decide(_ root: MappingView) -> Bool? {
        var mapping = root
        var index = 0
        while true {
            guard let position = mapping.index(of: fields[index], hint: hints[index]) else {
                // The first missing field: a guard ending here is false, and decides.
                return guardEnds[index] ? false : nil
            }
            hints.remember(position, at: index)
            if index == fields.count - 1 {
                switch mapping.entry(at: position).pointee.value.content {
                // The text bound by value, not the box borrowed: copying a short text changes no
                // reference count, where borrowing the box retained and released it.
                case .scalar(.string(let text), _):
                    if case .string(let expected) = literal { return UTF8Search.equal(text, expected) != negated }
                    return negated
                case .scalar(let scalar, _): return equal(scalar) != negated
                // A mapping or a sequence never equals a scalar.
                case .mapping, .sequence: return negated
                }
            }
            guard let inner = mapping.mapping(at: position) else { return nil }
            mapping = inner
            index += 1
        }
    }

    /// `==` of a document scalar and the literal, as `ValueOperations.equal` decides it.
    @inline(__always)
    private func equal(_ scalar: borrowing Scalar) -> Bool {
        switch scalar {
        case .string(let text):
            if case .string(let expected) = literal { return UTF8Search.equal(text, expected) }
            return false
        case .null: return ValueOperations.equal(.null, literal)
        case .bool(let flag): return ValueOperations.equal(.bool(flag), literal)
        case .int(let number): return ValueOperations.equal(.int(number), literal)
        case .double(let number): return ValueOperations.equal(.double(number), literal)
        }
    }
}

extension Value {
    /// null, a bool, a number or a string: what a guarded comparison compares in place.
    var isScalar: Bool {
        switch self {
        case .null, .bool, .int, .double, .string: true
        default: false
        }
    }
}
