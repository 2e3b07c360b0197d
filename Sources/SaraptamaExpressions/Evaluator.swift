import SaraptamaLoading

// Evaluation of access, operator and call nodes. Evaluation never traps on data: every failure
// is an EvaluationError at the offset of the failing node. Logical operators are in
// LogicEvaluation.swift, macros in MacroEvaluation.swift.

enum Evaluator {
    /// Evaluates a whole plan for one activation.
    static func evaluate(
        _ plan: any PlanNode, variables: [Value], localCount: Int, lookups: LookupBox,
        scratch: inout EvaluationScratch
    ) throws(EvaluationError) -> Value {
        try EvaluationContext.with(variables: variables, localCount: localCount, lookups: lookups, scratch: &scratch) {
            (context) throws(EvaluationError) in try plan.evaluate(&context)
        }
    }

    /// The value of a plan that reads no variable, or nil when it fails (constant folding).
    static func constant(_ plan: any PlanNode) -> Value? {
        var scratch = EvaluationScratch()
        return try? EvaluationContext.with(variables: [], localCount: 0, lookups: .empty, scratch: &scratch) {
            (context) throws(EvaluationError) in try plan.evaluate(&context)
        }
    }
}

/// `operand.field`.
final class SelectNode: PlanNode {
    let operand: any PlanNode
    let field: FieldName
    let offset: Int

    init(_ operand: any PlanNode, field: String, offset: Int) {
        self.operand = operand
        self.field = FieldName(field)
        self.offset = offset
    }

    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value {
        let value = try operand.evaluate(&context)
        return try OperationFailure.locate(offset) { () throws(OperationFailure) in
            try ValueAccess.select(value, field)
        }
    }
}

/// `has(operand.field)`.
final class HasNode: PlanNode {
    let operand: any PlanNode
    let field: FieldName
    let offset: Int

    init(_ operand: any PlanNode, field: String, offset: Int) {
        self.operand = operand
        self.field = FieldName(field)
        self.offset = offset
    }

    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value {
        let value = try operand.evaluate(&context)
        return .bool(try OperationFailure.locate(offset) { () throws(OperationFailure) in
            try ValueAccess.has(value, field)
        })
    }
}

/// `operand[index]`.
final class IndexNode: PlanNode {
    let operand: any PlanNode
    let index: any PlanNode
    let offset: Int

    init(_ operand: any PlanNode, _ index: any PlanNode, offset: Int) {
        self.operand = operand
        self.index = index
        self.offset = offset
    }

    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value {
        let container = try operand.evaluate(&context)
        let key = try index.evaluate(&context)
        return try OperationFailure.locate(offset) { () throws(OperationFailure) in
            try ValueAccess.index(container, key)
        }
    }
}

/// `[a, b, …]`.
final class ListNode: PlanNode {
    let elements: [any PlanNode]

    init(_ elements: [any PlanNode]) { self.elements = elements }

    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value {
        var values: [Value] = []
        values.reserveCapacity(elements.count)
        for element in elements { values.append(try element.evaluate(&context)) }
        return .list(values)
    }
}

/// `{k: v, …}`; keys must be distinct strings, ints or bools (MapKey.swift).
final class MapNode: PlanNode {
    let keys: [any PlanNode]
    let values: [any PlanNode]
    let keyOffsets: [Int]

    init(keys: [any PlanNode], values: [any PlanNode], keyOffsets: [Int]) {
        self.keys = keys
        self.values = values
        self.keyOffsets = keyOffsets
    }

    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value {
        var map = ValueMap()
        for position in keys.indices {
            let key = try keys[position].evaluate(&context)
            guard let name = MapKey.stored(key) else {
                throw OperationFailure.invalidArgument("map keys must be strings, ints or bools, found \(key.typeName)")
                    .at(keyOffsets[position])
            }
            let value = try values[position].evaluate(&context)
            guard map[name] == nil else {
                throw OperationFailure.invalidArgument("duplicate map key \(key.jsonText)").at(keyOffsets[position])
            }
            map[name] = value
        }
        return .map(map)
    }
}

