// Common-subexpression elimination and loop-invariant hoisting. Rules repeat the same pure
// sub-expression many times in one expression (DAT-002 looks one attribute up in the same
// catalogue five times), and compare every element of one list with a value computed from
// another list (DAT-003 resolves the systems of a document's integrations once per attribute).
// Before planning, every sub-tree is numbered by structure: the same operation on the same
// payload with the same numbered operands, identifiers resolved to their variable or macro slot.
// A sub-tree is planned as a CachedNode when its number occurs more than once, or when it sits
// inside a macro, does work worth keeping (a call or a macro of its own) and does not read that
// macro's variable. Every occurrence of a number shares one cache slot of the evaluation, so the
// value is computed once per evaluation — or, for a sub-tree that reads macro variables, once per
// binding of the innermost one it reads.
//
// Every function is deterministic and every lookup reads a provider fixed for the evaluation,
// so a shared value is exactly what evaluating the occurrence again would give. Only values
// are shared, never errors: an occurrence whose sub-tree fails is evaluated again and fails at
// its own offset, so errors, and their absorption by && and ||, are unchanged. A shared macro
// runs its iterations once: the iteration budget (`ExpressionLimits.maxIterations`) bounds the
// work an evaluation does, and sharing only ever lowers it.

/// The structural number of one sub-tree, with those of its operands in `Expr.children` order.
struct SubexpressionShape {
    let id: Int
    /// The macro-variable slots the sub-tree reads that are bound outside it, one bit per slot.
    let reads: SlotSet
    /// False when the sub-tree reads a slot too deep for `SlotSet`: it is then never shared.
    let shareable: Bool
    /// True when the sub-tree calls a function or runs a macro: work worth hoisting out of a
    /// macro even when it occurs once (a field select costs about what a cache check does).
    let costly: Bool
    let children: [SubexpressionShape]

    /// The innermost macro-variable slot the sub-tree reads, or -1 when it reads none: a value
    /// computed under one binding of that slot holds until the slot is bound again (every outer
    /// slot it reads was bound before, and is only bound again after it).
    var depth: Int { reads.highest }
}

/// A set of macro-variable slots. Slots are nesting depths, and the parser's depth limit keeps
/// them small; a slot past the 64th makes its sub-trees unshareable rather than wrong.
struct SlotSet: Equatable {
    private(set) var bits: UInt64 = 0

    static let capacity = 64

    init() {}

    init(slot: Int) { bits = 1 << UInt64(slot) }

    var highest: Int { bits == 0 ? -1 : Self.capacity - 1 - bits.leadingZeroBitCount }

    func union(_ other: SlotSet) -> SlotSet {
        var result = self
        result.bits |= other.bits
        return result
    }

    func removing(_ slot: Int) -> SlotSet {
        var result = self
        if slot < Self.capacity { result.bits &= ~(1 << UInt64(slot)) }
        return result
    }
}

/// Numbers the sub-trees of one expression and counts how often each number occurs.
struct SubexpressionNumbering {
    private struct Key: Hashable {
        let tag: String
        let operands: [Int]
    }

    /// What the numbering is for.
    enum Mode {
        /// Number every sub-tree by structure: repeats are shared and loop-invariant work hoisted.
        case full
        /// Give every sub-tree a number of its own, so only loop-invariant work is hoisted: for
        /// an expression evaluated once per use (a message interpolation) that holds a macro. No
        /// tag is built or hashed, which is most of the cost of numbering.
        case hoisting
        /// Share nothing: an expression evaluated once per use, without a macro to hoist from.
        case none
    }

    private let mode: Mode
    private var numbers: [Key: Int] = [:]
    /// Occurrences by number.
    private(set) var occurrences: [Int] = []
    /// Macro variables in scope with their slots, innermost last, as the planner assigns them.
    private var scopes: [(name: String, slot: Int)] = []

    init(mode: Mode = .full) { self.mode = mode }

