import SaraptamaLoading

/// `base.f1.….fn`, or `has(base.f1.….fn)`, where `base` is a variable or a macro variable: the
/// commonest shape in the rules (`has(doc.compliance.egov_architecture.declared)`).
///
/// One node walks the document's mappings in place, where a chain of select nodes made a value
/// of every mapping on the way (a retain and a release each) and cost a node evaluation per
/// field. It behaves exactly as the chain it replaces: the same value, and the same error at the
/// same offset (once the walk leaves the document's mappings, the chain's own steps take over).
final class PathNode: PlanNode {
    enum Base {
        case variable(Int)
        case local(Int)
    }

    let base: Base
    let fields: [FieldName]
    /// Of each step's expression, where its error points.
    let offsets: [Int]
    /// `has()`: the last field is tested, not read.
    let testsPresence: Bool
    /// Where each field was found last time (see `PositionHints`).
    private let hints = PositionHints()

    init(base: Base, fields: [String], offsets: [Int], testsPresence: Bool) {
        precondition(!fields.isEmpty && fields.count == offsets.count)
        self.base = base
        self.fields = fields.map(FieldName.init)
        self.offsets = offsets
        self.testsPresence = testsPresence
    }

    func evaluate(_ context: inout EvaluationContext) throws(EvaluationError) -> Value {
        let start: MappingView?
        switch base {
        case .variable(let slot): start = context.variables[slot].mappingView
        case .local(let slot): start = context.scratch.locals[slot].value.mappingView
        }
        if let start { return try walk(start) }
        switch base {
        case .variable(let slot): return try stepwise(context.variables[slot], from: 0)
        case .local(let slot): return try stepwise(context.scratch.locals[slot].value, from: 0)
        }
    }

    /// Steps down from a document mapping through views: the document outlives the
    /// evaluation, so no mapping on the way needs holding (see `MappingView`).
    private func walk(_ root: MappingView) throws(EvaluationError) -> Value {
        var mapping = root
        var index = 0
        let last = fields.count - 1
        while true {
            guard let position = mapping.index(of: fields[index], hint: hints[index]) else {
                if testsPresence, index == last { return .bool(false) }
                throw OperationFailure.noSuchKey(fields[index].text).at(offsets[index])
            }
            hints.remember(position, at: index)
            if index == last {
                return testsPresence ? .bool(true) : Value(node: mapping.entry(at: position).pointee.value)
            }
            guard let inner = mapping.mapping(at: position) else {
                return try stepwise(Value(node: mapping.entry(at: position).pointee.value), from: index + 1)
            }
            mapping = inner
            index += 1
        }
    }

    /// Steps `index…` from any value, one at a time, as the select and has nodes do.
    private func stepwise(_ start: Value, from index: Int) throws(EvaluationError) -> Value {
        var value = start
        for step in index..<fields.count {
            let field = fields[step]
            if testsPresence, step == fields.count - 1 {
                return .bool(try OperationFailure.locate(offsets[step]) { () throws(OperationFailure) in
                    try ValueAccess.has(value, field)
                })
            }
            value = try OperationFailure.locate(offsets[step]) { () throws(OperationFailure) in
                try ValueAccess.select(value, field)
            }
        }
        return value
    }
}