/// `!operand`.
final class NotNode: PlanNode {
    let operand: any PlanNode
    let offset: Int

    init(_ operand: any PlanNode, offset: Int) {
        self.operand = operand
        self.offset = offset
    }

    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value {
        let value = try operand.evaluate(&context)
        guard case .bool(let flag) = value else { throw OperationFailure.noOverload("!", value).at(offset) }
        return .bool(!flag)
    }
}

/// `-operand`.
final class NegateNode: PlanNode {
    let operand: any PlanNode
    let offset: Int

    init(_ operand: any PlanNode, offset: Int) {
        self.operand = operand
        self.offset = offset
    }

    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value {
        let value = try operand.evaluate(&context)
        return try OperationFailure.locate(offset) { () throws(OperationFailure) in
            try ValueOperations.negate(value)
        }
    }
}

/// `+ - * / %` and `< <= > >=`.
final class BinaryNode: PlanNode {
    let op: BinaryOperator
    let left: any PlanNode
    let right: any PlanNode
    let offset: Int

    init(_ op: BinaryOperator, _ left: any PlanNode, _ right: any PlanNode, offset: Int) {
        self.op = op
        self.left = left
        self.right = right
        self.offset = offset
    }

    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value {
        let a = try left.evaluate(&context)
        let b = try right.evaluate(&context)
        let op = op
        return try OperationFailure.locate(offset) { () throws(OperationFailure) in
            switch op {
            case .less, .lessEqual, .greater, .greaterEqual: .bool(try ValueOperations.order(op, a, b))
            default: try ValueOperations.arithmetic(op, a, b)
            }
        }
    }
}

/// `operand == literal` (or `!=`), the literal a constant on either side: compared in place,
/// where evaluating its node copied it (a retain and a release for a text past 15 bytes).
final class EqualToConstantNode: PlanNode {
    let operand: any PlanNode
    let literal: Value
    /// The literal was written on the left: `ValueOperations.equal` gets its operands in the
    /// order written.
    let literalFirst: Bool
    let negated: Bool

    init(_ operand: any PlanNode, literal: Value, literalFirst: Bool, negated: Bool) {
        self.operand = operand
        self.literal = literal
        self.literalFirst = literalFirst
        self.negated = negated
    }

    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value {
        let value = try operand.evaluate(&context)
        let equal = literalFirst ? ValueOperations.equal(literal, value) : ValueOperations.equal(value, literal)
        return .bool(equal != negated)
    }
}

/// `==` and `!=`: never an error.
final class EqualNode: PlanNode {
    let left: any PlanNode
    let right: any PlanNode
    let negated: Bool

    init(_ left: any PlanNode, _ right: any PlanNode, negated: Bool) {
        self.left = left
        self.right = right
        self.negated = negated
    }

    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value {
        let a = try left.evaluate(&context)
        let b = try right.evaluate(&context)
        return .bool(ValueOperations.equal(a, b) != negated)
    }
}

/// `element in container`.
final class MembershipNode: PlanNode {
    let element: any PlanNode
    let container: any PlanNode
    let offset: Int

    init(_ element: any PlanNode, _ container: any PlanNode, offset: Int) {
        self.element = element
        self.container = container
        self.offset = offset
    }

    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value {
        let a = try element.evaluate(&context)
        let b = try container.evaluate(&context)
        return .bool(try OperationFailure.locate(offset) { () throws(OperationFailure) in
            try ValueAccess.contains(b, a)
        })
    }
}

/// `condition ? then : otherwise`: only the chosen branch is evaluated.
final class ConditionalNode: PlanNode {
    let condition: any PlanNode
    let then: any PlanNode
    let otherwise: any PlanNode
    let offset: Int

