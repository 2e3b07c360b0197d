import SaraptamaLoading
import Testing

@testable import SaraptamaExpressions

/// `doc.a.b` and `has(doc.a.b)` are planned as one path node; it must behave exactly as the chain
/// of selects it replaces, which `[doc][0].a.b` still plans (its base is not a variable).
@Suite("Evaluator: field paths")
struct PathNodeTests {
    static let deep: Value = Y.mapping([
        ("a", ["b": ["c": "глубоко", "n": nil], "list": [1, 2]]),
        ("s", "text"),
    ]).value

    @Test("a path gives the value and the error of the chain, at the same step", arguments: [
        "x.a.b.c", "x.a.b.n", "x.a.b", "x.a.list", "x.s", "x.a.missing", "x.a.missing.c", "x.a.b.c.d", "x.s.t",
        "x.a.list.b", "x.a.b.n.c", "has(x.a.b.c)", "has(x.a.b.z)", "has(x.a.z.c)", "has(x.s.t)", "has(x.a.list.b)",
        "has(x.a.b.n.c)", "has(x.a)", "x.a.b.c + x.a.b.c", "x.m.k", "has(x.m.k)", "x.m.z",
    ])
    func pathMatchesChain(source: String) throws {
        // Over a document mapping (walked in place) and over an expression-built map (stepwise).
        for x in [Self.deep, Self.withMap] {
            let chain = source.replacingOccurrences(of: "x.", with: "[x][0].")
            compare(source, run(source, ["x": x]), run(chain, ["x": x]), shift: chain.count - source.count)
        }
    }

    private func compare(_ source: String, _ fused: Outcome, _ unfused: Outcome, shift: Int) {
        switch (fused, unfused) {
        case (.error(let code, let offset), .error(let chainCode, let chainOffset)):
            #expect(code == chainCode, "\(source)")
            // The chain's offsets sit after its longer base.
            #expect(offset == chainOffset - shift, "\(source): \(offset) vs \(chainOffset)")
        default:
            #expect(fused == unfused, "\(source)")
        }
    }

    /// The same document, with an expression-built map under `m` (a `.map`, not a mapping).
    static var withMap: Value {
        guard case .mapping(let mapping) = deep else { return deep }
        var map = ValueMap()
        for key in mapping.keys { map[key] = MapView.mapping(mapping)[key] }
        map["m"] = .map(ValueMap([("k", .int(7))]))
        return .map(map)
    }

    @Test("a path over a macro variable, a mapping and an expression-built map")
    func pathsOverLocalsAndMaps() {
        #expect(run("x.a.list.map(v, v)", ["x": Self.deep]) == .value(.list([.int(1), .int(2)])))
        #expect(run("[{'p': {'q': 1}}].all(e, has(e.p.q) && e.p.q == 1)") == .value(.bool(true)))
        #expect(run("[{'p': {'q': 1}}].exists(e, has(e.p.z))") == .value(.bool(false)))
        #expect(run("[doc].all(d, d.meta.owner == 'МЦРИАП' && has(d.meta.code))", ["doc": document]) == .value(.bool(true)))
        #expect(run("x.m.k", ["x": Self.withMap]) == .value(.int(7)))
        #expect(run("x.a.b", ["x": .null]) == .error("eval-no-matching-overload", 2))
    }

    @Test("the planner fuses select chains over variables, not over other operands")
    func plannerFusesOnlyVariableChains() throws {
        func plan(_ source: String) throws -> any PlanNode {
            guard case .success(let compiled) = environment.compile(source) else { throw PlanFailure() }
            return compiled.plan
        }
        if planIsOptimized { #expect(try plan("doc.meta.owner") is PathNode) }
        if planIsOptimized { #expect(try plan("has(doc.meta.owner)") is PathNode) }
        #expect(try plan("[doc][0].meta") is SelectNode)
        #expect(try plan("doc.meta[0]") is IndexNode)
    }

    private struct PlanFailure: Error {}
}
