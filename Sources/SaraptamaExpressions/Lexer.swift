// The lexer turns expression text into tokens on demand, so that the parser reports the first
// problem in reading order (a bad character after a syntax error is never reported first).
// Positions are offsets in Unicode scalars, the unit callers use to map back into YAML files.

/// Operators and punctuation.
enum Punctuation: String, Sendable {
    case plus = "+", minus = "-", star = "*", slash = "/", percent = "%"
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">"
    case greaterEqual = ">="
    case and = "&&", or = "||", not = "!", question = "?", colon = ":"
    case dot = ".", comma = ",", leftParen = "(", rightParen = ")"
    case leftBracket = "[", rightBracket = "]", leftBrace = "{", rightBrace = "}"
}

enum TokenKind: Sendable, Equatable {
    case identifier(String)
    /// A back-quoted field name, `` `content-type` ``: only valid after '.'.
    case quotedIdentifier(String)
    /// The magnitude of a decimal or hex literal; the parser checks the range, since
    /// `-9223372036854775808` is valid while its magnitude alone is not an int.
    case int(UInt64)
    case double(Double)
    case string(String)
    case trueLiteral, falseLiteral, nullLiteral, inKeyword
    case punctuation(Punctuation)
    case end
}

struct Token: Sendable {
    var kind: TokenKind
    /// Offset of the first scalar of the token.
    var offset: Int

    /// How the token is named in "expected …, found …" messages, in Russian, Kazakh and English.
    var words: (ru: String, kk: String, en: String) {
        switch kind {
        case .identifier, .quotedIdentifier, .trueLiteral, .falseLiteral, .nullLiteral, .inKeyword, .punctuation:
            ("«" + description.dropFirst().dropLast() + "»", "«" + description.dropFirst().dropLast() + "»", description)
        case .int(let value): ("целое число \(value)", "\(value) бүтін саны", description)
        case .double(let value): ("число \(value)", "\(value) саны", description)
        case .string: ("строка в кавычках", "тырнақшадағы жол", description)
        case .end: ("конец выражения", "өрнектің соңы", description)
        }
    }

    /// How the token is named in "expected …, found …" messages.
    var description: String {
        switch kind {
        case .identifier(let name): "'\(name)'"
        case .quotedIdentifier(let name): "'`\(name)`'"
        case .int(let value): "integer \(value)"
        case .double(let value): "number \(value)"
        case .string: "a string literal"
        case .trueLiteral: "'true'"
        case .falseLiteral: "'false'"
        case .nullLiteral: "'null'"
        case .inKeyword: "'in'"
        case .punctuation(let punctuation): "'\(punctuation.rawValue)'"
        case .end: "end of expression"
        }
    }
}

/// A syntax error: parsing stops at the first one.
struct SyntaxFailure: Error {
    var issue: ExpressionIssue

    init(_ message: String, at offset: Int, code: String = "expr-syntax") {
        issue = ExpressionIssue(code: code, message: message, offset: offset)
    }

    /// A syntax error whose message is the catalogue's `template` (`expr-syntax.<variant>`).
    init(template: String, _ arguments: [String: String] = [:], at offset: Int, code: String = "expr-syntax") {
        issue = ExpressionIssue(code: code, template: template, arguments: arguments, offset: offset)
    }
}

struct Lexer {
    private let scalars: [Unicode.Scalar]
    private var position = 0

    /// Words CEL reserves: they can never name a variable or a field.
    static let reservedWords: Set<String> = [
        "as", "break", "const", "continue", "else", "for", "function", "if", "import", "let",
        "loop", "package", "namespace", "return", "var", "void", "while",
    ]

    init(_ source: String) {
        // Reserving by the UTF-8 length (an upper bound) saves the counting pass `Array(_:)`
        // makes over a String's scalars before copying them.
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(source.utf8.count)
        for scalar in source.unicodeScalars { scalars.append(scalar) }
        self.scalars = scalars
    }

