import Testing

@testable import SaraptamaExpressions

@Suite("Evaluator: operators")
struct OperatorTests {
    @Test("arithmetic", arguments: [
        ("1 + 2", Outcome.value(.int(3))),
        ("10 - 15", .value(.int(-5))),
        ("6 * 7", .value(.int(42))),
        ("7 / 2", .value(.int(3))),
        ("-7 / 2", .value(.int(-3))),
        ("7 % 3", .value(.int(1))),
        ("-7 % 3", .value(.int(-1))),
        ("1.5 + 2.25", .value(.double(3.75))),
        ("7.0 / 2.0", .value(.double(3.5))),
        ("2.0 * -1.5", .value(.double(-3.0))),
        ("1.0 / 0.0", .value(.double(.infinity))),
        ("-(2)", .value(.int(-2))),
        ("-(-2.5)", .value(.double(2.5))),
        ("'Қазақ' + 'стан'", .value(.string("Қазақстан"))),
        ("[1] + [2, 'a']", .value(.list([.int(1), .int(2), .string("a")]))),
        ("[] + []", .value(.list([]))),
        ("2 + 3 * 4 - 10 / 5", .value(.int(12))),
        ("0x10 + 1", .value(.int(17))),
    ])
    func arithmetic(source: String, expected: Outcome) {
        #expect(run(source) == expected, "\(source)")
    }

    @Test("integer errors: division by zero and overflow", arguments: [
        ("1 / 0", Outcome.error("eval-division-by-zero", 2)),
        ("1 % 0", .error("eval-division-by-zero", 2)),
        ("x / y", .error("eval-division-by-zero", 2)),
        ("9223372036854775807 + 1", .error("eval-overflow", 20)),
        ("-9223372036854775808 - 1", .error("eval-overflow", 21)),
        ("-9223372036854775808 / -1", .error("eval-overflow", 21)),
        ("-9223372036854775808 % -1", .error("eval-overflow", 21)),
        ("9223372036854775807 * 2", .error("eval-overflow", 20)),
        ("-(-9223372036854775808)", .error("eval-overflow", 0)),
    ])
    func integerErrors(source: String, expected: Outcome) {
        #expect(run(source, ["x": .int(5), "y": .int(0)]) == expected, "\(source)")
    }

    @Test("no implicit numeric conversion in arithmetic")
    func mixedArithmetic() throws {
        let bindings: [String: Value] = ["x": .int(1), "y": .double(1.5)]
        #expect(run("x + y", bindings) == .error("eval-no-matching-overload", 2))
        let error = try #require(evaluationError("x + y", bindings))
        #expect(error.message == "no matching overload for '+' applied to (int, double)")
        #expect(run("x * y", ["x": .string("s"), "y": .string("t")]) == .error("eval-no-matching-overload", 2))
        #expect(run("x % y", ["x": .double(5), "y": .double(2)]) == .error("eval-no-matching-overload", 2))
        #expect(run("-x", ["x": .string("a")]) == .error("eval-no-matching-overload", 0))
        #expect(run("x + 1", ["x": .null]) == .error("eval-no-matching-overload", 2))
    }

    @Test("comparison", arguments: [
        ("1 < 2", true), ("2 <= 2", true), ("3 > 4", false), ("4 >= 4", true),
        ("1 < 1.5", true), ("2.0 >= 2", true), ("2 > 1.999", true), ("-1 < -0.5", true),
        ("9007199254740993 > 9007199254740992.0", true),  // exact, not through a double
        ("9223372036854775807 < 9223372036854775808.0", true),
        ("'a' < 'b'", true), ("'Z' < 'a'", true), ("'ә' > 'z'", true), ("'ab' < 'abc'", true),
        ("'' < 'a'", true), ("false < true", true), ("true <= true", true),
        ("date('2024-01-01') < date('2024-02-01')", true),
        ("date('2024-01-01') >= date('2024-01-01')", true),
        ("1 == 1", true), ("1 == 1.0", true), ("1 != 1.0", false), ("0.1 + 0.2 == 0.3", false),
        ("'a' == 'a'", true), ("'a' != 'b'", true), ("1 == 'a'", false), ("null == null", true),
        ("null == false", false), ("[1, 2] == [1, 2.0]", true), ("[1, 2] == [2, 1]", false),
        ("[1] == [1, 1]", false), ("{'a': 1, 'b': 2} == {'b': 2, 'a': 1}", true),
        ("{'a': 1} == {'a': 2}", false), ("{'a': 1} == {'b': 1}", false), ("[] == {}", false),
        ("date('2024-01-01') == date('2024-01-01')", true), ("date('2024-01-01') == '2024-01-01'", false),
        ("'e\\u0301' == '\\u00e9'", false),  // no Unicode normalization, as in CEL
    ])
    func comparison(source: String, expected: Bool) {
        #expect(run(source) == .value(.bool(expected)), "\(source)")
    }

