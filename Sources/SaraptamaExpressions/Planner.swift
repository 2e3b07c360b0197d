// The planner turns a checked syntax tree into a Plan. Everything that does not depend on the
// document is done here, once per rule rather than once per document: variables become slot
// numbers, calls become implementation closures, literal regexes are compiled, literal needle
// lists are normalized, and sub-expressions made only of constants are evaluated.

struct Planner {
    private let environment: ExpressionEnvironment
    /// Macro iteration variables in scope with their local slots, innermost last.
    private var scopes: [(name: String, slot: Int)] = []
    private var localCount = 0
    private var regexCache: RegexCache?

    /// The plan and the number of local slots (macro variables) its evaluation needs.
    static func plan(_ expr: Expr, in environment: ExpressionEnvironment) -> (Plan, Int) {
        var planner = Planner(environment: environment)
        let plan = planner.plan(expr)
        return (plan, planner.localCount)
    }

    private init(environment: ExpressionEnvironment) {
        self.environment = environment
    }

    private mutating func plan(_ expr: Expr) -> Plan {
        fold(build(expr))
    }

    private mutating func build(_ expr: Expr) -> Plan {
        let offset = expr.offset
        switch expr.kind {
        case .literal(let value):
            return .constant(value)
        case .identifier(let name):
            if let scope = scopes.last(where: { $0.name == name }) { return .local(scope.slot) }
            if let slot = environment.layout.slots[name] { return .variable(slot) }
            return .failure(EvaluationError(
                code: "eval-no-such-key", message: "unknown identifier '\(name)'", offset: offset))
        case .select(let operand, let field):
            return .select(plan(operand), field: field, offset: offset)
        case .has(let operand, let field):
            return .has(plan(operand), field: field, offset: offset)
        case .index(let operand, let index):
            return .index(plan(operand), plan(index), offset: offset)
        case .list(let elements):
            return .list(elements.map { plan($0) })
        case .map(let entries):
            return .map(
                keys: entries.map { plan($0.key) }, values: entries.map { plan($0.value) },
                keyOffsets: entries.map(\.key.start))
        case .unary(let op, let operand):
            let operandPlan = plan(operand)
            return op == .not ? .not(operandPlan, offset: offset) : .negate(operandPlan, offset: offset)
        case .binary(let op, let left, let right):
            return binary(op, plan(left), plan(right), offset: offset)
        case .conditional(let condition, let then, let otherwise):
            let conditionPlan = plan(condition)
            // A constant condition selects its branch now; the other is never evaluated.
            if case .bool(let value)? = conditionPlan.constantValue {
                return value ? plan(then) : plan(otherwise)
            }
            return .conditional(conditionPlan, plan(then), plan(otherwise), offset: offset)
        case .call(let name, let receiver, let arguments):
            let operands = ((receiver.map { [$0] } ?? []) + arguments).map { plan($0) }
            return call(name, operands, offset: offset)
        case .comprehension(let comprehension):
            return self.comprehension(comprehension, offset: offset)
        }
    }

    private func binary(_ op: BinaryOperator, _ left: Plan, _ right: Plan, offset: Int) -> Plan {
        switch op {
        case .add, .subtract, .multiply, .divide, .remainder:
            .arithmetic(op, left, right, offset: offset)
        case .less, .lessEqual, .greater, .greaterEqual:
            .order(op, left, right, offset: offset)
        case .equal: .equal(left, right, negated: false)
        case .notEqual: .equal(left, right, negated: true)
        case .in: .membership(left, right, offset: offset)
        case .and: .and(left, right, offset: offset)
        case .or: .or(left, right, offset: offset)
        }
    }

    private mutating func call(_ name: String, _ operands: [Plan], offset: Int) -> Plan {
        guard let implementation = BuiltinFunctions.implementations[name] else {
            return .failure(EvaluationError(
                code: "eval-no-matching-overload", message: "unknown function '\(name)'",
                offset: offset))
        }
        switch (implementation, operands.count) {
        case (.unary(let function), 1):
            return .call1(function, operands[0], offset: offset)
        case (.binary(let function), 2):
            if name == "contains_any", let needles = operands[1].constantValue.flatMap(ListView.init),
                let normalized = try? StringFunctions.normalizedNeedles(needles)
            {
                return .call1({ (text: Value) throws(OperationFailure) -> Value in
                    try StringFunctions.containsAny(text, normalizedNeedles: normalized)
                }, operands[0], offset: offset)
            }
            return .call2(function, operands[0], operands[1], offset: offset)
        case (.lookup(let kind), 2):
            return .lookup(kind, operands[0], operands[1], offset: offset)
        case (.matches, 2):
            if case .string(let pattern)? = operands[1].constantValue,
                case .success(let regex) = RegexSupport.compile(pattern)
            {
                return .call1({ (text: Value) throws(OperationFailure) -> Value in
                    try StringFunctions.matches(text, regex)
                }, operands[0], offset: offset)
            }
            let cache = regexCache ?? RegexCache()
            regexCache = cache
            return .call2({ (text: Value, pattern: Value) throws(OperationFailure) -> Value in
                try StringFunctions.matches(text, pattern, cache: cache)
            }, operands[0], operands[1], offset: offset)
        default:
            return .failure(EvaluationError(
                code: "eval-no-matching-overload",
                message: "wrong number of arguments for '\(name)'", offset: offset))
        }
    }

    private mutating func comprehension(_ comprehension: Comprehension, offset: Int) -> Plan {
        let range = plan(comprehension.range)
        // Slots are reused by sibling macros: only nesting needs distinct ones.
        let slot = scopes.count
        localCount = max(localCount, slot + 1)
        scopes.append((comprehension.variable, slot))
        defer { scopes.removeLast() }
        let filter = comprehension.filter.map { plan($0) }
        let body = plan(comprehension.body)
        return .comprehension(ComprehensionPlan(
            kind: comprehension.kind, range: range, slot: slot, filter: filter, body: body,
            offset: offset))
    }

    /// Evaluates a pure node whose operands are all constants. A failure is left for run time,
    /// where it is reported with the document that triggers it.
    private func fold(_ plan: Plan) -> Plan {
        guard Self.operandsAreConstant(plan), let value = Evaluator.constant(plan) else {
            return plan
        }
        return .constant(value)
    }

    private static func operandsAreConstant(_ plan: Plan) -> Bool {
        func constant(_ plan: Plan) -> Bool { plan.constantValue != nil }
        switch plan {
        case .select(let operand, _, _), .has(let operand, _, _), .not(let operand, _),
            .negate(let operand, _), .call1(_, let operand, _):
            return constant(operand)
        case .index(let left, let right, _), .arithmetic(_, let left, let right, _),
            .order(_, let left, let right, _), .equal(let left, let right, _),
            .membership(let left, let right, _), .and(let left, let right, _),
            .or(let left, let right, _), .call2(_, let left, let right, _):
            return constant(left) && constant(right)
        case .list(let elements):
            return elements.allSatisfy(constant)
        case .map(let keys, let values, _):
            return keys.allSatisfy(constant) && values.allSatisfy(constant)
        case .constant, .variable, .local, .conditional, .lookup, .comprehension, .failure:
            return false
        }
    }
}