    mutating func next() throws(SyntaxFailure) -> Token {
        try skipTrivia()
        guard position < scalars.count else { return Token(kind: .end, offset: position) }
        let start = position
        let scalar = scalars[position]
        if Self.isIdentifierStart(scalar) { return try identifierOrPrefixedString() }
        if Self.isDigit(scalar) || (scalar == "." && Self.isDigit(peek(1))) {
            return try number()
        }
        if scalar == "\"" || scalar == "'" {
            return Token(kind: .string(try string(raw: false)), offset: start)
        }
        if scalar == "`" { return try quotedIdentifier() }
        return Token(kind: .punctuation(try punctuation()), offset: start)
    }

    // MARK: - Trivia

    private mutating func skipTrivia() throws(SyntaxFailure) {
        while position < scalars.count {
            let scalar = scalars[position]
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r"
                || scalar == "\u{0C}"
            {
                position += 1
            } else if scalar == "/" && peek(1) == "/" {
                while position < scalars.count && scalars[position] != "\n"
                    && scalars[position] != "\r"
                {
                    position += 1
                }
            } else {
                return
            }
        }
    }

    // MARK: - Identifiers and keywords

    /// `` `name` ``: letters, digits and `_ . - /` and spaces, as CEL allows in a back-quoted
    /// field name (for keys such as `content-type` that are not identifiers).
    private mutating func quotedIdentifier() throws(SyntaxFailure) -> Token {
        let start = position
        position += 1
        let nameStart = position
        while position < scalars.count, scalars[position] != "`" {
            let scalar = scalars[position]
            guard Self.isIdentifierPart(scalar) || ".-/ ".unicodeScalars.contains(scalar) else {
                throw SyntaxFailure(template: "expr-syntax.quoted-character", ["found": String(scalar)], at: position)
            }
            position += 1
        }
        guard position < scalars.count, position > nameStart else {
            throw SyntaxFailure(template: "expr-syntax.quoted-name", ["quote": "`"], at: start)
        }
        let name = Self.text(scalars[nameStart..<position])
        position += 1
        return Token(kind: .quotedIdentifier(name), offset: start)
    }

    private mutating func identifierOrPrefixedString() throws(SyntaxFailure) -> Token {
        let start = position
        while position < scalars.count && Self.isIdentifierPart(scalars[position]) {
            position += 1
        }
        let text = Self.text(scalars[start..<position])
        if position < scalars.count && (scalars[position] == "\"" || scalars[position] == "'") {
            // A letter glued to a quote is a string prefix: r (raw) is supported, b (bytes) not.
            switch text {
            case "r", "R": return Token(kind: .string(try string(raw: true)), offset: start)
            case "b", "B", "br", "bR", "Br", "BR", "rb", "rB", "Rb", "RB":
                throw SyntaxFailure(template: "expr-syntax.bytes", at: start)
            default: break
            }
        }
        switch text {
        case "true": return Token(kind: .trueLiteral, offset: start)
        case "false": return Token(kind: .falseLiteral, offset: start)
        case "null": return Token(kind: .nullLiteral, offset: start)
        case "in": return Token(kind: .inKeyword, offset: start)
        default: return Token(kind: .identifier(text), offset: start)
        }
    }

    // MARK: - Numbers

