import SaraptamaLoading
import Testing

@testable import SaraptamaExpressions

/// A comparison with a constant, and a lookup in a constant catalogue, read the constant in
/// place instead of evaluating its node; both must give exactly what the general nodes give
/// with the same value in a variable.
@Suite("Evaluator: constant operands read in place")
struct ConstantOperandTests {
    static let values: [Value] = [
        .null, .bool(true), .bool(false), .int(1), .int(2), .double(1.0), .double(1.5),
        .string("v"), .string("a text longer than fifteen bytes"), .string("текст длиннее пятнадцати байт"),
        .list([.int(1)]), Y.mapping([("a", 1)]).value, Y.mapping([("a", "v")]).value,
    ]
    static let literals: [(source: String, value: Value)] = [
        ("null", .null), ("true", .bool(true)), ("1", .int(1)), ("1.0", .double(1.0)), ("'v'", .string("v")),
        ("'a text longer than fifteen bytes'", .string("a text longer than fifteen bytes")),
        ("'текст длиннее пятнадцати байт'", .string("текст длиннее пятнадцати байт")),
    ]

    @Test("== and != against a constant on either side give what comparing two variables gives")
    func comparisonsMatchVariables() throws {
        if planIsOptimized { #expect(try plan("x == 'v'") is EqualToConstantNode) }
        if planIsOptimized { #expect(try plan("'v' != x") is EqualToConstantNode) }
        #expect(try plan("x == y") is EqualNode)
        for literal in Self.literals {
            for x in Self.values {
                for (constant, variable) in [
                    ("x == \(literal.source)", "x == y"), ("\(literal.source) == x", "y == x"),
                    ("x != \(literal.source)", "x != y"), ("\(literal.source) != x", "y != x"),
                ] {
                    let inPlace = run(constant, ["x": x])
                    #expect(inPlace == run(variable, ["x": x, "y": literal.value]), "\(constant) with x = \(x)")
                    guard case .value(.bool) = inPlace else {
                        Issue.record("\(constant) should give a bool, gave \(inPlace)")
                        continue
                    }
                }
            }
        }
        // A member of a document mapping, compared in place of a whole value.
        #expect(run("x.a == 'v'", ["x": Y.mapping([("a", "v")]).value]) == .value(.bool(true)))
        #expect(run("1 != x.a", ["x": Y.mapping([("a", 1)]).value]) == .value(.bool(false)))
    }

    @Test("a lookup in a constant catalogue answers as one whose catalogue is computed")
    func constantCatalogueMatchesComputed() {
        let lookups = MockLookupProvider(
            catalogues: ["services": [("Egov", .string("found")), ("42", .string("by number"))]], architecture: [:])
        let cases: [(key: Value, expected: Outcome)] = [
            (.string("Egov"), .value(.string("found"))),
            (.string("missing"), .value(.null)),
            (.int(42), .value(.string("by number"))),
            (.null, .value(.null)),
        ]
        for (key, expected) in cases {
            let fixed = run("lookup('services', x)", ["x": key], lookups: lookups)
            let computed = run("lookup(y, x)", ["x": key, "y": .string("services")], lookups: lookups)
            #expect(fixed == expected, "key \(key)")
            #expect(computed == expected, "key \(key)")
            // Twice in one expression: the second answer comes from the memo.
            let twice = run("[lookup('services', x), lookup(y, x)]", ["x": key, "y": .string("services")], lookups: lookups)
            if case .value(let answer) = expected {
                #expect(twice == .value(.list([answer, answer])), "key \(key)")
            }
        }
        // The errors of a key of the wrong type are those of the computed form, at the same offset.
        let wrongKey = run("lookup('services', x)", ["x": .bool(true)], lookups: lookups)
        guard case .error(let code, let offset) = wrongKey else {
            Issue.record("a bool key should fail, gave \(wrongKey)")
            return
        }
        #expect(code == "eval-no-matching-overload")
        #expect(offset == 0)
        #expect(run("lookup(y, x)", ["x": .bool(true), "y": .string("services")], lookups: lookups) == wrongKey)
        // A computed catalogue that is not a text fails as before.
        guard case .error = run("lookup(y, x)", ["x": .string("Egov"), "y": .int(1)], lookups: lookups) else {
            Issue.record("a number as the catalogue should fail")
            return
        }
    }

    private func plan(_ source: String) throws -> any PlanNode {
        guard case .success(let compiled) = environment.compile(source) else { throw PlanFailure() }
        return compiled.plan
    }

    private struct PlanFailure: Error {}
}
