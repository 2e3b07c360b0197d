/// The declarations expressions are compiled against: the variables an activation provides,
/// and the names of the reference catalogues and architecture indexes lookups may use.
public struct ExpressionEnvironment: Sendable {
    let layout: VariableLayout
    /// Catalogue names accepted by `lookup`/`lookup_all` when given as a literal.
    public let catalogues: Set<String>
    /// Architecture index names accepted by `arch_lookup`/`arch_lookup_all` as a literal.
    public let architectureIndexes: Set<String>
    /// Variables computed from expressions (ComputedVariables.swift), by name.
    var computed: [String: ComputedVariable] = [:]
    /// The optimisations applied over the plain plan of every expression compiled here.
    public var optimizations: PlanOptimizations = .standard

    /// - Parameters:
    ///   - variables: names expressions may reference (e.g. `doc`, `item`); each gets a slot,
    ///     so evaluation reads variables by index, never by name.
    ///   - catalogues: known reference catalogues, checked when named by a string literal.
    ///   - architectureIndexes: known architecture indexes, checked the same way.
    public init(
        variables: [String], catalogues: Set<String> = [], architectureIndexes: Set<String> = []
    ) {
        self.layout = VariableLayout(names: variables)
        self.catalogues = catalogues
        self.architectureIndexes = architectureIndexes
    }

    /// The declared variable names, in slot order.
    public var variables: [String] { layout.names }

    /// Parses, checks and plans. On failure returns ALL issues found (parse errors stop at the
    /// first syntax error; checker errors are all collected), sorted by offset.
    ///
    /// - Parameter sharing: whether repeated sub-expressions share one value per evaluation
    ///   (SharedSubexpressions.swift). Pass false for an expression evaluated once per use, such
    ///   as a message interpolation: numbering its sub-trees costs more than sharing would save,
    ///   and message templates are most of the expressions a rule set compiles at start-up.
    ///   Work that does not read a macro's variable is hoisted out of its loop either way.
    public func compile(_ source: String, sharing: Bool = true) -> Result<CompiledExpression, ExpressionIssues> {
        compile(source, sharing: sharing, checking: true)
    }

    /// `checking: false` skips the checker, as CEL's `disable_check` does: what it would reject
    /// (an unknown name, `1 && true`) fails at run time instead, where `&&`/`||` may absorb it.
    /// Only for the conformance tests; rules are always checked.
    func compile(_ source: String, sharing: Bool, checking: Bool) -> Result<CompiledExpression, ExpressionIssues> {
        let length = source.unicodeScalars.count
        guard length <= ExpressionLimits.maxLength else {
            return .failure(ExpressionIssues(issues: [
                ExpressionIssue(
                    code: "expr-too-long", template: "expr-too-long.length",
                    arguments: ["length": String(length), "limit": String(ExpressionLimits.maxLength)], offset: 0)
            ]))
        }
        let expr: Expr
        do throws(SyntaxFailure) {
            expr = try Parser.parse(source)
        } catch {
            return .failure(ExpressionIssues(issues: [error.issue]))
        }
        let issues = checking ? Checker.check(expr, in: self) : []
        guard issues.isEmpty else { return .failure(ExpressionIssues(issues: issues)) }
        let (plan, localCount) = Planner.plan(expr, in: self, sharing: sharing)
        return .success(
            CompiledExpression(source: source, plan: plan, localCount: localCount, layout: layout))
    }
}

/// All the problems found in one expression.
public struct ExpressionIssues: Error, Sendable {
    public var issues: [ExpressionIssue]

    public init(issues: [ExpressionIssue]) { self.issues = issues }
}

/// The slot of each variable. A class so that activations and compiled expressions can check
/// cheaply (by identity) that they were made for the same environment.
final class VariableLayout: Sendable {
    let names: [String]
    let slots: [String: Int]

    init(names: [String]) {
        self.names = names
        var slots: [String: Int] = [:]
        for (slot, name) in names.enumerated() where slots[name] == nil { slots[name] = slot }
        self.slots = slots
    }

    /// Whether an activation built for `other` fits expressions compiled for this layout.
    func isCompatible(with other: VariableLayout) -> Bool {
        self === other || names == other.names
    }
}