    private mutating func number() throws(SyntaxFailure) -> Token {
        let start = position
        if scalars[position] == "0" && (peek(1) == "x" || peek(1) == "X") {
            position += 2
            var value: UInt64 = 0
            var digits = 0
            while position < scalars.count, let digit = Self.hexValue(scalars[position]) {
                let (shifted, overflow) = value.multipliedReportingOverflow(by: 16)
                guard !overflow else {
                    throw SyntaxFailure(template: "expr-syntax.int-range", at: start)
                }
                value = shifted | UInt64(digit)
                digits += 1
                position += 1
            }
            guard digits > 0 else {
                throw SyntaxFailure(template: "expr-syntax.hex", ["prefix": "0x"], at: start)
            }
            try checkNumberEnd(start)
            return Token(kind: .int(value), offset: start)
        }
        var text = ""
        var isDouble = false
        readDigits(into: &text)
        if position < scalars.count && scalars[position] == "." && Self.isDigit(peek(1)) {
            isDouble = true
            text.append(".")
            position += 1
            readDigits(into: &text)
        }
        if position < scalars.count && (scalars[position] == "e" || scalars[position] == "E") {
            isDouble = true
            text.append("e")
            position += 1
            if position < scalars.count && (scalars[position] == "+" || scalars[position] == "-") {
                text.unicodeScalars.append(scalars[position])
                position += 1
            }
            guard Self.isDigit(peek(0)) else {
                throw SyntaxFailure(template: "expr-syntax.exponent", at: start)
            }
            readDigits(into: &text)
        }
        try checkNumberEnd(start)
        if isDouble {
            if text.hasPrefix(".") { text = "0" + text }
            guard let value = Double(text), value.isFinite else {
                throw SyntaxFailure(template: "expr-syntax.number-range", at: start)
            }
            return Token(kind: .double(value), offset: start)
        }
        guard let value = UInt64(text) else {
            throw SyntaxFailure(template: "expr-syntax.int-range", at: start)
        }
        return Token(kind: .int(value), offset: start)
    }

    private mutating func readDigits(into text: inout String) {
        while position < scalars.count && Self.isDigit(scalars[position]) {
            text.unicodeScalars.append(scalars[position])
            position += 1
        }
    }

    /// A number glued to letters (`1u`, `12abc`) is an error rather than two tokens.
    private func checkNumberEnd(_ start: Int) throws(SyntaxFailure) {
        guard position < scalars.count, Self.isIdentifierPart(scalars[position]) else { return }
        if scalars[position] == "u" || scalars[position] == "U" {
            throw SyntaxFailure(template: "expr-syntax.unsigned", at: start)
        }
        throw SyntaxFailure(template: "expr-syntax.number", at: start)
    }

    // MARK: - Strings

    /// Reads a quoted string starting at the opening quote.
    private mutating func string(raw: Bool) throws(SyntaxFailure) -> String {
        let start = position
        let quote = scalars[position]
        let triple = peek(1) == quote && peek(2) == quote
        position += triple ? 3 : 1
        if let plain = plainString(quote: quote, triple: triple) { return plain }
        var value = String.UnicodeScalarView()
        while true {
            guard position < scalars.count else {
                throw SyntaxFailure(template: "expr-syntax.unterminated", at: start)
            }
            let scalar = scalars[position]
            if scalar == quote {
                if !triple {
                    position += 1
                    return String(value)
                }
                if peek(1) == quote && peek(2) == quote {
                    position += 3
                    return String(value)
                }
            }
            if !triple && (scalar == "\n" || scalar == "\r") {
                throw SyntaxFailure(template: "expr-syntax.unterminated-line", ["quotes": "'''…'''"], at: start)
            }
            if scalar == "\\" && !raw {
                value.append(try escape())
            } else {
                value.append(scalar)
                position += 1
            }
        }
    }

    /// The common case of a one-line string without escapes, read in one go: appending its
    /// scalars one by one was most of the cost of lexing a rule set. Nil (position unchanged)
    /// when the string has a backslash, a line break or no closing quote, which the general
    /// path reads and reports.
    private mutating func plainString(quote: Unicode.Scalar, triple: Bool) -> String? {
        guard !triple else { return nil }
        var end = position
        while end < scalars.count {
            let scalar = scalars[end]
            if scalar == quote {
                let text = Self.text(scalars[position..<end])
                position = end + 1
                return text
            }
            if scalar == "\\" || scalar == "\n" || scalar == "\r" { return nil }
            end += 1
        }
        return nil
    }

