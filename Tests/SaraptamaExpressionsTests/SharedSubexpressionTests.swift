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
