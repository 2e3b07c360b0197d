import Testing

@testable import SaraptamaExpressions

// `E` below is an operand that fails (a missing key): `x.nope`, failing at its field offset.
// `N` is an operand that is not a bool (`x.n`, an int), which CEL treats like an error.
private let bindings: [String: Value] = ["x": .map(ValueMap([("n", .int(1))]))]

@Suite("Evaluator: logic and short-circuit")
struct LogicTests {
    @Test("&& and || truth tables over bools", arguments: [
        ("true && true", true), ("true && false", false), ("false && true", false),
        ("false && false", false), ("true || true", true), ("true || false", true),
        ("false || true", true), ("false || false", false), ("!true", false), ("!false", true),
        ("!!true", true),
    ])
    func truthTables(source: String, expected: Bool) {
        #expect(run(source) == .value(.bool(expected)), "\(source)")
    }

    @Test("errors are absorbed by a deciding operand on either side (commutative)", arguments: [
        // &&: false decides
        ("false && x.nope", Outcome.value(.bool(false))),
        ("x.nope && false", .value(.bool(false))),
        ("true && x.nope", .error("eval-no-such-key", 10)),
        ("x.nope && true", .error("eval-no-such-key", 2)),
        ("x.nope && x.none", .error("eval-no-such-key", 2)),
        // ||: true decides
        ("true || x.nope", .value(.bool(true))),
        ("x.nope || true", .value(.bool(true))),
        ("false || x.nope", .error("eval-no-such-key", 11)),
        ("x.nope || false", .error("eval-no-such-key", 2)),
        ("x.nope || x.none", .error("eval-no-such-key", 2)),
        // a non-bool operand is an error, absorbed the same way
        ("x.n && false", .value(.bool(false))),
        ("false && x.n", .value(.bool(false))),
        ("x.n && true", .error("eval-no-matching-overload", 4)),
        ("true || x.n", .value(.bool(true))),
        ("x.n || true", .value(.bool(true))),
        ("x.n || false", .error("eval-no-matching-overload", 4)),
        // nesting
        ("(x.nope && false) || true", .value(.bool(true))),
        ("x.nope || (false && x.none) || true", .value(.bool(true))),
        ("!x.nope", .error("eval-no-such-key", 3)),
        ("!x.n", .error("eval-no-matching-overload", 0)),
    ])
    func absorption(source: String, expected: Outcome) {
        #expect(run(source, bindings) == expected, "\(source)")
    }

    @Test("the conditional evaluates only the chosen branch", arguments: [
        ("true ? 1 : x.nope", Outcome.value(.int(1))),
        ("false ? x.nope : 'b'", .value(.string("b"))),
        ("x.n > 0 ? 'pos' : 'neg'", .value(.string("pos"))),
        ("x.n ? 1 : 2", .error("eval-no-matching-overload", 4)),
        ("x.nope ? 1 : 2", .error("eval-no-such-key", 2)),
        ("x.n == 1 ? x.nope : 2", .error("eval-no-such-key", 13)),
        ("false ? 1 : true ? 2 : 3", .value(.int(2))),
    ])
    func conditional(source: String, expected: Outcome) {
        #expect(run(source, bindings) == expected, "\(source)")
    }
}
