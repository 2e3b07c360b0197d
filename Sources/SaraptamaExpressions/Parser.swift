import SaraptamaLoading

// A recursive-descent parser for the CEL grammar (cel-spec langdef):
//
//   Expr     = Or ["?" Or ":" Expr]          right-associative conditional
//   Or       = And {"||" And}                 And = Relation {"&&" Relation}
//   Relation = Addition {Relop Addition}     Relop = < <= > >= == != in
//   Addition = Mult {("+"|"-") Mult}          Mult = Unary {("*"|"/"|"%") Unary}
//   Unary    = {"!"|"-"} Member
//   Member   = Primary {"." IDENT ["(" args ")"] | "[" Expr "]"}
//   Primary  = ["."] IDENT ["(" args ")"] | "(" Expr ")" | "[" list "]" | "{" map "}" | literal
//
// It stops at the first syntax error: later errors are usually consequences of the first.

struct Parser {
    private var lexer: Lexer
    private var token: Token
    /// Current recursion depth through `expression()`; bounded so parentheses cannot
    /// overflow the stack before any node is built.
    private var depth = 0

    /// Parses a whole expression.
    static func parse(_ source: String) throws(SyntaxFailure) -> Expr {
        var parser = try Parser(source)
        let expr = try parser.expression()
        guard case .end = parser.token.kind else {
            throw parser.unexpected(("оператор или конец выражения", "оператор немесе өрнектің соңы", "an operator or end of expression"))
        }
        return expr
    }

    private init(_ source: String) throws(SyntaxFailure) {
        lexer = Lexer(source)
        token = try lexer.next()
    }

    // MARK: - Token helpers

    private mutating func advance() throws(SyntaxFailure) {
        token = try lexer.next()
    }

    private func isPunctuation(_ punctuation: Punctuation) -> Bool {
        token.kind == .punctuation(punctuation)
    }

    private mutating func expect(_ punctuation: Punctuation) throws(SyntaxFailure) {
        guard isPunctuation(punctuation) else { throw unexpected(("«\(punctuation.rawValue)»", "«\(punctuation.rawValue)»", "'\(punctuation.rawValue)'")) }
        try advance()
    }

    /// "expected …, found …": what was expected in Russian, Kazakh and English.
    private func unexpected(_ expected: (ru: String, kk: String, en: String)) -> SyntaxFailure {
        let arguments = DiagnosticCatalogue.localized("expected", expected).merging(DiagnosticCatalogue.localized("found", token.words)) { a, _ in a }
        return SyntaxFailure(template: "expr-syntax.unexpected", arguments, at: token.offset)
    }

    /// Builds a node, refusing trees too deep for the recursive later stages.
    private func node(_ kind: Expr.Kind, offset: Int, start: Int) throws(SyntaxFailure) -> Expr {
        let expr = Expr(kind, offset: offset, start: start)
        guard expr.height <= ExpressionLimits.maxDepth else {
            throw SyntaxFailure(template: "expr-too-deep.levels", ["limit": String(ExpressionLimits.maxDepth)], at: offset, code: "expr-too-deep")
        }
        return expr
    }

    // MARK: - Grammar

    private mutating func expression() throws(SyntaxFailure) -> Expr {
        depth += 1
        defer { depth -= 1 }
        guard depth <= ExpressionLimits.maxDepth else {
            throw SyntaxFailure(template: "expr-too-deep.levels", ["limit": String(ExpressionLimits.maxDepth)], at: token.offset, code: "expr-too-deep")
        }
        let condition = try binary(level: 0)
        guard isPunctuation(.question) else { return condition }
        let questionOffset = token.offset
        try advance()
        let then = try binary(level: 0)
        try expect(.colon)
        let otherwise = try expression()
        return try node(
            .conditional(condition, then, otherwise), offset: questionOffset, start: condition.start)
    }

    /// Binary operators by precedence level, loosest first; all are left-associative.
    private static let levelCount = 5

    private static func level(of op: BinaryOperator) -> Int {
        switch op {
        case .or: 0
        case .and: 1
        case .less, .lessEqual, .greater, .greaterEqual, .equal, .notEqual, .in: 2
        case .add, .subtract: 3
        case .multiply, .divide, .remainder: 4
        }
    }

