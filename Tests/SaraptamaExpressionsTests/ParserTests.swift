import Testing

@testable import SaraptamaExpressions

private func parse(_ source: String) -> String {
    do {
        return try Parser.parse(source).sExpression
    } catch {
        return "error \(error.issue.code)@\(error.issue.offset): \(error.issue.message)"
    }
}

private func syntaxError(_ source: String) -> ExpressionIssue? {
    do {
        _ = try Parser.parse(source)
        return nil
    } catch {
        return error.issue
    }
}

@Suite("Lexer and parser")
struct ParserTests {
    @Test("precedence and associativity", arguments: [
        ("1 + 2 * 3", "(+ 1 (* 2 3))"),
        ("(1 + 2) * 3", "(* (+ 1 2) 3)"),
        ("1 - 2 - 3", "(- (- 1 2) 3)"),
        ("8 / 4 / 2", "(/ (/ 8 4) 2)"),
        ("7 % 3 * 2", "(* (% 7 3) 2)"),
        ("a || b && c", "(|| a (&& b c))"),
        ("a && b || c && d", "(|| (&& a b) (&& c d))"),
        ("a || b || c", "(|| (|| a b) c)"),
        ("1 < 2 == true", "(== (< 1 2) true)"),
        ("a + 1 < b * 2", "(< (+ a 1) (* b 2))"),
        ("x in [1, 2] && y", "(&& (in x [1 2]) y)"),
        ("a ? b : c ? d : e", "(?: a b (?: c d e))"),
        ("a || b ? 1 : 2", "(?: (|| a b) 1 2)"),
        ("!a && b", "(&& (! a) b)"),
        ("!!a", "(! (! a))"),
        ("-a.b", "(- (. a b))"),
        ("--1", "(- (- 1))"),
        ("-x * 2", "(* (- x) 2)"),
        ("a.b.c", "(. (. a b) c)"),
        ("a[0].b[1]", "([] (. ([] a 0) b) 1)"),
        ("a.f(1).g()", "(.g (.f a 1))"),
        ("size(a) + 1", "(+ (size a) 1)"),
        ("f()", "(f)"),
        (".a.b", "(. a b)"),
        ("1 - -2", "(- 1 (- 2))"),
        ("a // comment\n + 1", "(+ a 1)"),
    ])
    func precedence(source: String, expected: String) {
        #expect(parse(source) == expected)
    }

    @Test("literals", arguments: [
        ("42", "42"),
        ("0x1F", "31"),
        ("0XfF", "255"),
        ("9223372036854775807", "9223372036854775807"),
        ("-9223372036854775808", "-9223372036854775808"),
        ("1.5", "1.5"),
        (".5", "0.5"),
        ("1e3", "1000.0"),
        ("2.5E-1", "0.25"),
        ("true", "true"),
        ("false", "false"),
        ("null", "null"),
        ("'single'", "\"single\""),
        ("\"double\"", "\"double\""),
        ("'Қазақстан'", "\"Қазақстан\""),
        ("'it\\'s'", "\"it's\""),
        ("\"a\\\"b\"", "\"a\\\"b\""),
        ("'\\n\\t\\r\\\\'", "\"\\n\\t\\r\\\\\""),
        ("'\\x41\\u0416\\U0001F600'", "\"AЖ😀\""),
        ("'\\101\\?\\`'", "\"A?`\""),
        ("'\\a\\b\\f\\v'", "\"\\u0007\\b\\f\\u000b\""),
        ("r'\\d+\\.'", "\"\\\\d+\\\\.\""),
        ("R\"\\n\"", "\"\\\\n\""),
        ("'''line1\nline2 'quoted' '''", "\"line1\\nline2 'quoted' \""),
        ("\"\"\"x\"\"y\"\"\"", "\"x\\\"\\\"y\""),
        ("''", "\"\""),
        ("[]", "[]"),
        ("[1, 'a', [true]]", "[1 \"a\" [true]]"),
        ("[1, 2,]", "[1 2]"),
        ("{}", "{}"),
        ("{'a': 1, 'b': [2]}", "{\"a\": 1, \"b\": [2]}"),
        ("{'a': 1,}", "{\"a\": 1}"),
    ])
    func literals(source: String, expected: String) {
        #expect(parse(source) == expected)
    }

