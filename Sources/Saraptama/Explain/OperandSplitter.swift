/// Splits an expression's text into its top-level operands, so `explain` can show the value of
/// each side of `a op b` and of each argument of a call — without access to the parser's tree.
///
/// It scans the text once, skipping string literals and anything nested in brackets, and finds
/// the operator of lowest precedence at the top level (`?:`, then `||`, `&&`, relations, `+ -`,
/// `* / %`). Without one, a call `f(x, y)` or `r.m(x)` gives its receiver and arguments, and a
/// negation `!x` its operand. The operands are then compiled and evaluated on their own; those
/// that do not compile alone (a macro's bound variable) are simply not shown.
enum OperandSplitter {
    struct Split: Equatable {
        /// The operator (`&&`, `<=`, `?:`, …) or the called function's name.
        let head: String
        let operands: [String]
    }

    static func split(_ source: String) -> Split? {
        let text = Array(source.unicodeScalars)
        var expression = trim(text)
        // `(a && b)` as a whole: look inside.
        while expression.count >= 2, expression.first == "(", closing(of: 0, in: expression) == expression.count - 1 {
            expression = trim(Array(expression[1..<(expression.count - 1)]))
        }
        guard !expression.isEmpty else { return nil }
        let operators = topLevelOperators(expression)
        if let question = operators.first(where: { $0.text == "?" }) {
            guard let colon = operators.first(where: { $0.text == ":" && $0.start > question.start }) else { return nil }
            return Split(head: "?:", operands: [
                string(expression[0..<question.start]), string(expression[(question.end)..<colon.start]), string(expression[colon.end...]),
            ])
        }
        for level in 1...5 {
            let cuts = operators.filter { $0.level == level }
            guard !cuts.isEmpty else { continue }
            var operands: [String] = []
            var start = 0
            for cut in cuts {
                operands.append(string(expression[start..<cut.start]))
                start = cut.end
            }
            operands.append(string(expression[start...]))
            guard !operands.contains(where: \.isEmpty) else { return nil }
            let heads = Array(Set(cuts.map(\.text))).sorted()
            return Split(head: heads.joined(separator: " "), operands: operands)
        }
        if expression.first == "!" { return Split(head: "!", operands: [string(expression[1...])]) }
        return call(expression)
    }

    /// `name(args)` or `receiver.name(args)` ending the expression.
    private static func call(_ expression: [Unicode.Scalar]) -> Split? {
        guard expression.last == ")", let open = opening(of: expression.count - 1, in: expression), open > 0 else { return nil }
        var nameStart = open
        while nameStart > 0, isIdentifier(expression[nameStart - 1]) { nameStart -= 1 }
        guard nameStart < open else { return nil }
        let name = string(expression[nameStart..<open])
        var operands: [String] = []
        if nameStart > 0, expression[nameStart - 1] == "." {
            operands.append(string(expression[0..<(nameStart - 1)]))
        } else if nameStart > 0 {
            return nil
        }
        let inside = Array(expression[(open + 1)..<(expression.count - 1)])
        var depth = 0, start = 0, index = 0
        while index < inside.count {
            let scalar = inside[index]
            if scalar == "'" || scalar == "\"" { index = skipString(inside, from: index); continue }
            if "([{".unicodeScalars.contains(scalar) { depth += 1 }
            if ")]}".unicodeScalars.contains(scalar) { depth -= 1 }
            if scalar == ",", depth == 0 {
                operands.append(string(inside[start..<index]))
                start = index + 1
            }
            index += 1
        }
        let last = string(inside[start...])
        if !last.isEmpty { operands.append(last) }
        return operands.isEmpty ? nil : Split(head: name, operands: operands)
    }

    private struct Operator {
        let text: String
        let start: Int
        let end: Int
        /// 1 `||`, 2 `&&`, 3 relations, 4 `+ -`, 5 `* / %`; 0 for `?` and `:`.
        let level: Int
    }