    private mutating func binary(level: Int) throws(SyntaxFailure) -> Expr {
        guard level < Self.levelCount else { return try unary() }
        var left = try binary(level: level + 1)
        while let op = binaryOperator(), Self.level(of: op) == level {
            let offset = token.offset
            try advance()
            let right = try binary(level: level + 1)
            left = try node(.binary(op, left, right), offset: offset, start: left.start)
        }
        return left
    }

    /// The binary operator the current token spells, if any. A switch rather than a table or
    /// the operator's spelling: this runs at every precedence level of every operand, and
    /// hashing there was a measurable share of compiling a rule set (cold start).
    private func binaryOperator() -> BinaryOperator? {
        switch token.kind {
        case .inKeyword: .in
        case .punctuation(let punctuation):
            switch punctuation {
            case .plus: .add
            case .minus: .subtract
            case .star: .multiply
            case .slash: .divide
            case .percent: .remainder
            case .equal: .equal
            case .notEqual: .notEqual
            case .less: .less
            case .lessEqual: .lessEqual
            case .greater: .greater
            case .greaterEqual: .greaterEqual
            case .and: .and
            case .or: .or
            default: nil
            }
        default: nil
        }
    }

    private mutating func unary() throws(SyntaxFailure) -> Expr {
        var operators: [(UnaryOperator, Int)] = []
        while case .punctuation(let punctuation) = token.kind,
            punctuation == .not || punctuation == .minus
        {
            operators.append((punctuation == .not ? .not : .negate, token.offset))
            try advance()
        }
        var operand: Expr
        // -9223372036854775808 is an int although its magnitude alone is not.
        if let (op, offset) = operators.last, op == .negate,
            case .int(let magnitude) = token.kind, magnitude == UInt64(Int64.max) + 1
        {
            operators.removeLast()
            try advance()
            operand = try member(Expr(.literal(.int(Int64.min)), offset: offset, start: offset))
        } else {
            operand = try member(try primary())
        }
        for (op, offset) in operators.reversed() {
            operand = try node(.unary(op, operand), offset: offset, start: offset)
        }
        return operand
    }

    private mutating func member(_ primary: Expr) throws(SyntaxFailure) -> Expr {
        var expr = primary
        while true {
            if isPunctuation(.dot) {
                try advance()
                // After '.', reserved words name fields and methods too (CEL reserves them
                // only as identifiers), and a back-quoted name selects a field.
                let nameOffset = token.offset
                let name: String
                var quoted = false
                switch token.kind {
                case .identifier(let word): name = word
                case .quotedIdentifier(let word): name = word; quoted = true
                default: throw unexpected(("имя поля или метода после «.»", "«.» кейін өріс немесе әдіс атауы", "a field or method name after '.'"))
                }
                try advance()
                if quoted, isPunctuation(.leftParen) {
                    throw SyntaxFailure(template: "expr-syntax.quoted-call", at: token.offset)
                }
                if isPunctuation(.leftParen) {
                    let arguments = try callArguments()
                    expr = try call(
                        name, offset: nameOffset, receiver: expr, arguments: arguments,
                        start: expr.start)
                } else {
                    expr = try node(.select(expr, field: name), offset: nameOffset, start: expr.start)
                }
            } else if isPunctuation(.leftBracket) {
                let offset = token.offset
                try advance()
                let index = try expression()
                try expect(.rightBracket)
                expr = try node(.index(expr, index), offset: offset, start: expr.start)
            } else if isPunctuation(.leftBrace) {
                throw SyntaxFailure(template: "expr-syntax.construction", ["example": "Type{…}"], at: token.offset)
            } else {
                return expr
            }
        }
    }

    private mutating func primary() throws(SyntaxFailure) -> Expr {
        let offset = token.offset
        switch token.kind {
        case .int(let magnitude):
            guard magnitude <= UInt64(Int64.max) else {
                throw SyntaxFailure(template: "expr-syntax.int-range", at: offset)
            }
            try advance()
            return Expr(.literal(.int(Int64(magnitude))), offset: offset, start: offset)
        case .double(let value):
            try advance()
            return Expr(.literal(.double(value)), offset: offset, start: offset)
        case .string(let value):
            try advance()
            return Expr(.literal(.string(value)), offset: offset, start: offset)
        case .trueLiteral, .falseLiteral:
            let value = token.kind == .trueLiteral
            try advance()
            return Expr(.literal(.bool(value)), offset: offset, start: offset)
        case .nullLiteral:
            try advance()
            return Expr(.literal(.null), offset: offset, start: offset)
        case .identifier:
            return try identifierOrCall()
        case .punctuation(.dot):
            // `.name` names `name` in the root scope; there are no packages here, so it is `name`.
            try advance()
            return try identifierOrCall()
        case .punctuation(.leftParen):
            try advance()
            let inner = try expression()
            try expect(.rightParen)
            return inner
        case .punctuation(.leftBracket):
            try advance()
            let elements = try list(closedBy: .rightBracket)
            return try node(.list(elements), offset: offset, start: offset)
        case .punctuation(.leftBrace):
            try advance()
            return try node(.map(try mapEntries()), offset: offset, start: offset)
        default:
            throw unexpected(("выражение", "өрнек", "an expression"))
        }
    }

