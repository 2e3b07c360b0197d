/// Bounds that keep hostile or mistaken input from exhausting the stack, memory or time.
/// Rule files come from many authors; a bad expression must give a diagnostic, never a crash.
public enum ExpressionLimits {
    /// Longest accepted expression, in Unicode scalars (`expr-too-long`).
    public static let maxLength = 10_000
    /// Deepest accepted nesting of the syntax tree (`expr-too-deep`). The checker, planner and
    /// evaluator recurse over the tree, so this also bounds their stack use.
    public static let maxDepth = 100
    /// Most macro iterations (`all`, `map`, …) one evaluation may run (`eval-too-costly`);
    /// nested macros over large lists could otherwise run for hours.
    public static let maxIterations = 1_000_000
    /// Largest string (UTF-8 bytes) or list (elements) concatenation may build
    /// (`eval-too-costly`): chained `map(x, x + x)` doubles the size at every step.
    public static let maxStringBytes = 16 << 20
    public static let maxListCount = 1 << 20
}