    @Test("ordering needs comparable operands; NaN compares false")
    func orderingErrors() {
        #expect(run("x < y", ["x": .string("a"), "y": .int(1)]) == .error("eval-no-matching-overload", 2))
        #expect(run("x >= y", ["x": .list([]), "y": .list([])]) == .error("eval-no-matching-overload", 2))
        #expect(run("x < y", ["x": .null, "y": .null]) == .error("eval-no-matching-overload", 2))
        let nan: [String: Value] = ["x": .double(.nan), "y": .int(1)]
        #expect(run("x < y || x >= y || x == x", nan) == .value(.bool(false)))
        #expect(run("x != x", nan) == .value(.bool(true)))
    }

    @Test("in: list membership and map keys", arguments: [
        ("2 in [1, 2, 3]", true), ("4 in [1, 2, 3]", false), ("2.0 in [1, 2]", true),
        ("'a' in {'a': 1}", true), ("'b' in {'a': 1}", false), ("1 in {'a': 1}", false),
        ("[1] in [[1], [2]]", true), ("null in [null]", true), ("'a' in []", false),
    ])
    func membership(source: String, expected: Bool) {
        #expect(run(source) == .value(.bool(expected)), "\(source)")
    }

    @Test("in needs a container")
    func membershipError() {
        #expect(run("1 in x", ["x": .int(1)]) == .error("eval-no-matching-overload", 2))
    }

    @Test("selection and indexing", arguments: [
        ("{'a': {'b': 7}}.a.b", Outcome.value(.int(7))),
        ("{'a': 1}['a']", .value(.int(1))),
        ("[10, 20, 30][1]", .value(.int(20))),
        ("[[1, 2], [3]][0][1]", .value(.int(2))),
        ("{'a': 1}.b", .error("eval-no-such-key", 9)),
        ("{'a': 1}['b']", .error("eval-no-such-key", 8)),
        ("[1, 2][2]", .error("eval-index-out-of-range", 6)),
        ("[1, 2][-1]", .error("eval-index-out-of-range", 6)),
        ("x.a", .error("eval-no-matching-overload", 2)),
        ("x[0]", .error("eval-no-matching-overload", 1)),
        ("y[0]", .value(.int(9))),
        ("y[1]", .error("eval-index-out-of-range", 1)),
        ("item['b']", .error("eval-no-such-key", 4)),
        ("item[1]", .error("eval-no-such-key", 4)),
        ("y[doc]", .error("eval-no-matching-overload", 1)),
    ])
    func access(source: String, expected: Outcome) {
        let bindings: [String: Value] = [
            "x": .int(1), "y": .list([.int(9)]), "item": .map(ValueMap([("a", .int(1))])),
            "doc": .double(0),
        ]
        #expect(run(source, bindings) == expected, "\(source)")
    }

    @Test("has() tests map keys; an error in its operand propagates", arguments: [
        ("has(x.a)", Outcome.value(.bool(true))),
        ("has(x.b)", .value(.bool(false))),
        ("has(x.a.c)", .error("eval-no-matching-overload", 8)),
        ("has(x.b.c)", .error("eval-no-such-key", 6)),
        ("has({'k': null}.k)", .value(.bool(true))),
    ])
    func has(source: String, expected: Outcome) {
        #expect(run(source, ["x": .map(ValueMap([("a", .int(1))]))]) == expected, "\(source)")
    }

    @Test("map literals build maps; bad or repeated dynamic keys are errors")
    func mapLiterals() {
        #expect(run("{'b': 1, 'a': x}", ["x": .int(2)]) == .value(.map(ValueMap([("b", .int(1)), ("a", .int(2))]))))
        #expect(run("{x: 1}", ["x": .double(2.5)]) == .error("eval-invalid-argument", 1))
        #expect(run("{'a': 1, x: 2}", ["x": .string("a")]) == .error("eval-invalid-argument", 9))
    }

    @Test("error messages name the types and keys")
    func errorMessages() {
        #expect(evaluationError("x.missing", ["x": .map(ValueMap())])?.message == "no such key: 'missing'")
        #expect(evaluationError("x[3]", ["x": .list([.int(1)])])?.message == "index 3 out of range for a list of 1 element")
        #expect(evaluationError("x.a", ["x": .int(1)])?.message == "cannot select field 'a' of a value of type int")
        #expect(evaluationError("x < 1", ["x": .string("a")])?.message == "no matching overload for '<' applied to (string, int)")
        #expect(evaluationError("1 / x", ["x": .int(0)])?.message == "division by zero")
    }
}