    @Test("macros are expanded by the parser", arguments: [
        ("has(a.b)", "(has a b)"),
        ("has(a.b.c)", "(has (. a b) c)"),
        ("l.all(x, x > 0)", "(all l x (> x 0))"),
        ("l.exists(x, x)", "(exists l x x)"),
        ("l.exists_one(x, x)", "(exists_one l x x)"),
        ("l.filter(x, x)", "(filter l x x)"),
        ("l.map(x, x * 2)", "(map l x (* x 2))"),
        ("l.map(x, x > 1, x * 2)", "(map l x (> x 1) (* x 2))"),
        // Wrong arity: stays a call, the checker reports it.
        ("l.all(x)", "(.all l x)"),
        ("all(l, x, p)", "(all l x p)"),
    ])
    func macros(source: String, expected: String) {
        #expect(parse(source) == expected)
    }

    @Test("syntax errors point at the offending token", arguments: [
        ("1 +", 3, "expected an expression, found end of expression"),
        ("(1 + 2", 6, "expected ')', found end of expression"),
        ("a.", 2, "expected a field or method name after '.', found end of expression"),
        ("1 2", 2, "expected an operator or end of expression, found integer 2"),
        ("'abc", 0, "unterminated string literal"),
        ("1 = 2", 2, "unexpected '='; did you mean '=='?"),
        ("a & b", 2, "unexpected '&'; did you mean '&&'?"),
        ("a | b", 2, "unexpected '|'; did you mean '||'?"),
        ("a # b", 2, "unexpected character '#'"),
        ("'Қазақ' + ", 10, "expected an expression, found end of expression"),
        ("'Қазақ' @", 8, "unexpected character '@'"),
        ("'a\\qb'", 2, "invalid escape sequence '\\q'"),
        ("'\\x4'", 1, "invalid escape sequence"),
        ("'\\uD800'", 1, "escape sequence is not a valid Unicode code point"),
        ("'a\nb'", 0, "unterminated string literal (a quoted string cannot span lines; use '''…''')"),
        ("9223372036854775808", 0, "integer literal out of range"),
        ("99999999999999999999", 0, "integer literal out of range"),
        ("0x", 0, "expected hexadecimal digits after '0x'"),
        ("1e", 0, "expected digits in the exponent of a number"),
        ("1e999", 0, "number literal out of range"),
        ("1u", 0, "unsigned integer literals are not supported"),
        ("12ab", 0, "invalid number literal"),
        ("b'abc'", 0, "bytes literals are not supported"),
        ("if.x", 0, "'if' is a reserved word; write x['if'] to read such a key"),
        ("x.`a b", 2, "a back-quoted field name needs a closing '`' and at least one character"),
        ("x.`a`()", 5, "a back-quoted name selects a field; it cannot be called"),
        ("while + 1", 0, "'while' is a reserved word; write x['while'] to read such a key"),
        ("x{}", 1, "message construction ('Type{…}') is not supported"),
        ("has(x)", 4, "has() needs a field selection, such as has(doc.field)"),
        ("[1].all(1, true)", 8, "the first argument of all() must be a variable name, as in list.all(x, …)"),
        ("{'a' 1}", 5, "expected ':', found integer 1"),
        ("{'a': 1", 7, "expected '}', found end of expression"),
        ("[1, 2", 5, "expected ']', found end of expression"),
        ("f(1,)", 4, "expected an expression, found ')'"),
        ("a ? b", 5, "expected ':', found end of expression"),
        ("", 0, "expected an expression, found end of expression"),
        ("a[1", 3, "expected ']', found end of expression"),
    ])
    func syntaxErrors(source: String, offset: Int, message: String) throws {
        let issue = try #require(syntaxError(source))
        #expect(issue.code == "expr-syntax")
        #expect(issue.offset == offset)
        #expect(issue.message == message)
    }

