import Testing

@testable import SaraptamaExpressions

@Suite("Evaluator: macros")
struct MacroTests {
    @Test("comprehensions over lists and map keys", arguments: [
        ("[1, 2, 3].all(v, v > 0)", Outcome.value(.bool(true))),
        ("[1, 2, 3].all(v, v > 1)", .value(.bool(false))),
        ("[].all(v, false)", .value(.bool(true))),
        ("[1, 2, 3].exists(v, v == 2)", .value(.bool(true))),
        ("[1, 2, 3].exists(v, v == 5)", .value(.bool(false))),
        ("[].exists(v, true)", .value(.bool(false))),
        ("[1, 2, 3].exists_one(v, v > 1)", .value(.bool(false))),
        ("[1, 2, 3].exists_one(v, v > 2)", .value(.bool(true))),
        ("[1, 2, 3].exists_one(v, v > 5)", .value(.bool(false))),
        ("[1, 2, 3].map(v, v * 2)", .value(.list([.int(2), .int(4), .int(6)]))),
        ("[1, 2, 3].map(v, v > 1, v * 10)", .value(.list([.int(20), .int(30)]))),
        ("[1, 2, 3].filter(v, v % 2 == 1)", .value(.list([.int(1), .int(3)]))),
        ("[1, 2, 3].filter(v, false)", .value(.list([]))),
        ("{'a': 1, 'b': 2}.map(k, k)", .value(.list([.string("a"), .string("b")]))),
        ("{'a': 1, 'b': 2}.filter(k, k == 'b')", .value(.list([.string("b")]))),
        ("{'a': 1, 'b': 2}.all(k, k in ['a', 'b'])", .value(.bool(true))),
        ("{'a': 1, 'b': 2}.exists(k, {'a': 1, 'b': 2}[k] == 2)", .value(.bool(true))),
        ("[[1, 2], [3]].all(l, l.all(v, v > 0))", .value(.bool(true))),
        ("[1, 2].map(a, [10, 20].map(b, a + b))",
         .value(.list([.list([.int(11), .int(21)]), .list([.int(12), .int(22)])]))),
        ("[1, 2].map(v, v) + [3].map(v, v)", .value(.list([.int(1), .int(2), .int(3)]))),
        ("[1, 2].map(x, x * 10)", .value(.list([.int(10), .int(20)]))),  // shadows variable x
        ("[1, 2].map(v, v + x)", .value(.list([.int(101), .int(102)]))),
        ("x + [1].map(x, x)[0]", .value(.int(101))),  // the variable is back outside the macro
    ])
    func comprehensions(source: String, expected: Outcome) {
        #expect(run(source, ["x": .int(100)]) == expected, "\(source)")
    }

    @Test("all/exists absorb errors like &&/||; the others propagate them", arguments: [
        ("[0, 1].all(v, 1 / v > 0)", Outcome.error("eval-division-by-zero", 16)),
        ("[0, -1].all(v, 1 / v > 0)", .value(.bool(false))),
        ("[-1, 0].all(v, 1 / v > 0)", .value(.bool(false))),
        ("[0, 1].exists(v, 1 / v > 0)", .value(.bool(true))),
        ("[0, -1].exists(v, 1 / v > 0)", .error("eval-division-by-zero", 20)),
        ("[0, 1].exists_one(v, 1 / v > 0)", .error("eval-division-by-zero", 23)),
        ("[0].map(v, 1 / v)", .error("eval-division-by-zero", 13)),
        ("[1, 0].map(v, v > 0, 1 / v)", .value(.list([.int(1)]))),
        ("[0].map(v, 1 / v > 0, v)", .error("eval-division-by-zero", 13)),
        ("[0].filter(v, 1 / v > 0)", .error("eval-division-by-zero", 16)),
    ])
    func errors(source: String, expected: Outcome) {
        #expect(run(source) == expected, "\(source)")
    }

    @Test("predicates must be bool and ranges must be lists or maps at run time")
    func runtimeTypes() {
        #expect(run("x.all(v, v)", ["x": .list([.int(1)])]) == .error("eval-no-matching-overload", 2))
        #expect(run("x.exists(v, v)", ["x": .list([.int(1), .bool(true)])]) == .value(.bool(true)))
        #expect(run("x.filter(v, v)", ["x": .list([.string("a")])]) == .error("eval-no-matching-overload", 2))
        #expect(run("x.all(v, true)", ["x": .int(1)]) == .error("eval-no-matching-overload", 2))
        #expect(run("x.map(v, v)", ["x": .null]) == .error("eval-no-matching-overload", 2))
    }

    @Test("runaway nested macros stop with eval-too-costly instead of hanging")
    func iterationBudget() {
        let list = Value.list((0..<101).map { Value.int($0) })
        // Each inner macro reads the outer variables, so no loop is invariant and none is hoisted.
        let outcome = run("x.all(a, x.all(b, x.all(c, a <= b || c >= 0)))", ["x": list])
        // Raised in the innermost macro, and not absorbed by all(): a budget error is final.
        #expect(outcome == .error("eval-too-costly", 20))
        // Without that rule the `a < 100` of the last element would absorb the error.
        let absorbing = run("x.all(a, x.all(b, x.all(c, a <= b || c >= 0)) && a < 100)", ["x": list])
        #expect(absorbing == .error("eval-too-costly", 20))
        #expect(run("x.all(a, x.all(b, true))", ["x": list]) == .value(.bool(true)))
        // An inner macro that does not read the outer variable runs once, not once per element.
        if planIsOptimized { #expect(run("x.all(a, x.all(b, x.all(c, true)))", ["x": list]) == .value(.bool(true))) }
    }
}
