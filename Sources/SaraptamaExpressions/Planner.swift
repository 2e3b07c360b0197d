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
    /// How often each structural number occurs (see SharedSubexpressions.swift).
    private let occurrences: [Int]
    /// Cache slots of the shared sub-trees planned so far, by structural number.
    private var cacheSlots: [Int: Int] = [:]

    /// The plan and the number of local slots (macro variables) its evaluation needs.
    static func plan(_ expr: Expr, in environment: ExpressionEnvironment, sharing: Bool = true) -> (any PlanNode, Int) {
        // An expression evaluated once per use still has work hoisted out of its macros' loops:
        // numbering each sub-tree apart costs little, unlike numbering by structure.
        let mode: SubexpressionNumbering.Mode = !environment.optimizations.contains(.sharedSubexpressions) ? .none
            : sharing ? .full : expr.holdsMacro ? .hoisting : .none
        var numbering = SubexpressionNumbering(mode: mode)
        let shape = numbering.shape(of: expr)
        var planner = Planner(environment: environment, occurrences: numbering.occurrences)
        let plan = planner.plan(expr, shape)
        guard !planner.cacheSlots.isEmpty else { return (plan, planner.localCount) }
        return (CacheScopeNode(plan, slots: planner.cacheSlots.count), planner.localCount)
    }

    private init(environment: ExpressionEnvironment, occurrences: [Int]) {
        self.environment = environment
        self.occurrences = occurrences
        self.optimizations = environment.optimizations
    }

    /// What may replace the plain plan's nodes (see PlanOptimizations).
    private let optimizations: PlanOptimizations

    /// The plan of `expr`, shared with its other occurrences when it repeats.
    private mutating func plan(_ expr: Expr, _ shape: SubexpressionShape) -> any PlanNode {
        let node = planAlone(expr, shape)
        // Loop-invariant: inside a macro, and not reading that macro's variable (`scopes` holds
        // the macros enclosing `expr`; the innermost has the highest slot).
        let hoisted = shape.costly && !scopes.isEmpty && shape.depth < scopes.count - 1
        guard optimizations.contains(.sharedSubexpressions), shape.shareable, occurrences[shape.id] > 1 || hoisted,
            node.constant == nil,
            !(node is VariableNode || node is LocalNode || node is FailureNode || node is PathNode)
        else { return node }
        let slot = cacheSlots[shape.id] ?? cacheSlots.count
        cacheSlots[shape.id] = slot
        return CachedNode(node, slot: slot, depth: shape.depth)
    }

    private mutating func planAlone(_ expr: Expr, _ shape: SubexpressionShape) -> any PlanNode {
        let offset = expr.offset
        let children = shape.children
        if optimizations.contains(.paths), let path = path(expr) { return path }
        switch expr.kind {
        case .literal(let value):
            return ConstantNode(value)
        case .identifier(let name):
            if let scope = scopes.last(where: { $0.name == name }) { return LocalNode(slot: scope.slot) }
            if let variable = environment.computed[name] {
                if let value = variable.expression.plan.constant { return ConstantNode(value) }
                return ComputedVariableNode(variable, offset: offset)
            }
            if let slot = environment.layout.slots[name] { return VariableNode(slot: slot) }
            return FailureNode(EvaluationError(
                code: "eval-no-such-key", template: "eval-no-such-key.identifier", arguments: ["name": name], offset: offset))
        case .select(let operand, let field):
            let operandPlan = plan(operand, children[0])
            return fold(SelectNode(operandPlan, field: field, offset: offset), [operandPlan])
        case .has(let operand, let field):
            let operandPlan = plan(operand, children[0])
            return fold(HasNode(operandPlan, field: field, offset: offset), [operandPlan])
        case .index(let operand, let index):
            let operands = [plan(operand, children[0]), plan(index, children[1])]
            return fold(IndexNode(operands[0], operands[1], offset: offset), operands)
        case .list(let elements):
            let operands = elements.indices.map { plan(elements[$0], children[$0]) }
            return fold(ListNode(operands), operands)
        case .map(let entries):
            let keys = entries.indices.map { plan(entries[$0].key, children[2 * $0]) }
            let values = entries.indices.map { plan(entries[$0].value, children[2 * $0 + 1]) }
            return fold(
                MapNode(keys: keys, values: values, keyOffsets: entries.map(\.key.start)), keys + values)
        case .unary(let op, let operand):
            let operandPlan = plan(operand, children[0])
            let node: any PlanNode = op == .not
                ? NotNode(operandPlan, offset: offset) : NegateNode(operandPlan, offset: offset)
            return fold(node, [operandPlan])
        case .binary(let op, let left, let right):
            if op == .and, optimizations.contains(.guardedComparisons), let chain = conjunction(expr, shape) { return chain }
            let operands = [plan(left, children[0]), plan(right, children[1])]
            return fold(binary(op, operands[0], operands[1], offset: offset), operands)
        case .conditional(let condition, let then, let otherwise):
            let conditionPlan = plan(condition, children[0])
            // A constant condition selects its branch now; the other is never evaluated.
            if optimizations.contains(.constantFolding), case .bool(let value)? = conditionPlan.constant {
                return value ? plan(then, children[1]) : plan(otherwise, children[2])
            }
            return ConditionalNode(
                conditionPlan, plan(then, children[1]), plan(otherwise, children[2]), offset: offset)
        case .call(let name, let receiver, let arguments):
            let operandExprs = (receiver.map { [$0] } ?? []) + arguments
            let operands = operandExprs.indices.map { plan(operandExprs[$0], children[$0]) }
            let node = call(name, operands, offset: offset)
            return node is LookupNode ? node : fold(node, operands)
        case .comprehension(let comprehension):
            return self.comprehension(comprehension, children, offset: offset)
        }
    }

    /// `base.f1.….fn` or `has(base.f1.….fn)` over a variable or a macro variable, as one node.
    /// Its steps are not shared with other occurrences: walking a few small mappings costs
    /// about what finding a shared value does.
    private func path(_ expr: Expr) -> PathNode? {
        var fields: [String] = []
        var offsets: [Int] = []
        var testsPresence = false
        var current = expr
        if case .has(let operand, let field) = expr.kind {
            fields.append(field)
            offsets.append(expr.offset)
            testsPresence = true
            current = operand
        }
        while case .select(let operand, let field) = current.kind {
            fields.append(field)
            offsets.append(current.offset)
            current = operand
        }
        guard case .identifier(let name) = current.kind, !fields.isEmpty, let base = base(name) else { return nil }
        return PathNode(base: base, fields: fields.reversed(), offsets: offsets.reversed(), testsPresence: testsPresence)
    }

    /// A macro variable or a variable of the environment, as the base of a path.
    private func base(_ name: String) -> PathNode.Base? {
        if let scope = scopes.last(where: { $0.name == name }) { return .local(scope.slot) }
        if let slot = environment.layout.slots[name] { return .variable(slot) }
        return nil
    }

    /// A chain of `&&` holding guarded comparisons (`has(p) && p == 'v'`), with each planned as
    /// one node (see `GuardedComparisonNode`); nil when it holds none.
    ///
    /// The chain is regrouped around them: `x && has(p) && p == 1` (which parses as
    /// `(x && has(p)) && p == 1`) becomes `x && (has(p) && p == 1)`. That changes nothing:
    /// operands are evaluated in the same order, up to the same first false, and the first
    /// error in that order is the one thrown. The one thing an `&&` node adds to its operands'
    /// errors, the offset of a non-bool operand's error, stays that of the operator the operand
    /// was written next to (a guarded comparison's operands are always bool).
    private mutating func conjunction(_ expr: Expr, _ shape: SubexpressionShape) -> (any PlanNode)? {
        guard Self.mayHoldGuardedComparison(expr) else { return nil }
        // The operands o1…on, each with its shape and the offset of the `&&` it belongs to (o1
        // and o2 to the first operator, every later one to the operator before it).
        var operands: [(expr: Expr, shape: SubexpressionShape, owner: Int)] = []
        var current = expr
        var currentShape = shape
        var firstOwner = expr.offset
        while case .binary(.and, let left, let right) = current.kind {
            operands.append((right, currentShape.children[1], current.offset))
            firstOwner = current.offset
            current = left
            currentShape = currentShape.children[0]
        }
        operands.append((current, currentShape, firstOwner))
        operands.reverse()
        let runs = Self.guardedRuns(operands.map(\.expr))
        guard !runs.isEmpty else { return nil }

        var items: [(node: any PlanNode, owner: Int?)] = []
        var index = 0
        while index < operands.count {
            if let run = runs.first(where: { $0.range.lowerBound == index }), let base = base(run.name) {
                let members = run.range.map { plan(operands[$0].expr, operands[$0].shape) }
                var fallback = members[0]
                for member in members.dropFirst() {
                    fallback = fold(LogicalNode(fallback, member, decisive: false, offset: operands[run.range.lowerBound].owner), [fallback, member])
                }
                let node = fallback.constant != nil ? fallback : GuardedComparisonNode(
                    base: base, fields: run.fields, guardEnds: run.guardEnds, literal: run.literal,
                    negated: run.negated, fallback: fallback)
                items.append((node, nil))
                index = run.range.upperBound
            } else {
                items.append((plan(operands[index].expr, operands[index].shape), operands[index].owner))
                index += 1
            }
        }
        var chain = items[0].node
        for position in 1..<items.count {
            // The offset for a non-bool operand: the right one's own operator, or for the first
            // node the left operand's (a chain built so far, or a guarded comparison, is bool).
            let offset = items[position].owner ?? (position == 1 ? items[0].owner : nil) ?? expr.offset
            let right = items[position].node
            chain = fold(LogicalNode(chain, right, decisive: false, offset: offset), [chain, right])
        }
        return chain
    }

    /// Whether some operand of the chain compares with a literal right after a `has()`: a walk
    /// down the chain that allocates nothing, since most chains hold no guarded comparison and
    /// every `&&` of a chain is asked in turn.
    private static func mayHoldGuardedComparison(_ expr: Expr) -> Bool {
        var current = expr
        while case .binary(.and, let left, let right) = current.kind {
            if case .binary(let op, _, let literal) = right.kind, op == .equal || op == .notEqual,
                case .literal = literal.kind
            {
                var before = left
                if case .binary(.and, _, let last) = left.kind { before = last }
                if case .has = before.kind { return true }
            }
            current = left
        }
        return false
    }

    /// A run of a chain's operands `has(p1), …, has(pk), path == constant`: k ≥ 1, every `pi` a
    /// prefix of `path` over the same variable, `==` or `!=`, a scalar literal.
    private struct GuardedRun {
        var range: Range<Int>
        var name: String
        var fields: [String]
        var guardEnds: [Bool]
        var literal: Value
        var negated: Bool
    }

    /// The guarded runs of a chain's operands, each comparison taking the guards right before it.
    private static func guardedRuns(_ operands: [Expr]) -> [GuardedRun] {
        var runs: [GuardedRun] = []
        var taken = 0
        for index in operands.indices {
            guard case .binary(let op, let compared, let literal) = operands[index].kind,
                op == .equal || op == .notEqual, case .literal(let value) = literal.kind, value.isScalar,
                let (name, fields) = selectChain(compared), !fields.isEmpty
            else { continue }
            var guardEnds = Array(repeating: false, count: fields.count)
            var start = index
            while start > taken, case .has(let operand, let field) = operands[start - 1].kind,
                let (tested, prefix) = selectChain(operand), tested == name, prefix.count < fields.count,
                Array(fields.prefix(prefix.count)) == prefix, fields[prefix.count] == field
            {
                guardEnds[prefix.count] = true
                start -= 1
            }
            guard start < index else { continue }
            runs.append(GuardedRun(
                range: start..<(index + 1), name: name, fields: fields, guardEnds: guardEnds, literal: value,
                negated: op == .notEqual))
            taken = index + 1
        }
        return runs
    }

    /// `name.f1.….fn` as the identifier and its fields (none for the identifier alone).
    private static func selectChain(_ expr: Expr) -> (String, [String])? {
        var fields: [String] = []
        var current = expr
        while case .select(let operand, let field) = current.kind {
            fields.append(field)
            current = operand
        }
        guard case .identifier(let name) = current.kind else { return nil }
        return (name, fields.reversed())
    }

    private func binary(_ op: BinaryOperator, _ left: any PlanNode, _ right: any PlanNode, offset: Int)
        -> any PlanNode
    {
        switch op {
        case .add, .subtract, .multiply, .divide, .remainder, .less, .lessEqual, .greater, .greaterEqual:
            BinaryNode(op, left, right, offset: offset)
        case .equal, .notEqual:
            optimizations.contains(.constantComparisons)
                ? Self.equality(left, right, negated: op == .notEqual) : EqualNode(left, right, negated: op == .notEqual)
        case .in: MembershipNode(left, right, offset: offset)
        case .and: LogicalNode(left, right, decisive: false, offset: offset)
        case .or: LogicalNode(left, right, decisive: true, offset: offset)
        }
    }

    /// `==` or `!=`; with a constant on one side (not both: that is folded), the constant is
    /// compared in place.
    private static func equality(_ left: any PlanNode, _ right: any PlanNode, negated: Bool) -> any PlanNode {
        switch (left.constant, right.constant) {
        case (nil, let literal?): EqualToConstantNode(left, literal: literal, literalFirst: false, negated: negated)
        case (let literal?, nil): EqualToConstantNode(right, literal: literal, literalFirst: true, negated: negated)
        default: EqualNode(left, right, negated: negated)
        }
    }

    /// Functions taking dates, which also accept YYYY-MM-DD strings.
    private static let dateFunctions: Set<String> = ["date", "days_between", "add_days", "year"]

    private mutating func call(_ name: String, _ operands: [any PlanNode], offset: Int) -> any PlanNode {
        var operands = operands
        let specialised = optimizations.contains(.specialisedCalls)
        if specialised, Self.dateFunctions.contains(name) {
            // A literal date string is parsed once here rather than for every document.
            operands = operands.map { operand in
                guard case .string(let text)? = operand.constant, let days = CivilDate.parse(text) else {
                    return operand
                }
                return ConstantNode(.date(days))
            }
        }
        guard let implementation = BuiltinFunctions.implementations[name] else {
            return FailureNode(EvaluationError(
                code: "eval-no-matching-overload", template: "eval-no-matching-overload.function", arguments: ["name": name],
                offset: offset))
        }
        switch (implementation, operands.count) {
        case (.unary(let function), 1):
            if specialised, name == "norm" { return NormNode(operands[0], offset: offset) }
            return Call1Node(function, operands[0], offset: offset)
        case (.binary(let function), 2):
            if specialised, name == "contains_any", let needles = operands[1].constant.flatMap(ListView.init),
                let normalized = try? StringFunctions.normalizedNeedles(needles)
            {
                return ContainsAnyNode(operands[0], needles: .constant(normalized), offset: offset)
            }
            if specialised, name == "contains_any" { return ContainsAnyNode(operands[0], needles: .dynamic(operands[1]), offset: offset) }
            return Call2Node(function, operands[0], operands[1], offset: offset)
        case (.lookup(let kind), 2):
            return LookupNode(kind, operands[0], operands[1], offset: offset)
        case (.matches, 2):
            if case .string(let pattern)? = operands[1].constant,
                case .success(let regex) = RegexSupport.compile(pattern)
            {
                return Call1Node({ (text: Value) throws(OperationFailure) -> Value in
                    try StringFunctions.matches(text, regex)
                }, operands[0], offset: offset)
            }
            let cache = regexCache ?? RegexCache()
            regexCache = cache
            return Call2Node({ (text: Value, pattern: Value) throws(OperationFailure) -> Value in
                try StringFunctions.matches(text, pattern, cache: cache)
            }, operands[0], operands[1], offset: offset)
        default:
            return FailureNode(EvaluationError(
                code: "eval-no-matching-overload", template: "eval-no-matching-overload.arity", arguments: ["name": name], offset: offset))
        }
    }

    private mutating func comprehension(
        _ comprehension: Comprehension, _ children: [SubexpressionShape], offset: Int
    ) -> any PlanNode {
        let range = plan(comprehension.range, children[0])
        // Slots are reused by sibling macros: only nesting needs distinct ones.
        let slot = scopes.count
        localCount = max(localCount, slot + 1)
        scopes.append((comprehension.variable, slot))
        defer { scopes.removeLast() }
        let filter = comprehension.filter.map { plan($0, children[1]) }
        let body = plan(comprehension.body, children[children.count - 1])
        return ComprehensionNode(
            kind: comprehension.kind, range: range, slot: slot, filter: filter, body: body,
            offset: offset)
    }

    /// Evaluates a pure node whose operands are all constants. A failure is left for run time,
    /// where it is reported with the document that triggers it.
    private func fold(_ node: any PlanNode, _ operands: [any PlanNode]) -> any PlanNode {
        guard optimizations.contains(.constantFolding), operands.allSatisfy({ $0.constant != nil }), let value = Evaluator.constant(node) else {
            return node
        }
        return ConstantNode(value)
    }
}