    private mutating func identifierOrCall() throws(SyntaxFailure) -> Expr {
        let (name, offset) = try identifier(("имя", "атау", "an identifier"))
        guard isPunctuation(.leftParen) else {
            return Expr(.identifier(name), offset: offset, start: offset)
        }
        let arguments = try callArguments()
        return try call(name, offset: offset, receiver: nil, arguments: arguments, start: offset)
    }

    private mutating func identifier(_ expected: (ru: String, kk: String, en: String)) throws(SyntaxFailure) -> (String, Int) {
        guard case .identifier(let name) = token.kind else { throw unexpected(expected) }
        let offset = token.offset
        guard !Lexer.reservedWords.contains(name) else {
            throw SyntaxFailure(template: "expr-syntax.reserved", ["name": name], at: offset)
        }
        try advance()
        return (name, offset)
    }

    /// `(` [Expr {, Expr}] `)`; the current token is the `(`.
    private mutating func callArguments() throws(SyntaxFailure) -> [Expr] {
        try advance()
        var arguments: [Expr] = []
        if isPunctuation(.rightParen) {
            try advance()
            return arguments
        }
        while true {
            arguments.append(try expression())
            if isPunctuation(.comma) {
                try advance()
            } else {
                try expect(.rightParen)
                return arguments
            }
        }
    }

    /// Elements up to `closer`, with an optional trailing comma (as cel-go accepts).
    private mutating func list(closedBy closer: Punctuation) throws(SyntaxFailure) -> [Expr] {
        var elements: [Expr] = []
        while !isPunctuation(closer) {
            elements.append(try expression())
            guard isPunctuation(.comma) else { break }
            try advance()
        }
        try expect(closer)
        return elements
    }

    private mutating func mapEntries() throws(SyntaxFailure) -> [MapEntry] {
        var entries: [MapEntry] = []
        while !isPunctuation(.rightBrace) {
            let key = try expression()
            try expect(.colon)
            let value = try expression()
            entries.append(MapEntry(key: key, value: value))
            guard isPunctuation(.comma) else { break }
            try advance()
        }
        try expect(.rightBrace)
        return entries
    }

    // MARK: - Macros

    /// A call, or the macro it spells when its shape matches one.
    private func call(
        _ name: String, offset: Int, receiver: Expr?, arguments: [Expr], start: Int
    ) throws(SyntaxFailure) -> Expr {
        if receiver == nil && name == "has" && arguments.count == 1 {
            guard case .select(let operand, let field) = arguments[0].kind else {
                throw SyntaxFailure(template: "expr-syntax.has", ["function": "has()", "example": "has(doc.field)"], at: arguments[0].start)
            }
            // Errors of has() itself (testing a field of a non-map) point at the field.
            return try node(.has(operand, field: field), offset: arguments[0].offset, start: start)
        }
        if let receiver, let kind = MacroKind(rawValue: name),
            arguments.count == 2 || (kind == .map && arguments.count == 3)
        {
            guard case .identifier(let variable) = arguments[0].kind else {
                throw SyntaxFailure(template: "expr-syntax.macro-variable", ["name": name, "example": "list.\(name)(x, …)"], at: arguments[0].start)
            }
            let comprehension = Comprehension(
                kind: kind, range: receiver, variable: variable,
                variableOffset: arguments[0].offset,
                filter: arguments.count == 3 ? arguments[1] : nil,
                body: arguments[arguments.count - 1])
            return try node(.comprehension(comprehension), offset: offset, start: start)
        }
        return try node(
            .call(name: name, receiver: receiver, arguments: arguments), offset: offset, start: start)
    }
}
