import SaraptamaLoading
import Testing

@testable import SaraptamaExpressions

/// Repeated sub-expressions are evaluated once per evaluation (or per binding of the macro
/// variables they read) and errors are never shared: results must be exactly those of
/// evaluating every occurrence.
@Suite("Evaluator: shared sub-expressions")
struct SharedSubexpressionTests {
    @Test("a shared value follows the bindings of the macro variables it reads", arguments: [
        // Loop-invariant in the inner macro, recomputed for every element of the outer one.
        ("[[1, 2], [3]].map(l, l.map(v, size(l) * 10 + v + size(l)))",
         Value.list([.list([.int(23), .int(24)]), .list([.int(14)])])),
        // Sibling macros reuse the slot of their variable.
        ("[1, 2].map(a, a * a + a * a) + [3].map(a, a * a + a * a)", .list([.int(2), .int(8), .int(18)])),
        // The same text names another variable in a nested scope.
        ("[1, 2].map(a, [10].map(a, a + 1)[0] + (a + 1))", .list([.int(13), .int(14)])),
        ("[1, 2, 3].filter(v, v * 2 > 2).map(v, v * 2)", .list([.int(4), .int(6)])),
        ("[1, 2].exists(v, v * 2 == 4) && [1, 2].all(v, v * 2 < 5)", .bool(true)),
        // Hoisted: the inner macro reads only the outer variable, a call reads none.
        ("[[1, 2], [3]].map(l, [1, 2, 3].map(v, l.filter(w, w >= v).size()))",
         .list([.list([.int(2), .int(1), .int(0)]), .list([.int(1), .int(1), .int(1)])])),
        ("[1, 2, 3].filter(v, v in [2, 3, 4].map(w, w * size('ab') / 2))", .list([.int(2), .int(3)])),
        // The same macro text at another depth reads other slots, and is not mixed up.
        ("[1, 2].map(a, [10, 20].map(b, [a, b].map(c, c + 1)) + [[a].map(c, c + 1)])",
         .list([.list([.list([.int(2), .int(11)]), .list([.int(2), .int(21)]), .list([.int(2)])]),
                .list([.list([.int(3), .int(11)]), .list([.int(3), .int(21)]), .list([.int(3)])])])),
    ])
    func bindings(source: String, expected: Value) {
        #expect(run(source) == .value(expected))
    }

    @Test("an erroring repeated sub-expression errors at each occurrence, and || still absorbs it")
    func errors() {
        let empty: [String: Value] = ["x": .map(ValueMap())]
        #expect(run("(x.nope == 1 || true) && (x.nope == 2 || true)", empty) == .value(.bool(true)))
        // The second occurrence fails at its own offset: same as with a different field there.
        let shared = run("[x.nope == 1 || true, x.nope == 2]", empty)
        let unshared = run("[x.none == 1 || true, x.nope == 2]", empty)
        guard case .error(let code, let offset) = unshared else {
            Issue.record("expected an error, got \(unshared)")
            return
        }
        #expect(shared == .error(code, offset))
    }

    @Test("a hoisted sub-expression that fails fails at each iteration, where it is written")
    func hoistedErrors() {
        let data: [String: Value] = ["x": .list([.int(1), .int(2)]), "y": .map(ValueMap())]
        // Absorbed by || at every iteration, as without hoisting.
        #expect(run("x.all(v, [1].exists(w, y.nope == w) || v > 0)", data) == .value(.bool(true)))
        let hoisted = run("x.map(v, [1].map(w, y.nope + w))", data)
        let alone = run("[1].map(w, y.nope + w)", data)
        guard case .error(let code, _) = alone else {
            Issue.record("expected an error, got \(alone)")
            return
        }
        #expect(hoisted == .error(code, 22))
    }

    @Test("a hoisted macro runs its iterations once per binding of what it reads")
    func hoistedBudget() {
        // 300 × 300 × 300 iterations unhoisted (past the budget); 300 + 300 + 300 hoisted.
        let list = Value.list((0..<300).map { Value.int($0) })
        #expect(run("x.all(a, x.exists(b, x.exists(c, c == 299)))", ["x": list]) == .value(.bool(true)))
        // Reading the outer variable, the inner macro runs per binding and meets the budget.
        #expect(run("x.all(a, x.all(b, x.exists(c, c == 299 && a >= 0 && b >= 0)))", ["x": list])
            == .error("eval-too-costly", 20))
    }

    @Test("evaluations sharing an activation see its current variables")
    func reusedActivation() throws {
        guard case .success(let compiled) = environment.compile("x * x + x * x + size(norm(y)) + size(norm(y))") else {
            Issue.record("does not compile")
            return
        }
        var activation = Activation(environment: environment, lookups: EmptyLookupProvider())
        for (x, y, expected) in [(1, "А Б", 8), (3, "«Портал»", 30), (3, "ПОРТАЛ", 30), (2, "a", 10)] {
            activation.set("x", .int(Int64(x)))
            activation.set("y", .string(y))
            #expect(try compiled.evaluate(&activation) == .int(Int64(expected)))
            #expect(try compiled.evaluate(activation) == .int(Int64(expected)))
        }
    }
}

@Suite("Normalization cache")
struct NormalizationCacheTests {
    /// The per-document table answers as `TextNormalization.key`, grown or not.
    @Test func cacheMatchesNormalization() {
        var growing = NormalizationCache()
        var frozen = NormalizationCache()
        frozen.grows = false
        let texts = ["ГБД ФЛ", "gbd", "ГБД ФЛ", "Е-Собес", "x", "y", "z", "ГБД ФЛ", "", "Е-Собес", "«Портал»", "gbd"]
        for text in texts {
            #expect(growing.key(text) == TextNormalization.key(text))
            #expect(frozen.key(text) == TextNormalization.key(text))
        }
    }
}
