import Testing

@testable import SaraptamaExpressions

/// Lists read as sets (SetFunctions.swift): linear time, CEL equality, first-occurrence order.
@Suite("Set functions")
struct SetFunctionTests {
    @Test("distinct, duplicates, difference, intersection", arguments: [
        ("[3, 1, 3, 2, 1].distinct()", "[3, 1, 2]"),
        ("[1, 1.0, 2].distinct()", "[1, 2]"),  // 1 == 1.0 in CEL: one element
        ("[].distinct()", "[]"),
        ("['a', 'b', 'a', 'c', 'b', 'a'].duplicates()", "['a', 'b']"),
        ("['a', 'b'].duplicates()", "[]"),
        ("[[1], [1], [2]].duplicates()", "[[1]]"),
        ("['x', 'y', 'x', 'z'].difference(['y'])", "['x', 'z']"),
        ("[1, 2, 3].intersection([3, 4, 2])", "[2, 3]"),
        ("[null, null].duplicates()", "[null]"),
    ])
    func results(source: String, expected: String) {
        guard case .value(let value) = run(expected) else { Issue.record("bad expectation \(expected)"); return }
        #expect(run(source) == .value(value), "\(source)")
    }

    @Test("uniqueness, existence and overlap read as one call each")
    func idioms() {
        let bindings: [String: Value] = ["x": .list(["a", "b", "a"].map(Value.string)), "y": .list(["a", "c"].map(Value.string))]
        #expect(run("x.duplicates() == []", bindings) == .value(.bool(false)))
        #expect(run("y.difference(x) == []", bindings) == .value(.bool(false)))
        #expect(run("size(x.intersection(y)) == 1", bindings) == .value(.bool(true)))
    }

    @Test("wrong receivers are caught by the checker or at run time")
    func wrongTypes() {
        #expect(run("'a'.distinct()") == .issues([issue("expr-type", 0)]))
        #expect(run("x.duplicates()", ["x": .int(1)]) == .error("eval-no-matching-overload", 2))
    }

    @Test("a 20,000-element list is checked for duplicates in linear time")
    func linear() {
        let many = Value.list((0..<20_000).map { Value.string("id-\($0)") })
        let clock = ContinuousClock()
        let start = clock.now
        #expect(run("x.duplicates() == []", ["x": many]) == .value(.bool(true)))
        #expect(clock.now - start < .seconds(2))
    }
}
