import SaraptamaLoading
// The checker resolves names and infers a kind set for every node, reporting every problem it
// can prove before any document is read. Document values are `dyn`, so it only rejects what can
// never succeed (`1 + 'a'`, `size(true)`); the rest is checked at run time by the evaluator.
//
// Where issues point: operators at the operator (`+` in `1 + 'a'`); functions, fields and
// identifiers at their name; a wrong argument, operand of &&/||, condition, predicate or map
// key at the first scalar of that sub-expression.

struct Checker {
    private let environment: ExpressionEnvironment
    private var issues: [ExpressionIssue] = []
    /// Macro iteration variables in scope, innermost last.
    private var iterationVariables: [String] = []

    static func check(_ expr: Expr, in environment: ExpressionEnvironment) -> [ExpressionIssue] {
        var checker = Checker(environment: environment)
        _ = checker.kinds(of: expr)
        return checker.issues.enumerated()
            .sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }
            .map(\.element)
    }

    private init(environment: ExpressionEnvironment) {
        self.environment = environment
    }

    private mutating func report(_ code: String, _ message: String, at offset: Int) {
        issues.append(ExpressionIssue(code: code, message: message, offset: offset))
    }

    /// An issue whose message is the catalogue's `template` filled with `arguments`.
    private mutating func report(_ code: String, _ template: String, _ arguments: [String: String], at offset: Int) {
        issues.append(ExpressionIssue(code: code, template: template, arguments: arguments, offset: offset))
    }

    /// An unknown name (`what`: identifier, function, catalogue, index) with its suggestion, from the catalogue.
    private mutating func reportUnknown(_ code: String, _ name: String, among known: [String], at offset: Int) {
        var arguments = ["name": name, "suggestion": ""]
        if let guess = Self.closest(to: name, among: known) {
            arguments.merge(DiagnosticCatalogue.localized("suggestion", (" (возможно, «\(guess)»?)", " (мүмкін, «\(guess)»?)", " (did you mean '\(guess)'?)"))) { _, new in new }
        }
        issues.append(ExpressionIssue(code: code, template: code + ".name", arguments: arguments, offset: offset))
    }

    private mutating func kinds(of expr: Expr) -> ValueKinds {
        switch expr.kind {
        case .literal(let value):
            return value.kind
        case .identifier(let name):
            if !iterationVariables.contains(name) && environment.layout.slots[name] == nil
                && environment.computed[name] == nil
            {
                let known = environment.variables + environment.computedNames + iterationVariables
                reportUnknown("expr-unknown-identifier", name, among: known, at: expr.offset)
            }
            return .dyn
        case .select(let operand, let field):
            let operandKinds = kinds(of: operand)
            if operandKinds.isDisjoint(with: .map) {
                report("expr-type", "expr-type.select", ["field": field, "type": operandKinds.description], at: expr.offset)
            }
            return .dyn
        case .has(let operand, let field):
            let operandKinds = kinds(of: operand)
            if operandKinds.isDisjoint(with: .map) {
                report("expr-type", "expr-type.has", ["function": "has()", "field": field, "type": operandKinds.description], at: operand.start)
            }
            return .bool
        case .index(let operand, let index):
            checkIndex(expr, operand: kinds(of: operand), index: index, indexKinds: kinds(of: index))
            return .dyn
        case .list(let elements):
            for element in elements { _ = kinds(of: element) }
            return .list
        case .map(let entries):
            for entry in entries {
                let keyKinds = kinds(of: entry.key)
                if keyKinds.isDisjoint(with: [.string, .int, .bool]) {
                    report("expr-map-key-type", "expr-map-key-type.literal", ["type": keyKinds.description], at: entry.key.start)
                }
                _ = kinds(of: entry.value)
            }
            return .map
        case .unary(let op, let operand):
            return unary(op, kinds(of: operand), at: expr.offset)
        case .binary(let op, let left, let right):
            return binary(op, left, kinds(of: left), right, kinds(of: right), at: expr.offset)
        case .conditional(let condition, let then, let otherwise):
            requireBool(kinds(of: condition), condition, ("условие «?:»", "«?:» шарты", "the condition of '?:'"))
            return kinds(of: then).union(kinds(of: otherwise))
        case .call(let name, let receiver, let arguments):
            return call(name, receiver: receiver, arguments: arguments, at: expr.offset)
        case .comprehension(let comprehension):
            return self.comprehension(comprehension)
        }
    }

    /// `what` must be a bool: what it is in Russian, Kazakh and English.
    private mutating func requireBool(_ found: ValueKinds, _ expr: Expr, _ what: (String, String, String)) {
        if found.isDisjoint(with: .bool) {
            report("expr-type", "expr-type.bool", DiagnosticCatalogue.localized("what", what).merging(["type": found.description]) { a, _ in a }, at: expr.start)
        }
    }

    private mutating func checkIndex(
        _ expr: Expr, operand: ValueKinds, index: Expr, indexKinds: ValueKinds
    ) {
        if operand.isDisjoint(with: [.list, .map]) {
            report("expr-type", "expr-type.index", ["type": operand.description], at: expr.offset)
        } else if operand.isSubset(of: .list) && indexKinds.isDisjoint(with: .int) {
            report("expr-type", "expr-type.list-index", ["type": indexKinds.description], at: index.start)
        } else if operand.isSubset(of: .map) && indexKinds.isDisjoint(with: [.string, .int, .bool, .double]) {
            report("expr-type", "expr-type.map-key", ["type": indexKinds.description], at: index.start)
        }
    }

    private mutating func unary(_ op: UnaryOperator, _ operand: ValueKinds, at offset: Int)
        -> ValueKinds
    {
        let accepted: ValueKinds = op == .not ? .bool : .number
        if operand.isDisjoint(with: accepted) {
            report("expr-type", "expr-type.overload", ["op": op.rawValue, "types": operand.description], at: offset)
        }
        return op == .not ? .bool : operand.intersection(.number).nonEmpty
    }

    private mutating func binary(
        _ op: BinaryOperator, _ left: Expr, _ leftKinds: ValueKinds,
        _ right: Expr, _ rightKinds: ValueKinds, at offset: Int
    ) -> ValueKinds {
        switch op {
        case .and, .or:
            let what = ("операнд «\(op.rawValue)»", "«\(op.rawValue)» операнды", "an operand of '\(op.rawValue)'")
            requireBool(leftKinds, left, what)
            requireBool(rightKinds, right, what)
            return .bool
        case .equal, .notEqual:
            return .bool
        case .in:
            if rightKinds.isDisjoint(with: [.list, .map]) {
                report("expr-type", "expr-type.in", ["op": "in", "type": rightKinds.description], at: offset)
            }
            return .bool
        default:
            guard let result = OperatorSignatures.result(op, leftKinds, rightKinds) else {
                report("expr-type", "expr-type.overload", ["op": op.rawValue, "types": "\(leftKinds.description), \(rightKinds.description)"], at: offset)
                return .dyn
            }
            return result
        }
    }

    private mutating func call(_ name: String, receiver: Expr?, arguments: [Expr], at offset: Int)
        -> ValueKinds
    {
        let asReceiver = receiver != nil
        // A macro reaches the checker only when the parser could not expand it. Its arguments
        // are not checked: they would mention its iteration variable, which is not declared.
        if let macro = FunctionSignatures.macrosByName[name] {
            if let receiver { _ = kinds(of: receiver) }
            if (macro.style == .receiver) != asReceiver {
                report("expr-unknown-function", "expr-unknown-function.style", ["name": name, "synopsis": macro.synopsis], at: offset)
            } else {
                report("expr-arity", "expr-arity.count", Self.count(macro.arities).merging(["name": name, "got": String(arguments.count), "synopsis": macro.synopsis]) { a, _ in a }, at: offset)
            }
            return .dyn
        }
        let operands = (receiver.map { [$0] } ?? []) + arguments
        let operandKinds = operands.map { kinds(of: $0) }
        guard let signature = FunctionSignatures.byName[name] else {
            let known = FunctionSignatures.all.map(\.name) + FunctionSignatures.macros.map(\.name)
            reportUnknown("expr-unknown-function", name, among: known, at: offset)
            return .dyn
        }
        if (asReceiver && signature.style == .global)
            || (!asReceiver && signature.style == .receiver)
        {
            report("expr-unknown-function", "expr-unknown-function.style", ["name": name, "synopsis": signature.synopsis], at: offset)
            return signature.result
        }
        let arity = signature.arity(asReceiver: asReceiver)
        guard arguments.count == arity else {
            report("expr-arity", "expr-arity.count", Self.count([arity]).merging(["name": name, "got": String(arguments.count), "synopsis": signature.synopsis]) { a, _ in a }, at: offset)
            return signature.result
        }
        for (position, (operand, found)) in zip(operands, operandKinds).enumerated() {
            let expected = signature.parameters[position]
            if found.isDisjoint(with: expected) {
                let number = asReceiver ? position : position + 1
                let what = asReceiver && position == 0
                    ? ("получатель", "қабылдаушы", "the receiver") : ("аргумент \(number)", "\(number)-аргументі", "argument \(number)")
                let arguments = DiagnosticCatalogue.localized("what", what)
                    .merging(["name": name, "expected": expected.description, "type": found.description]) { a, _ in a }
                report("expr-type", "expr-type.argument", arguments, at: operand.start)
            }
        }
        checkLiteralArguments(name, operands)
        return signature.result
    }

    /// Literal regexes and catalogue names can be validated before any document is read.
    private mutating func checkLiteralArguments(_ name: String, _ operands: [Expr]) {
        if name == "matches", case .literal(.string(let pattern)) = operands[1].kind,
            case .failure(let failure) = RegexSupport.compile(pattern)
        {
            report("expr-bad-regex", failure.message, at: operands[1].start)
        }
        guard case .literal(.string(let target)) = operands[0].kind else { return }
        if FunctionSignatures.catalogueFunctions.contains(name),
            !environment.catalogues.contains(target)
        {
            reportUnknown("expr-unknown-catalogue", target, among: Array(environment.catalogues), at: operands[0].start)
        }
        if FunctionSignatures.architectureFunctions.contains(name),
            !environment.architectureIndexes.contains(target)
        {
            reportUnknown("expr-unknown-index", target, among: Array(environment.architectureIndexes), at: operands[0].start)
        }
    }

    private mutating func comprehension(_ comprehension: Comprehension) -> ValueKinds {
        let name = comprehension.kind.rawValue
        let rangeKinds = kinds(of: comprehension.range)
        if rangeKinds.isDisjoint(with: [.list, .map]) {
            report("expr-type", "expr-type.range", ["function": name, "type": rangeKinds.description], at: comprehension.range.start)
        }
        iterationVariables.append(comprehension.variable)
        defer { iterationVariables.removeLast() }
        if let filter = comprehension.filter {
            requireBool(kinds(of: filter), filter, ("условие отбора map()", "map() іріктеу шарты", "the filter of map()"))
        }
        let bodyKinds = kinds(of: comprehension.body)
        switch comprehension.kind {
        case .all, .exists, .existsOne:
            requireBool(bodyKinds, comprehension.body, ("условие \(name)()", "\(name)() шарты", "the predicate of \(name)()"))
            return .bool
        case .filter:
            requireBool(bodyKinds, comprehension.body, ("условие filter()", "filter() шарты", "the predicate of filter()"))
            return .list
        case .map:
            return .list
        }
    }

    /// "1 argument", "2 or 3 arguments" as the argument `count` in the three languages (Russian
    /// takes the form the last number asks for).
    private static func count(_ arities: [Int]) -> [String: String] {
        let numbers = arities.map(String.init)
        let english = arities == [1] ? "1 argument" : "\(numbers.joined(separator: " or ")) arguments"
        let last = (arities.last ?? 0) % 100
        let form = (11...14).contains(last) ? "аргументов" : last % 10 == 1 ? "аргумент" : (2...4).contains(last % 10) ? "аргумента" : "аргументов"
        let russian = DiagnosticCatalogue.either(numbers, language: "ru") + " " + form
        let kazakh = DiagnosticCatalogue.either(numbers, language: "kk") + " аргумент"
        return DiagnosticCatalogue.localized("count", (russian, kazakh, english))
    }

    /// " (did you mean 'x'?)" for a close known name, so typos are quick to fix.
    static func suggestion(for name: String, among candidates: [String]) -> String {
        closest(to: name, among: candidates).map { " (did you mean '\($0)'?)" } ?? ""
    }

    /// The candidate nearest to `name` by edit distance, within a third of its length.
    static func closest(to name: String, among candidates: [String]) -> String? {
        let limit = max(1, name.count / 3)
        return candidates.map { ($0, editDistance(name, $0)) }
            .filter { $0.1 <= limit }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a.unicodeScalars), b = Array(b.unicodeScalars)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}

extension ValueKinds {
    /// The set itself, or `dyn` when empty (an impossible result is reported elsewhere).
    var nonEmpty: ValueKinds { isEmpty ? .dyn : self }
}
