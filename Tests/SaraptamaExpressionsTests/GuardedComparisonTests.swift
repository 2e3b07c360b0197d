import Foundation
import SaraptamaLoading
import Testing

@testable import SaraptamaExpressions

/// `has(x.a) && has(x.a.b) && x.a.b == 'v'` is planned as one node that walks the path once; it
/// must give exactly the value or error of the chain it replaces, which `[x][0]` as the base
/// still plans as a chain (its base is not a variable).
@Suite("Evaluator: guarded comparisons")
struct GuardedComparisonTests {
    /// Documents where `x.a.b` is each kind of value, is missing, or cannot be reached.
    static let documents: [Value] = [
        Y.mapping([("a", ["b": "v"])]).value,
        Y.mapping([("a", ["b": "другое"])]).value,
        Y.mapping([("a", ["b": 1])]).value,
        Y.mapping([("a", ["b": 1.0])]).value,
        Y.mapping([("a", ["b": 1.5])]).value,
        Y.mapping([("a", ["b": true])]).value,
        Y.mapping([("a", ["b": nil])]).value,
        Y.mapping([("a", ["b": ["c": 1]])]).value,
        Y.mapping([("a", ["b": [1, 2]])]).value,
        Y.mapping([("a", ["z": 1])]).value,
        Y.mapping([("a", "v")]).value,
        Y.mapping([("a", nil)]).value,
        Y.mapping([("a", [1])]).value,
        Y.mapping([("z", 1)]).value,
        Y.mapping([]).value,
        // An expression-built map on the way, and as the base itself.
        .map(ValueMap([("a", .map(ValueMap([("b", .string("v"))])))])),
        .map(ValueMap([("a", Y.mapping([("b", "v")]).value)])),
        .null,
        .string("v"),
    ]