    /// A String from a run of scalars, encoded to UTF-8 directly.
    static func text(_ run: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(run.count)
        for scalar in run { UTF8.encode(scalar) { bytes.append($0) } }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Reads one escape sequence starting at the backslash.
    private mutating func escape() throws(SyntaxFailure) -> Unicode.Scalar {
        let start = position
        guard position + 1 < scalars.count else {
            throw SyntaxFailure(template: "expr-syntax.unterminated", at: start)
        }
        let code = scalars[position + 1]
        position += 2
        switch code {
        case "\\", "?", "\"", "'", "`": return code
        case "a": return "\u{07}"
        case "b": return "\u{08}"
        case "f": return "\u{0C}"
        case "n": return "\n"
        case "r": return "\r"
        case "t": return "\t"
        case "v": return "\u{0B}"
        case "x", "X": return try codePoint(digits: 2, radix: 16, escapeStart: start)
        case "u": return try codePoint(digits: 4, radix: 16, escapeStart: start)
        case "U": return try codePoint(digits: 8, radix: 16, escapeStart: start)
        case "0", "1", "2", "3":
            position -= 1
            return try codePoint(digits: 3, radix: 8, escapeStart: start)
        default:
            throw SyntaxFailure(template: "expr-syntax.escape-code", ["escape": "\\\(code)"], at: start)
        }
    }

    private mutating func codePoint(digits: Int, radix: UInt32, escapeStart: Int)
        throws(SyntaxFailure) -> Unicode.Scalar
    {
        var value: UInt32 = 0
        for _ in 0..<digits {
            guard position < scalars.count, let digit = Self.hexValue(scalars[position]),
                digit < radix
            else {
                throw SyntaxFailure(template: "expr-syntax.escape", at: escapeStart)
            }
            value = value * radix + digit
            position += 1
        }
        guard let scalar = Unicode.Scalar(value) else {
            throw SyntaxFailure(template: "expr-syntax.code-point", at: escapeStart)
        }
        return scalar
    }

    // MARK: - Punctuation

    private mutating func punctuation() throws(SyntaxFailure) -> Punctuation {
        let start = position
        let scalar = scalars[position]
        let following = peek(1)
        position += 1
        switch scalar {
        case "+": return .plus
        case "-": return .minus
        case "*": return .star
        case "/": return .slash
        case "%": return .percent
        case "?": return .question
        case ":": return .colon
        case ".": return .dot
        case ",": return .comma
        case "(": return .leftParen
        case ")": return .rightParen
        case "[": return .leftBracket
        case "]": return .rightBracket
        case "{": return .leftBrace
        case "}": return .rightBrace
        case "<", ">", "!", "=":
            if following == "=" {
                position += 1
                switch scalar {
                case "<": return .lessEqual
                case ">": return .greaterEqual
                case "!": return .notEqual
                default: return .equal
                }
            }
            switch scalar {
            case "<": return .less
            case ">": return .greater
            case "!": return .not
            default: throw SyntaxFailure(template: "expr-syntax.single", ["found": "=", "meant": "=="], at: start)
            }
        case "&", "|":
            if following == scalar {
                position += 1
                return scalar == "&" ? .and : .or
            }
            throw SyntaxFailure(template: "expr-syntax.single", ["found": String(scalar), "meant": "\(scalar)\(scalar)"], at: start)
        default:
            throw SyntaxFailure(template: "expr-syntax.character", ["found": String(scalar)], at: start)
        }
    }

    // MARK: - Character classes

    private func peek(_ ahead: Int) -> Unicode.Scalar {
        position + ahead < scalars.count ? scalars[position + ahead] : "\0"
    }

    static func isDigit(_ scalar: Unicode.Scalar) -> Bool { scalar >= "0" && scalar <= "9" }

    static func isIdentifierStart(_ scalar: Unicode.Scalar) -> Bool {
        (scalar >= "a" && scalar <= "z") || (scalar >= "A" && scalar <= "Z") || scalar == "_"
    }

    static func isIdentifierPart(_ scalar: Unicode.Scalar) -> Bool {
        isIdentifierStart(scalar) || isDigit(scalar)
    }

    private static func hexValue(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "0"..."9": scalar.value - 48
        case "a"..."f": scalar.value - 87
        case "A"..."F": scalar.value - 55
        default: nil
        }
    }
}
