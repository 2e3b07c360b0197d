import Synchronization
import Testing

@testable import SaraptamaExpressions

/// Counts the lookups that reach it, to show how often a variable is evaluated.
final class CountingLookupProvider: LookupProvider {
    let calls = Atomic<Int>(0)
    func lookup(catalogue: String, key: String) -> [Value] {
        calls.add(1, ordering: .relaxed)
        return [.string(key)]
    }
    func architectureLookup(index: String, key: String) -> [Value] { [] }
}

/// Computed variables (ComputedVariables.swift): lazy, once per activation state, errors placed.
@Suite("Computed variables")
struct ComputedVariableTests {
    private func declare(_ pairs: [(String, String)], in base: ExpressionEnvironment = environment) throws -> ExpressionEnvironment {
        var extended = base
        for (name, source) in pairs {
            let compiled = try extended.compile(source).get()
            extended = extended.declaring(name, as: compiled, locate: { "\(name)+\($0)" })
        }
        return extended
    }

    @Test("a variable reads earlier ones and is read like any variable, macros included")
    func reading() throws {
        let extended = try declare([("n", "x.size()"), ("twice", "x.map(v, v * 2)"), ("big", "twice.filter(v, v > n)")])
        let bindings: [String: Value] = ["x": .list([1, 2, 3].map(Value.int))]
        #expect(run("big", bindings, in: extended) == .value(.list([4, 6].map(Value.int))))
        // The variable's own macro slot does not disturb the macro it is read in.
        #expect(run("x.all(v, twice.exists(w, w == v * 2))", bindings, in: extended) == .value(.bool(true)))
        #expect(run("x.map(n, n)", bindings, in: extended) == .value(.list([1, 2, 3].map(Value.int))))  // macro variable shadows
    }

    @Test("evaluated once per activation state, however many expressions read it, and not when unread")
    func once() throws {
        let provider = CountingLookupProvider()
        let extended = try declare([("entry", "lookup('services', x)")])
        let reads = try ["entry == 'a'", "entry + entry", "size(entry)", "true || entry == ''"].map { try extended.compile($0).get() }
        var activation = Activation(environment: extended, lookups: provider)
        activation.set("x", .string("a"))
        for compiled in reads { _ = try compiled.evaluate(&activation) }
        #expect(provider.calls.load(ordering: .relaxed) == 1)
        activation.set("x", .string("b"))  // a new match: the value is computed again
        #expect(try reads[0].evaluate(&activation) == .bool(false))
        #expect(provider.calls.load(ordering: .relaxed) == 2)
        _ = try reads[3].evaluate(&activation)
        #expect(provider.calls.load(ordering: .relaxed) == 2)
    }

    @Test("a new match makes remembered values stale by a new generation, without emptying the table")
    func generations() throws {
        // `entry` is read directly, `firsts` in a nested evaluation of its own (it has a macro).
        let extended = try declare([("entry", "lookup('services', x)"), ("firsts", "[x, y].map(v, lookup('services', v))")])
        let read = try extended.compile("entry + '/' + firsts[1]").get()
        var activation = Activation(environment: extended, lookups: CountingLookupProvider())
        for (x, y) in [("a", "b"), ("a", "b"), ("c", "b"), ("a", "d")] {
            activation.set("x", .string(x))
            activation.set("y", .string(y))
            let generation = activation.scratch.computed.generation
            #expect(try read.evaluate(&activation) == .string("\(x)/\(y)"), "a value of an earlier match was read as current")
            #expect(try read.evaluate(&activation) == .string("\(x)/\(y)"))
            // The entries stay; only the generation moved (DAT-001 read its variable for ~25 K
            // instructions per document more than the lookup written out when a match emptied the table).
            #expect(activation.scratch.computed.entries.count == 2)
            #expect(activation.scratch.computed.generation == generation)
            // `firsts`' nested evaluation reuses one scratch from match to match instead of a new one each time.
            #expect(activation.scratch.spare.count == 1)
        }
    }

    @Test("an error inside a variable is reported where it is read, naming where in the variable it happened")
    func errors() throws {
        let extended = try declare([("owner", "doc.missing.owner")])
        let compiled = try extended.compile("x == 1 && owner == 'a'").get()
        var activation = Activation(environment: extended, lookups: EmptyLookupProvider())
        activation.set("doc", document)
        activation.set("x", .int(1))
        let error = try #require(throws: EvaluationError.self) { try compiled.evaluate(&activation) }
        #expect(error.code == "eval-no-such-key" && error.offset == 10)
        #expect(error.message == "in variable 'owner' at owner+4: no such key: 'missing'")
        // The same sentence in Russian and Kazakh, from the catalogue.
        #expect(error.template == "eval-failed.variable")
        #expect(error.localizedMessage()?["detail.ru"] == "в переменной «owner» (owner+4): нет ключа «missing»")
        #expect(compileIssues("ownr", in: extended).map(\.message) == ["unknown identifier 'ownr' (did you mean 'owner'?)"])
    }
}
