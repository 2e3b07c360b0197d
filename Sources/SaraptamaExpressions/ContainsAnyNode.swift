/// `contains_any(text, needles)`: planned apart from other calls because it normalizes its text,
/// which is usually the same across a run of calls (a function name tested against every entry
/// of a catalogue), so the normal form is remembered in the evaluation context.
final class ContainsAnyNode: PlanNode {
    enum Needles: Sendable {
        /// A literal list, normalized at plan time.
        case constant([String])
        /// Needles computed per evaluation (a catalogue field), normalized per call.
        case dynamic(any PlanNode)
    }

    let text: any PlanNode
    let needles: Needles
    let offset: Int

    init(_ text: any PlanNode, needles: Needles, offset: Int) {
        self.text = text
        self.needles = needles
        self.offset = offset
    }

    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value {
        let value = try text.evaluate(&context)
        var view: ListView?
        if case .dynamic(let node) = needles {
            let list = try node.evaluate(&context)
            view = ListView(list)
            if view == nil { throw OperationFailure.noOverload("contains_any", value, list).at(offset) }
        }
        guard case .string(let string) = value else {
            throw OperationFailure.noOverload("contains_any", value, .list([])).at(offset)
        }
        let haystack = context.scratch.normalized.key(string)
        switch needles {
        case .constant(let list):
            return .bool(list.contains { UTF8Search.contains(haystack, $0) })
        case .dynamic:
            // Needles are checked and normalized one by one, without building a list: catalogue
            // keywords are mostly already normal, so this allocates nothing.
            guard let view else { return .bool(false) }
            for position in 0..<view.count {
                guard case .string(let needle) = view[position] else {
                    throw OperationFailure.wrongType(
                        "contains_any() needs a list of strings; element \(position) is " + view[position].typeName).at(offset)
                }
                let normalized = TextNormalization.key(needle)
                if !normalized.isEmpty, UTF8Search.contains(haystack, normalized) { return .bool(true) }
            }
            return .bool(false)
        }
    }
}

/// `norm(text)`: planned apart so that it shares the context's normalization memo with
/// `contains_any` and the lookups (rules compare `norm(x) == norm(y)` for every pair of a
/// document's systems, normalizing the same few texts over and over).
final class NormNode: PlanNode {
    let text: any PlanNode
    let offset: Int

    init(_ text: any PlanNode, offset: Int) {
        self.text = text
        self.offset = offset
    }

    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value {
        let value = try text.evaluate(&context)
        guard case .string(let string) = value else { throw OperationFailure.noOverload("norm", value).at(offset) }
        return .string(context.scratch.normalized.key(string))
    }
}
