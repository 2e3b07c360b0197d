// Common-subexpression elimination. Rules repeat the same pure sub-expression many times in one
// expression (DAT-002 looks one attribute up in the same catalogue five times; DAT-003 resolves
// an attribute's source system once per integration it compares it with). Before planning,
// every sub-tree is numbered by structure: the same operation on the same payload with the same
// numbered operands, identifiers resolved to their variable or macro slot. A sub-tree whose
// number occurs more than once is planned as a CachedNode, and every occurrence of the number
// shares one cache slot of the evaluation, so the value is computed once per evaluation — or,
// for a sub-tree that reads macro variables, once per binding of the innermost one it reads
// (which also hoists loop-invariant work out of inner macros).
//
// Every function is deterministic and every lookup reads a provider fixed for the evaluation,
// so a shared value is exactly what evaluating the occurrence again would give. Only values
// are shared, never errors: an occurrence whose sub-tree fails is evaluated again and fails at
// its own offset, so errors, and their absorption by && and ||, are unchanged. Sub-trees
// holding a macro are not shared, because skipping one would skip iterations that count
// against the evaluation budget.

/// The structural number of one sub-tree, with those of its operands in `Expr.children` order.
struct SubexpressionShape {
    let id: Int
    /// The innermost macro-variable slot the sub-tree reads, or -1 when it reads none: a value
    /// computed under one binding of that slot holds until the slot is bound again (every outer
    /// slot it reads was bound before, and is only bound again after it).
    let depth: Int
    /// False when the sub-tree holds a macro.
    let shareable: Bool
    let children: [SubexpressionShape]
}

/// Numbers the sub-trees of one expression and counts how often each number occurs.
struct SubexpressionNumbering {
    private struct Key: Hashable {
        let tag: String
        let operands: [Int]
    }

    /// False for an expression evaluated once per use (a message interpolation): nothing is
    /// numbered, so no tag is built or hashed, and no sub-tree is shared.
    private let sharing: Bool
    private var numbers: [Key: Int] = [:]
    /// Occurrences by number.
    private(set) var occurrences: [Int] = []
    /// Macro variables in scope with their slots, innermost last, as the planner assigns them.
    private var scopes: [(name: String, slot: Int)] = []

    init(sharing: Bool = true) { self.sharing = sharing }

    mutating func shape(of expr: Expr) -> SubexpressionShape {
        switch expr.kind {
        case .literal(let value):
            return leaf("l" + value.typeName + ":" + value.jsonText, depth: -1)
        case .identifier(let name):
            if let scope = scopes.last(where: { $0.name == name }) {
                return leaf("s\(scope.slot)", depth: scope.slot)
            }
            return leaf("v" + name, depth: -1)
        case .select(let operand, let field):
            return node("." + field, [shape(of: operand)])
        case .has(let operand, let field):
            return node("h" + field, [shape(of: operand)])
        case .index(let operand, let index):
            return node("[]", [shape(of: operand), shape(of: index)])
        case .call(let name, let receiver, let arguments):
            let operands = ((receiver.map { [$0] } ?? []) + arguments).map { shape(of: $0) }
            return node((receiver == nil ? "f" : "r") + name, operands)
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
            let macro = node("m\(comprehension.kind.rawValue)\(slot)", [range] + inner)
            return SubexpressionShape(id: macro.id, depth: macro.depth, shareable: false, children: macro.children)
        }
    }

    private mutating func leaf(_ tag: @autoclosure () -> String, depth: Int) -> SubexpressionShape {
        guard sharing else { return SubexpressionShape(id: 0, depth: depth, shareable: false, children: []) }
        return SubexpressionShape(id: number(Key(tag: tag(), operands: [])), depth: depth, shareable: true, children: [])
    }

    private mutating func node(_ tag: @autoclosure () -> String, _ children: [SubexpressionShape]) -> SubexpressionShape {
        let depth = children.map(\.depth).max() ?? -1
        guard sharing else { return SubexpressionShape(id: 0, depth: depth, shareable: false, children: children) }
        return SubexpressionShape(
            id: number(Key(tag: tag(), operands: children.map(\.id))), depth: depth,
            shareable: children.allSatisfy(\.shareable), children: children)
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