    @Test("a guarded comparison gives the value and the error of the chain", arguments: [
        "has(x.a) && x.a == 'v'",
        "has(x.a) && x.a != null",
        "has(x.a) && has(x.a.b) && x.a.b == 'v'",
        "has(x.a) && has(x.a.b) && x.a.b != 'v'",
        "has(x.a.b) && x.a.b == 1",
        "has(x.a.b) && x.a.b == 1.0",
        "has(x.a.b) && x.a.b != 1.5",
        "has(x.a.b) && x.a.b == true",
        "has(x.a.b) && x.a.b == null",
        "has(x.a.b) && x.a.b != null",
        "has(x.a) && x.a.b == 'v'",
        "has(x.a.b) && has(x.a) && x.a.b == 'v'",
        "has(x.a) && has(x.a) && x.a.b.c == 1",
        "has(x.a) && has(x.a.b) && has(x.a.b.c) && x.a.b.c != 1",
    ])
    func guardedComparisonMatchesChain(source: String) throws {
        if planIsOptimized { #expect(try plan(source) is GuardedComparisonNode, "\(source)") }
        let chain = source.replacingOccurrences(of: "x.", with: "[x][0].")
        #expect(try !(plan(chain) is GuardedComparisonNode))
        for x in Self.documents {
            compare(source, run(source, ["x": x]), run(chain, ["x": x]), chain: chain)
        }
    }

    @Test("over a macro variable", arguments: [
        "x.all(m, has(m.a) && has(m.a.b) && m.a.b == 'v')",
        "x.exists(m, has(m.a.b) && m.a.b != null)",
        "size(x.filter(m, has(m.a) && m.a.b == 1))",
    ])
    func overMacroVariables(source: String) {
        let chain = source.replacingOccurrences(of: "m.", with: "[m][0].")
        let all = Value.list(Self.documents)
        let some = Value.list([Self.documents[0], Self.documents[1], Self.documents[9]])
        for x in [all, some] {
            let fused = run(source, ["x": x])
            let unfused = run(chain, ["x": x])
            switch (fused, unfused) {
            case (.error(let code, _), .error(let chainCode, _)): #expect(code == chainCode, "\(source)")
            default: #expect(fused == unfused, "\(source)")
            }
        }
    }

    @Test("the planner fuses only guards that are prefixes of the compared path, over one variable")
    func plannerFusesOnlyGuardedComparisons() throws {
        if planIsOptimized { #expect(try plan("has(x.a) && x.a == 'v'") is GuardedComparisonNode) }
        if planIsOptimized { #expect(try plan("has(x.a) && (x.a == 'v')") is GuardedComparisonNode) }
        if planIsOptimized { #expect(try plan("has(x.a) && x.a.b.c == 1") is GuardedComparisonNode) }
        // Not a prefix, another variable, a guard after the comparison, a non-literal or
        // non-scalar constant, another operator, a comparison alone.
        #expect(try !(plan("has(x.b) && x.a == 'v'") is GuardedComparisonNode))
        #expect(try !(plan("has(x.a.c) && x.a.b == 'v'") is GuardedComparisonNode))
        #expect(try !(plan("has(y.a) && x.a == 'v'") is GuardedComparisonNode))
        #expect(try !(plan("x.a == 'v' && has(x.a)") is GuardedComparisonNode))
        #expect(try !(plan("has(x.a) && x.a == y") is GuardedComparisonNode))
        #expect(try !(plan("has(x.a) && x.a == [1]") is GuardedComparisonNode))
        #expect(try !(plan("has(x.a) && x.a < 2") is GuardedComparisonNode))
        #expect(try !(plan("has(x.a) || x.a == 'v'") is GuardedComparisonNode))
        #expect(try !(plan("x.a == 'v'") is GuardedComparisonNode))
        let unguarded = try #require(plan("x.a == 'v' && has(x.a)") as? LogicalNode)
        #expect(!(unguarded.left is GuardedComparisonNode || unguarded.right is GuardedComparisonNode))
        // Within a longer chain, regrouped around the run: `y && (has(x.a) && x.a == 'v') && z`.
        let longer = try plan("y && has(x.a) && x.a == 'v' && x.b")
        let outer = try #require(longer as? LogicalNode)
        let inner = try #require(outer.left as? LogicalNode)
        if planIsOptimized { #expect(inner.left is VariableNode) }
        if planIsOptimized { #expect(inner.right is GuardedComparisonNode) }
        if planIsOptimized { #expect(outer.right is PathNode) }
        let two = try #require(plan("has(x.a) && x.a == 'v' && has(x.b) && x.b != null") as? LogicalNode)
        if planIsOptimized { #expect(two.left is GuardedComparisonNode && two.right is GuardedComparisonNode) }
    }

    @Test("a chain regrouped around its guarded comparisons gives the chain's value and error", arguments: [
        "y && has(x.a) && x.a == 'v'",
        "has(x.a) && x.a == 'v' && y",
        "y && has(x.a) && x.a.b == 1 && y",
        "has(x.a) && x.a == 'v' && has(x.a.b) && x.a.b != null && y",
        "has(x.a) && y && has(x.a.b) && x.a.b == true",
        "x.a.b == 1 && has(x.a) && x.a.b == 1",
    ])
    func regroupedChainMatches(source: String) throws {
        let chain = source.replacingOccurrences(of: "x.", with: "[x][0].")
        for x in Self.documents {
            for y in [Value.bool(true), .bool(false), .int(1), .null] {
                compare(source, run(source, ["x": x, "y": y]), run(chain, ["x": x, "y": y]), chain: chain)
            }
        }
    }

    @Test("a missing guarded field decides false even where the chain's other operands fail")
    func missingGuardedFieldIsFalse() {
        let missing = Y.mapping([("z", 1)]).value
        #expect(run("has(x.a) && x.a.b.c == 1", ["x": missing]) == .value(.bool(false)))
        #expect(run("has(x.a.b) && has(x.a) && x.a.b == 'v'", ["x": missing]) == .value(.bool(false)))
        // No guard ends at the missing field: the chain's error.
        guard case .error(let code, _) = run("has(x.a.b) && x.a.b == 1", ["x": missing]) else {
            Issue.record("a missing field no guard ends at should fail as the chain does")
            return
        }
        #expect(code == "eval-no-such-key")
    }

    private func plan(_ source: String) throws -> any PlanNode {
        guard case .success(let compiled) = environment.compile(source) else { throw PlanFailure() }
        return compiled.plan
    }

    private func compare(_ source: String, _ fused: Outcome, _ unfused: Outcome, chain: String) {
        switch (fused, unfused) {
        case (.error(let code, let offset), .error(let chainCode, let chainOffset)):
            #expect(code == chainCode, "\(source)")
            // The chain's offsets sit after the longer bases before them.
            let prefix = chain.prefix(chainOffset)
            let shift = prefix.components(separatedBy: "[x][0].").count - 1
            #expect(offset == chainOffset - shift * 5, "\(source): \(offset) vs \(chainOffset)")
        default:
            #expect(fused == unfused, "\(source)")
        }
    }

    private struct PlanFailure: Error {}
}