    private static func topLevelOperators(_ text: [Unicode.Scalar]) -> [Operator] {
        var found: [Operator] = []
        var depth = 0
        var index = 0
        func at(_ offset: Int) -> Unicode.Scalar? { offset < text.count ? text[offset] : nil }
        while index < text.count {
            let scalar = text[index]
            if scalar == "'" || scalar == "\"" { index = skipString(text, from: index); continue }
            if "([{".unicodeScalars.contains(scalar) { depth += 1; index += 1; continue }
            if ")]}".unicodeScalars.contains(scalar) { depth -= 1; index += 1; continue }
            guard depth == 0 else { index += 1; continue }
            let next = at(index + 1)
            var match: (String, Int)?
            switch scalar {
            case "|" where next == "|": match = ("||", 1)
            case "&" where next == "&": match = ("&&", 2)
            case "=" where next == "=": match = ("==", 3)
            case "!" where next == "=": match = ("!=", 3)
            case "<", ">": match = next == "=" ? (String(scalar) + "=", 3) : (String(scalar), 3)
            case "+": match = ("+", 4)
            case "-" where endsOperand(text, before: index): match = ("-", 4)
            case "*", "/", "%": match = (String(scalar), 5)
            case "?": match = ("?", 0)
            case ":": match = (":", 0)
            case "i" where next == "n" && (index == 0 || !isIdentifier(text[index - 1])) && !(at(index + 2).map(isIdentifier) ?? false):
                match = ("in", 3)
            default: break
            }
            if let (op, level) = match {
                found.append(Operator(text: op, start: index, end: index + op.unicodeScalars.count, level: level))
                index += op.unicodeScalars.count
            } else if isIdentifier(scalar) {
                // Skip the rest of a word, so `min` or `index` never reads as `in`.
                while index < text.count, isIdentifier(text[index]) { index += 1 }
            } else {
                index += 1
            }
        }
        return found
    }

    /// True when the text before `index` ends an operand (so `-` there is a binary minus).
    private static func endsOperand(_ text: [Unicode.Scalar], before index: Int) -> Bool {
        var probe = index - 1
        while probe >= 0, text[probe] == " " || text[probe] == "\t" || text[probe] == "\n" { probe -= 1 }
        guard probe >= 0 else { return false }
        let scalar = text[probe]
        return isIdentifier(scalar) || scalar == ")" || scalar == "]" || scalar == "}" || scalar == "'" || scalar == "\""
    }

    /// The index just past the string literal starting at `start`.
    private static func skipString(_ text: [Unicode.Scalar], from start: Int) -> Int {
        let quote = text[start]
        var index = start + 1
        while index < text.count {
            if text[index] == "\\" { index += 2; continue }
            if text[index] == quote { return index + 1 }
            index += 1
        }
        return text.count
    }

    private static func closing(of open: Int, in text: [Unicode.Scalar]) -> Int? {
        var depth = 0, index = open
        while index < text.count {
            let scalar = text[index]
            if scalar == "'" || scalar == "\"" { index = skipString(text, from: index); continue }
            if "([{".unicodeScalars.contains(scalar) { depth += 1 }
            if ")]}".unicodeScalars.contains(scalar) {
                depth -= 1
                if depth == 0 { return index }
            }
            index += 1
        }
        return nil
    }

    private static func opening(of close: Int, in text: [Unicode.Scalar]) -> Int? {
        // Scan forward (strings cannot be recognized backwards) and keep the last opener at depth 0.
        var depth = 0, index = 0, lastOpen: Int?
        while index <= close {
            let scalar = text[index]
            if scalar == "'" || scalar == "\"" { index = skipString(text, from: index); continue }
            if "([{".unicodeScalars.contains(scalar) {
                if depth == 0 { lastOpen = index }
                depth += 1
            }
            if ")]}".unicodeScalars.contains(scalar) { depth -= 1 }
            index += 1
        }
        return depth == 0 ? lastOpen : nil
    }

    private static func isIdentifier(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    private static func trim(_ text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var slice = text[...]
        while let first = slice.first, first == " " || first == "\n" || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\n" || last == "\t" { slice = slice.dropLast() }
        return Array(slice)
    }

    private static func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(trim(Array(slice))))
    }
}
