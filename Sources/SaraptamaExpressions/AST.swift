// The parsed form of an expression. Macros (`has`, `all`, `exists`, …) are expanded by the
// parser into their own node kinds, as in cel-go, so the checker and planner never see them
// as calls; a macro name used with the wrong shape stays a call and the checker reports it.

enum UnaryOperator: String, Sendable {
    case not = "!"
    case negate = "-"
}

enum BinaryOperator: String, Sendable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">"
    case greaterEqual = ">="
    case `in` = "in", and = "&&", or = "||"
}

/// The comprehension macros.
enum MacroKind: String, Sendable {
    case all, exists
    case existsOne = "exists_one"
    case map, filter
}

/// `range.kind(variable, [filter,] body)`.
struct Comprehension: Sendable {
    var kind: MacroKind
    var range: Expr
    var variable: String
    var variableOffset: Int
    /// The filter of the three-argument `map(x, filter, transform)`.
    var filter: Expr?
    /// The predicate (all, exists, exists_one, filter) or the transform (map).
    var body: Expr
}

struct MapEntry: Sendable {
    var key: Expr
    var value: Expr
}

/// One node of the syntax tree.
struct Expr: Sendable {
    indirect enum Kind: Sendable {
        /// null, bool, int, double or string.
        case literal(Value)
        case identifier(String)
        case select(Expr, field: String)
        case index(Expr, Expr)
        case call(name: String, receiver: Expr?, arguments: [Expr])
        case list([Expr])
        case map([MapEntry])
        case unary(UnaryOperator, Expr)
        case binary(BinaryOperator, Expr, Expr)
        case conditional(Expr, Expr, Expr)
        /// `has(operand.field)`.
        case has(Expr, field: String)
        case comprehension(Comprehension)
    }

    var kind: Kind
    /// Where errors about this node point: the operator of an operation, the name of a called
    /// function or selected field, the `[` of an index, the first scalar of anything else.
    var offset: Int
    /// The first scalar of the whole sub-expression (for issues about an operand).
    var start: Int
    /// Height of the tree under this node (a leaf is 1); bounded by the parser so that the
    /// recursive checker, planner and evaluator can never overflow the stack.
    private(set) var height: Int

    init(_ kind: Kind, offset: Int, start: Int) {
        self.kind = kind
        self.offset = offset
        self.start = start
        self.height = 1 + (Self.children(of: kind).map(\.height).max() ?? 0)
    }

    var children: [Expr] { Self.children(of: kind) }

    /// Whether the tree holds a macro (`all`, `exists`, `map`, …) anywhere.
    var holdsMacro: Bool {
        if case .comprehension = kind { return true }
        return children.contains(where: \.holdsMacro)
    }

    private static func children(of kind: Kind) -> [Expr] {
        switch kind {
        case .literal, .identifier: []
        case .select(let operand, _), .has(let operand, _), .unary(_, let operand): [operand]
        case .index(let operand, let index): [operand, index]
        case .call(_, let receiver, let arguments): (receiver.map { [$0] } ?? []) + arguments
        case .list(let elements): elements
        case .map(let entries): entries.flatMap { [$0.key, $0.value] }
        case .binary(_, let left, let right): [left, right]
        case .conditional(let condition, let then, let otherwise): [condition, then, otherwise]
        case .comprehension(let comprehension):
            [comprehension.range] + (comprehension.filter.map { [$0] } ?? []) + [comprehension.body]
        }
    }
}

extension Expr {
    /// A fully parenthesized prefix rendering, `(+ 1 (* 2 3))`, so tests and debugging can see
    /// exactly how precedence and associativity were resolved.
    var sExpression: String {
        switch kind {
        case .literal(let value): return value.jsonText
        case .identifier(let name): return name
        case .select(let operand, let field): return "(. \(operand.sExpression) \(field))"
        case .index(let operand, let index): return "([] \(operand.sExpression) \(index.sExpression))"
        case .call(let name, let receiver, let arguments):
            let parts = (receiver.map { [$0] } ?? []).map(\.sExpression)
            let call = receiver == nil ? name : ".\(name)"
            return "(\(([call] + parts + arguments.map(\.sExpression)).joined(separator: " ")))"
        case .list(let elements):
            return "[" + elements.map(\.sExpression).joined(separator: " ") + "]"
        case .map(let entries):
            return "{" + entries.map { "\($0.key.sExpression): \($0.value.sExpression)" }
                .joined(separator: ", ") + "}"
        case .unary(let op, let operand): return "(\(op.rawValue) \(operand.sExpression))"
        case .binary(let op, let left, let right):
            return "(\(op.rawValue) \(left.sExpression) \(right.sExpression))"
        case .conditional(let condition, let then, let otherwise):
            return "(?: \(condition.sExpression) \(then.sExpression) \(otherwise.sExpression))"
        case .has(let operand, let field): return "(has \(operand.sExpression) \(field))"
        case .comprehension(let comprehension):
            let filter = comprehension.filter.map { " \($0.sExpression)" } ?? ""
            return "(\(comprehension.kind.rawValue) \(comprehension.range.sExpression) "
                + "\(comprehension.variable)\(filter) \(comprehension.body.sExpression))"
        }
    }
}
