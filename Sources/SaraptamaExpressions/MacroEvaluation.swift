// The comprehension macros. Each binds its iteration variable to a local slot, one element (or
// map key) at a time. all/exists absorb predicate errors like &&/|| (a false for all, a true
// for exists decides); exists_one, map and filter propagate the first error, as CEL specifies.

final class ComprehensionNode: PlanNode {
    let kind: MacroKind
    let range: any PlanNode
    /// Local slot of the iteration variable.
    let slot: Int
    /// The filter of the three-argument map().
    let filter: (any PlanNode)?
    /// The predicate, or the transform of map().
    let body: any PlanNode
    /// Offset of the macro name, where iteration errors point.
    let offset: Int
    /// Built once: interpolating it per evaluation would allocate on the hot path.
    private let predicateName: String

    init(
        kind: MacroKind, range: any PlanNode, slot: Int, filter: (any PlanNode)?, body: any PlanNode,
        offset: Int
    ) {
        self.kind = kind
        self.range = range
        self.slot = slot
        self.filter = filter
        self.body = body
        self.offset = offset
        self.predicateName = "the predicate of \(kind.rawValue)()"
    }

    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value {
        let rangeValue = try range.evaluate(&context)
        let name = kind.rawValue
        let elements = try OperationFailure.locate(offset) { () throws(OperationFailure) in
            try ValueAccess.iterationElements(rangeValue, macro: name)
        }
        switch kind {
        case .all, .exists: return .bool(try quantify(elements, &context))
        case .existsOne: return .bool(try countMatches(elements, &context) == 1)
        case .filter, .map: return .list(try collect(elements, &context))
        }
    }

    /// all (deciding value false) and exists (deciding value true).
    private func quantify(_ elements: ListView, _ context: inout EvaluationContext)
        throws(EvaluationError) -> Bool
    {
        let decisive = kind == .exists
        var firstError: EvaluationError?
        for position in 0..<elements.count {
            try context.countIteration(at: offset)
            context.bind(slot, elements[position])
            // As `condition`, without building a Result per element.
            do throws(EvaluationError) {
                let value = try body.evaluate(&context)
                guard case .bool(let flag) = value else {
                    if firstError == nil {
                        firstError = OperationFailure.wrongType(
                            "\(predicateName) must be bool, found \(value.typeName)").at(offset)
                    }
                    continue
                }
                if flag == decisive { return decisive }
            } catch {
                if error.isFinal { throw error }
                if firstError == nil { firstError = error }
            }
        }
        if let firstError { throw firstError }
        return !decisive
    }

    private func countMatches(_ elements: ListView, _ context: inout EvaluationContext)
        throws(EvaluationError) -> Int
    {
        var matches = 0
        for position in 0..<elements.count {
            try context.countIteration(at: offset)
            context.bind(slot, elements[position])
            if try body.condition(&context, predicateName, offset: offset).get() { matches += 1 }
        }
        return matches
    }

    /// filter (keeps elements) and map (transforms them, after the optional filter).
    private func collect(_ elements: ListView, _ context: inout EvaluationContext)
        throws(EvaluationError) -> [Value]
    {
        var results: [Value] = []
        // Room for every element: a map keeps them all, and growing from empty reallocated
        // the list two or three times for the short lists rules build.
        results.reserveCapacity(elements.count)
        for position in 0..<elements.count {
            try context.countIteration(at: offset)
            let element = elements[position]
            context.bind(slot, element)
            if kind == .filter {
                if try body.condition(&context, predicateName, offset: offset).get() {
                    results.append(element)
                }
                continue
            }
            if let filter, !(try filter.condition(&context, "the filter of map()", offset: offset).get()) {
                continue
            }
            results.append(try body.evaluate(&context))
        }
        return results
    }
}
