import Foundation

/// The optimisations the planner may apply on top of the plain plan. The plain plan (every
/// option off) is the language's definition: one node per operator, call or access, evaluated
/// as written. Each option replaces some nodes by faster ones that give the same values, the
/// same errors and the same error positions; a differential test evaluates rule examples, golden
/// cases and random expressions both ways. The memos an activation carries between
/// expressions (normalized texts, lookup answers) are not switched here: they sit below the plan.
public struct PlanOptimizations: OptionSet, Sendable, Hashable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// `a.b.c` and `has(a.b.c)` over a variable as one `PathNode` walk.
    public static let paths = PlanOptimizations(rawValue: 1 << 0)
    /// `has(p) && p == literal` chains as one `GuardedComparisonNode`.
    public static let guardedComparisons = PlanOptimizations(rawValue: 1 << 1)
    /// `x == literal` compared in place (`EqualToConstantNode`).
    public static let constantComparisons = PlanOptimizations(rawValue: 1 << 2)
    /// Repeated and loop-invariant sub-expressions computed once (`CachedNode`).
    public static let sharedSubexpressions = PlanOptimizations(rawValue: 1 << 3)
    /// Sub-expressions of constants evaluated when planning, and a constant condition's branch chosen.
    public static let constantFolding = PlanOptimizations(rawValue: 1 << 4)
    /// `norm`, `contains_any` with literal needles and literal date strings prepared when planning.
    public static let specialisedCalls = PlanOptimizations(rawValue: 1 << 5)

    public static let all: PlanOptimizations = [
        .paths, .guardedComparisons, .constantComparisons, .sharedSubexpressions, .constantFolding, .specialisedCalls,
    ]

    /// What environments start with: all; none when SARAPTAMA_PLAIN_PLAN=1 (to run the whole
    /// test suite on the plain plan); the options whose bits SARAPTAMA_PLAN_MASK sets (to find
    /// which optimisation changes an outcome).
    public static let standard: PlanOptimizations =
        ProcessInfo.processInfo.environment["SARAPTAMA_PLAIN_PLAN"] == "1" ? []
        : PlanOptimizations(rawValue: Int(ProcessInfo.processInfo.environment["SARAPTAMA_PLAN_MASK"] ?? "") ?? PlanOptimizations.all.rawValue)
}
