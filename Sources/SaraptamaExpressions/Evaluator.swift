// The evaluator walks a Plan. It never traps on data: every failure is an EvaluationError at the
// offset of the failing node. `&&`, `||` and the all/exists macros follow CEL's commutative
// semantics: a deciding operand (false for &&, true for ||) wins even over an error.

struct Evaluator {
    private let variables: [Value]
    private var locals: [Value]
    private let lookups: any LookupProvider
    /// Macro iterations run so far, against `ExpressionLimits.maxIterations`.
    private var iterations = 0

    init(variables: [Value], localCount: Int, lookups: any LookupProvider) {
        self.variables = variables
        self.locals = localCount == 0 ? [] : Array(repeating: .null, count: localCount)
        self.lookups = lookups
    }

    /// The value of a plan that reads no variable, or nil when it fails (for constant folding).
    static func constant(_ plan: Plan) -> Value? {
        var evaluator = Evaluator(variables: [], localCount: 0, lookups: EmptyLookupProvider())
        return try? evaluator.evaluate(plan)
    }

    mutating func evaluate(_ plan: Plan) throws(EvaluationError) -> Value {
        switch plan {
        case .constant(let value):
            return value
        case .variable(let slot):
            return variables[slot]
        case .local(let slot):
            return locals[slot]
        case .select(let operand, let field, let offset):
            let value = try evaluate(operand)
            return try at(offset) { () throws(OperationFailure) in try ValueAccess.select(value, field) }
        case .has(let operand, let field, let offset):
            let value = try evaluate(operand)
            return .bool(try at(offset) { () throws(OperationFailure) in try ValueAccess.has(value, field) })
        case .index(let operand, let index, let offset):
            let container = try evaluate(operand)
            let key = try evaluate(index)
            return try at(offset) { () throws(OperationFailure) in try ValueAccess.index(container, key) }
        case .list(let elements):
            var values: [Value] = []
            values.reserveCapacity(elements.count)
            for element in elements { values.append(try evaluate(element)) }
            return .list(values)
        case .map(let keys, let values, let keyOffsets):
            return try map(keys, values, keyOffsets)
        case .not(let operand, let offset):
            let value = try evaluate(operand)
            guard case .bool(let flag) = value else { throw OperationFailure.noOverload("!", value).at(offset) }
            return .bool(!flag)
        case .negate(let operand, let offset):
            let value = try evaluate(operand)
            return try at(offset) { () throws(OperationFailure) in try ValueOperations.negate(value) }
        case .arithmetic(let op, let left, let right, let offset):
            let a = try evaluate(left)
            let b = try evaluate(right)
            return try at(offset) { () throws(OperationFailure) in try ValueOperations.arithmetic(op, a, b) }
        case .order(let op, let left, let right, let offset):
            let a = try evaluate(left)
            let b = try evaluate(right)
            return .bool(try at(offset) { () throws(OperationFailure) in try ValueOperations.order(op, a, b) })
        case .equal(let left, let right, let negated):
            let a = try evaluate(left)
            let b = try evaluate(right)
            return .bool(ValueOperations.equal(a, b) != negated)
        case .membership(let element, let container, let offset):
            let a = try evaluate(element)
            let b = try evaluate(container)
            return .bool(try at(offset) { () throws(OperationFailure) in try ValueAccess.contains(b, a) })
        case .and(let left, let right, let offset):
            return .bool(try logical(left, right, decisive: false, symbol: "&&", offset: offset))
        case .or(let left, let right, let offset):
            return .bool(try logical(left, right, decisive: true, symbol: "||", offset: offset))
        case .conditional(let condition, let then, let otherwise, let offset):
            let value = try evaluate(condition)
            guard case .bool(let flag) = value else {
                throw OperationFailure.wrongType(
                    "the condition of '?:' must be bool, found \(value.typeName)").at(offset)
            }
            return try evaluate(flag ? then : otherwise)
        case .call1(let function, let operand, let offset):
            let a = try evaluate(operand)
            return try at(offset) { () throws(OperationFailure) in try function(a) }
        case .call2(let function, let left, let right, let offset):
            let a = try evaluate(left)
            let b = try evaluate(right)
            return try at(offset) { () throws(OperationFailure) in try function(a, b) }
        case .lookup(let kind, let target, let key, let offset):
            let a = try evaluate(target)
            let b = try evaluate(key)
            let provider = lookups
            return try at(offset) { () throws(OperationFailure) in
                try LookupFunctions.lookup(kind, a, b, provider: provider)
            }
        case .comprehension(let comprehension):
            return try self.comprehension(comprehension)
        case .failure(let error):
            throw error
        }
    }