    mutating func shape(of expr: Expr) -> SubexpressionShape {
        switch expr.kind {
        case .literal(let value):
            return leaf("l" + value.typeName + ":" + value.jsonText, reads: SlotSet())
        case .identifier(let name):
            if let scope = scopes.last(where: { $0.name == name }) {
                guard scope.slot < SlotSet.capacity else {
                    return SubexpressionShape(id: 0, reads: SlotSet(), shareable: false, costly: false, children: [])
                }
                return leaf("s\(scope.slot)", reads: SlotSet(slot: scope.slot))
            }
            return leaf("v" + name, reads: SlotSet())
        case .select(let operand, let field):
            return node("." + field, [shape(of: operand)])
        case .has(let operand, let field):
            return node("h" + field, [shape(of: operand)])
        case .index(let operand, let index):
            return node("[]", [shape(of: operand), shape(of: index)])
        case .call(let name, let receiver, let arguments):
            let operands = ((receiver.map { [$0] } ?? []) + arguments).map { shape(of: $0) }
            return node((receiver == nil ? "f" : "r") + name, operands, costly: true)
        case .list(let elements):
            return node("L", elements.map { shape(of: $0) })
        case .map(let entries):
            return node("M", entries.flatMap { [shape(of: $0.key), shape(of: $0.value)] })
        case .unary(let op, let operand):
            return node("u" + op.rawValue, [shape(of: operand)])
        case .binary(let op, let left, let right):
            return node("b" + op.rawValue, [shape(of: left), shape(of: right)])
        case .conditional(let condition, let then, let otherwise):
            return node("?", [shape(of: condition), shape(of: then), shape(of: otherwise)])
        case .comprehension(let comprehension):
            // The same slot rule as the planner's: the range is outside the macro's scope.
            let range = shape(of: comprehension.range)
            let slot = scopes.count
            scopes.append((comprehension.variable, slot))
            defer { scopes.removeLast() }
            let inner = (comprehension.filter.map { [shape(of: $0)] } ?? []) + [shape(of: comprehension.body)]
            // The macro binds its own variable: reading it inside is not reading it from outside.
            return node("m\(comprehension.kind.rawValue)\(slot)", [range] + inner, costly: true, binding: slot)
        }
    }

    private mutating func leaf(_ tag: @autoclosure () -> String, reads: SlotSet) -> SubexpressionShape {
        SubexpressionShape(id: identify(tag, operands: []), reads: reads, shareable: mode != .none, costly: false, children: [])
    }

    private mutating func node(
        _ tag: @autoclosure () -> String, _ children: [SubexpressionShape], costly: Bool = false, binding: Int? = nil
    ) -> SubexpressionShape {
        var reads = children.reduce(SlotSet()) { $0.union($1.reads) }
        if let binding { reads = reads.removing(binding) }
        return SubexpressionShape(
            id: identify(tag, operands: children), reads: reads,
            shareable: mode != .none && children.allSatisfy(\.shareable),
            costly: costly || children.contains(where: \.costly), children: children)
    }

    /// The number of a sub-tree as the mode gives it: by structure, one of its own, or none.
    private mutating func identify(_ tag: () -> String, operands: [SubexpressionShape]) -> Int {
        switch mode {
        case .none: 0
        case .hoisting: unique()
        case .full: number(Key(tag: tag(), operands: operands.map(\.id)))
        }
    }

    /// A number that occurs once.
    private mutating func unique() -> Int {
        occurrences.append(1)
        return occurrences.count - 1
    }

    private mutating func number(_ key: Key) -> Int {
        let id = numbers[key] ?? {
            occurrences.append(0)
            numbers[key] = occurrences.count - 1
            return occurrences.count - 1
        }()
        occurrences[id] += 1
        return id
    }
}

/// A shared value of an evaluation and the binding stamp it was computed under.
struct CachedValue {
    var value: Value = .null
    /// The evaluation's stamp for a sub-tree that reads no macro variable, otherwise that of
    /// the binding of its innermost macro variable; 0 (never a stamp) before any.
    var stamp = 0
}

/// One occurrence of a shared sub-tree.
final class CachedNode: PlanNode {
    let inner: any PlanNode
    let slot: Int
    let depth: Int

    init(_ inner: any PlanNode, slot: Int, depth: Int) {
        self.inner = inner
        self.slot = slot
        self.depth = depth
    }

    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value {
        // A context without a cache (constant folding) evaluates the sub-tree as it is.
        guard slot < context.scratch.cache.count else { return try inner.evaluate(&context) }
        let stamp = depth < 0 ? context.evaluationStamp : context.scratch.locals[depth].stamp
        if context.scratch.cache[slot].stamp == stamp { return context.scratch.cache[slot].value }
        // Throws without caching: the next occurrence fails again, at its own offset.
        let value = try inner.evaluate(&context)
        context.scratch.cache[slot] = CachedValue(value: value, stamp: stamp)
        return value
    }
}

/// The root of a plan with shared sub-trees: gives the evaluation its cache.
final class CacheScopeNode: PlanNode {
    let inner: any PlanNode
    let slots: Int

    init(_ inner: any PlanNode, slots: Int) {
        self.inner = inner
        self.slots = slots
    }

    var constant: Value? { inner.constant }

    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value {
        let missing = slots - context.scratch.cache.count
        if missing > 0 { context.scratch.cache += Array(repeating: CachedValue(), count: missing) }
        return try inner.evaluate(&context)
    }
}