    init(_ condition: any PlanNode, _ then: any PlanNode, _ otherwise: any PlanNode, offset: Int) {
        self.condition = condition
        self.then = then
        self.otherwise = otherwise
        self.offset = offset
    }

    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value {
        let value = try condition.evaluate(&context)
        guard case .bool(let flag) = value else {
            throw OperationFailure.wrongType("the condition of '?:' must be bool, found \(value.typeName)")
                .at(offset)
        }
        return flag ? try then.evaluate(&context) : try otherwise.evaluate(&context)
    }
}

/// A one-argument built-in (or a receiver call without arguments).
final class Call1Node: PlanNode {
    let function: UnaryFunction
    let argument: any PlanNode
    let offset: Int

    init(_ function: @escaping UnaryFunction, _ argument: any PlanNode, offset: Int) {
        self.function = function
        self.argument = argument
        self.offset = offset
    }

    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value {
        let a = try argument.evaluate(&context)
        return try OperationFailure.locate(offset) { () throws(OperationFailure) in try function(a) }
    }
}

/// A two-argument built-in (the receiver first).
final class Call2Node: PlanNode {
    let function: BinaryFunction
    let first: any PlanNode
    let second: any PlanNode
    let offset: Int

    init(_ function: @escaping BinaryFunction, _ first: any PlanNode, _ second: any PlanNode, offset: Int) {
        self.function = function
        self.first = first
        self.second = second
        self.offset = offset
    }

    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value {
        let a = try first.evaluate(&context)
        let b = try second.evaluate(&context)
        return try OperationFailure.locate(offset) { () throws(OperationFailure) in try function(a, b) }
    }
}

/// `lookup`, `lookup_all`, `lookup_stems`, `arch_lookup`, `arch_lookup_all`: these read the
/// provider.
final class LookupNode: PlanNode {
    let kind: LookupKind
    let target: any PlanNode
    let key: any PlanNode
    let offset: Int
    /// The target when it is a constant (`lookup('reference_databases', …)`, nearly always),
    /// read in place: evaluating its node copied the name, a retain and a release each lookup.
    private let fixedTarget: Value
    private let fixedName: String
    private let isFixed: Bool

    init(_ kind: LookupKind, _ target: any PlanNode, _ key: any PlanNode, offset: Int) {
        self.kind = kind
        self.target = target
        self.key = key
        self.offset = offset
        if case .string(let name)? = target.constant {
            (fixedTarget, fixedName, isFixed) = (.string(name), name, true)
        } else {
            (fixedTarget, fixedName, isFixed) = (.null, "", false)
        }
    }

    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value {
        if isFixed { return try answer(fixedTarget, fixedName, try key.evaluate(&context), &context) }
        let a = try target.evaluate(&context)
        let b = try key.evaluate(&context)
        let name: String
        if case .string(let text) = a { name = text } else { name = "" }
        return try answer(a, name, b, &context)
    }

    /// The lookup of `b` in `a`, whose name (when `a` is a string) is `name`.
    @inline(__always)
    private func answer(
        _ a: borrowing Value, _ name: borrowing String, _ b: Value, _ context: inout EvaluationContext
    ) throws(EvaluationError) -> Value {
        let key: String?
        do throws(OperationFailure) {
            key = try LookupFunctions.keyText(kind, copy a, b)
        } catch {
            throw error.at(offset)
        }
        // A null key finds nothing (null, or an empty list for the `_all` forms).
        guard let key else { return kind.returnsAll ? .list([]) : .null }
        guard a.isString else { return .null }
        if let answer = context.scratch.lookups.recall(kind, name, key) { return answer }
        // The provider only now: copying it out of its box retains what it holds.
        let answer = LookupFunctions.lookup(
            kind, copy a, normalizedKey: context.scratch.normalized.key(key), provider: context.lookups.provider)
        context.scratch.lookups.remember(kind, copy name, key, answer)
        return answer
    }
}

extension Value {
    /// Whether the value is a text: what a lookup's catalogue must be.
    fileprivate var isString: Bool {
        if case .string = self { return true }
        return false
    }
}