    /// Runs an operation, placing its failure at `offset`.
    @inline(__always)
    private func at<T>(_ offset: Int, _ body: () throws(OperationFailure) -> T) throws(EvaluationError) -> T {
        do throws(OperationFailure) {
            return try body()
        } catch {
            throw error.at(offset)
        }
    }

    private mutating func map(_ keys: [Plan], _ values: [Plan], _ keyOffsets: [Int])
        throws(EvaluationError) -> Value
    {
        var map = ValueMap()
        for position in keys.indices {
            let key = try evaluate(keys[position])
            guard case .string(let name) = key else {
                throw OperationFailure.invalidArgument("map keys must be strings, found \(key.typeName)")
                    .at(keyOffsets[position])
            }
            let value = try evaluate(values[position])
            guard map[name] == nil else {
                throw OperationFailure.invalidArgument("duplicate map key '\(name)'").at(keyOffsets[position])
            }
            map[name] = value
        }
        return .map(map)
    }

    /// A boolean operand, or the error it produced (kept so the other operand may absorb it).
    private mutating func condition(_ plan: Plan, _ what: String, offset: Int) -> Result<Bool, EvaluationError> {
        do throws(EvaluationError) {
            let value = try evaluate(plan)
            guard case .bool(let flag) = value else {
                return .failure(OperationFailure.wrongType("\(what) must be bool, found \(value.typeName)").at(offset))
            }
            return .success(flag)
        } catch {
            return .failure(error)
        }
    }

    /// `&&` (decisive value false) and `||` (decisive value true).
    private mutating func logical(_ left: Plan, _ right: Plan, decisive: Bool, symbol: String, offset: Int)
        throws(EvaluationError) -> Bool
    {
        let what = "an operand of '\(symbol)'"
        let first = condition(left, what, offset: offset)
        if case .success(decisive) = first { return decisive }
        if case .failure(let error) = first, error.isFinal { throw error }
        let second = condition(right, what, offset: offset)
        if case .failure(let error) = second, error.isFinal { throw error }
        switch (first, second) {
        case (_, .success(decisive)): return decisive
        case (.failure(let error), _), (_, .failure(let error)): throw error
        default: return !decisive
        }
    }

    private mutating func comprehension(_ plan: ComprehensionPlan) throws(EvaluationError) -> Value {
        let rangeValue = try evaluate(plan.range)
        let name = plan.kind.rawValue
        let elements = try at(plan.offset) { () throws(OperationFailure) in
            try ValueAccess.iterationElements(rangeValue, macro: name)
        }
        let what = "the predicate of \(name)()"
        var firstError: EvaluationError?
        var matches = 0
        var results: [Value] = []
        for position in 0..<elements.count {
            iterations += 1
            guard iterations <= ExpressionLimits.maxIterations else {
                throw OperationFailure.tooCostly(
                    "more than \(ExpressionLimits.maxIterations) macro iterations").at(plan.offset)
            }
            let element = elements[position]
            locals[plan.slot] = element
            switch plan.kind {
            case .all, .exists:
                let decisive = plan.kind == .exists
                switch condition(plan.body, what, offset: plan.offset) {
                case .success(let flag): if flag == decisive { return .bool(decisive) }
                case .failure(let error):
                    if error.isFinal { throw error }
                    if firstError == nil { firstError = error }
                }
            case .existsOne:
                if try condition(plan.body, what, offset: plan.offset).get() { matches += 1 }
            case .filter:
                if try condition(plan.body, what, offset: plan.offset).get() { results.append(element) }
            case .map:
                if let filter = plan.filter,
                    !(try condition(filter, "the filter of map()", offset: plan.offset).get())
                {
                    continue
                }
                results.append(try evaluate(plan.body))
            }
        }
        switch plan.kind {
        case .all, .exists:
            if let firstError { throw firstError }
            return .bool(plan.kind == .all)
        case .existsOne: return .bool(matches == 1)
        case .filter, .map: return .list(results)
        }
    }
}

extension EvaluationError {
    /// Exhausting the evaluation budget is not a data error that a deciding operand may
    /// absorb: `false && <runaway>` must still stop the whole evaluation.
    var isFinal: Bool { code == "eval-too-costly" }
}