    @Test("only the first syntax error is reported")
    func firstErrorOnly() {
        guard case .failure(let failure) = environment.compile("1 + + @ )") else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.issues.map { [$0.code, $0.message, String($0.offset)] } == [
            ["expr-syntax", "expected an expression, found '+'", "4"]
        ])
        #expect(failure.issues.first?.template == "expr-syntax.unexpected")
    }

    @Test("deep nesting is refused, never overflowing the stack", arguments: [
        String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000),
        String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000),
        String(repeating: "!", count: 5000) + "true",
        String(repeating: "-", count: 5000) + "1",
        Array(repeating: "1", count: 3000).joined(separator: "+"),
        Array(repeating: "a", count: 3000).joined(separator: " && "),
        "a" + String(repeating: ".b", count: 3000),
        "a" + String(repeating: "[0]", count: 2000),
        String(repeating: "a ? b : ", count: 1000) + "c",
        String(repeating: "f(", count: 3000) + String(repeating: ")", count: 3000),
    ])
    func tooDeep(source: String) throws {
        let issue = try #require(syntaxError(source))
        #expect(issue.code == "expr-too-deep")
    }

    @Test("nesting just under the limit is accepted")
    func nestingAtLimit() {
        let depth = ExpressionLimits.maxDepth - 1
        let source = String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth)
        #expect(syntaxError(source) == nil)
        let sum = Array(repeating: "1", count: ExpressionLimits.maxDepth - 1).joined(separator: "+")
        #expect(run(sum) == .value(.int(Int64(ExpressionLimits.maxDepth - 1))))
    }

    @Test("the depth offset is where the limit was crossed")
    func tooDeepOffset() throws {
        let source = String(repeating: "(", count: 150) + "1" + String(repeating: ")", count: 150)
        let issue = try #require(syntaxError(source))
        #expect(issue.code == "expr-too-deep")
        #expect(issue.offset == ExpressionLimits.maxDepth)
    }

    @Test("overlong expressions are refused before parsing")
    func tooLong() {
        let source = "'" + String(repeating: "a", count: ExpressionLimits.maxLength) + "'"
        #expect(run(source) == .issues([issue("expr-too-long", 0)]))
        let fits = "'" + String(repeating: "a", count: ExpressionLimits.maxLength - 2) + "'"
        #expect(run("size(\(fits))").description.hasPrefix("issues expr-too-long"))
        #expect(run(fits) == .value(.string(String(repeating: "a", count: ExpressionLimits.maxLength - 2))))
    }

    @Test("node offsets: operators at the operator, calls at the name, selections at the field")
    func offsets() throws {
        let expr = try Parser.parse("doc.items[2].name + size(x)")
        #expect(expr.offset == 18)
        #expect(expr.start == 0)
        guard case .binary(_, let left, let right) = expr.kind else {
            Issue.record("expected a binary node")
            return
        }
        #expect(left.offset == 13)  // 'name'
        #expect(right.offset == 20)  // 'size'
        guard case .select(let indexed, _) = left.kind else {
            Issue.record("expected a selection")
            return
        }
        #expect(indexed.offset == 9)  // '['
        #expect(indexed.start == 0)
    }
}

/// Field names CEL allows after '.' that are not identifiers.
@Suite("Field names after '.'")
struct FieldNameTests {
    @Test("reserved words and back-quoted names select fields", arguments: [
        ("{'as': 1}.as", Value.int(1)),
        ("{'content-type': 'json'}.`content-type`", .string("json")),
        ("has({'a/b': 1}.`a/b`)", .bool(true)),
        ("{'a.b': 2}.`a.b`", .int(2)),
    ])
    func selects(source: String, expected: Value) {
        #expect(run(source) == .value(expected), "\(source)")
    }
}

/// Map keys as CEL has them: strings, ints and bools (MapKey.swift).
@Suite("Map keys")
struct MapKeyTests {
    @Test("int and bool keys are read back as themselves", arguments: [
        ("{1: 'a', 2: 'b'}[2]", Value.string("b")),
        ("{1: 'a'}[1.0]", .string("a")),  // a double equal to an int finds its entry
        ("{true: 5}[true]", .int(5)),
        ("2 in {1: 'a', 2: 'b'}", .bool(true)),
        ("'1' in {1: 'a'}", .bool(false)),  // the int 1 is not the string '1'
        ("keys({1: 'a', 'x': 'b'})", .list([.int(1), .string("x")])),
        ("{1: 'a', false: 'b'}.exists(k, k == false)", .bool(true)),
        ("{1: 'a'} == {1: 'a'}", .bool(true)),
    ])
    func keys(source: String, expected: Value) {
        #expect(run(source) == .value(expected), "\(source)")
    }

    @Test("a missing key or a duplicate one is an error")
    func errors() {
        #expect(run("{1: 'a'}[2]") == .error("eval-no-such-key", 8))
        #expect(run("{1: 'a', 1: 'b'}") == .error("eval-invalid-argument", 9))
    }
}
