import Testing

@testable import SaraptamaExpressions

/// Random expressions, the spec's examples and the other tests' sources evaluated on the plain
/// plan and on the optimised one (PlanOptimizations) must give the same value, or the same error
/// at the same offset, or the same compile issues.
@Suite("Plain and optimised plans agree on expressions")
struct PlanDifferentialTests {
    static let optimised: ExpressionEnvironment = {
        var environment = SaraptamaExpressions.ExpressionEnvironment(variables: ["doc", "item", "x", "y"], catalogues: ["services"])
        environment.optimizations = .all
        return environment
    }()

    static let plain: ExpressionEnvironment = {
        var environment = optimised
        environment.optimizations = []
        return environment
    }()

    static let bindings: [String: Value] = [
        "doc": document, "x": .list([1, 2, 2, 3].map(Value.int)), "y": .string("Система ЕСЭДО"),
        "item": Y.mapping([("code", "MZ.03.01"), ("n", 2), ("tags", ["a", "b", "a"])]).value,
    ]

    /// A small seeded generator (SplitMix64), so a failure names a reproducible expression.
    struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
        mutating func pick(_ options: [String]) -> String { options[next(options.count)] }

        mutating func expression(_ depth: Int, local: String? = nil) -> String {
            let atoms = ["0", "1", "2", "-3", "0.5", "2.0", "'a'", "''", "'MZ'", "true", "false", "null", "x", "y",
                         "doc.version", "doc.title", "doc.meta.code", "doc.tags", "doc.nothing", "doc.missing",
                         "item.code", "item.n", "item.tags", "has(doc.meta.owner)", "has(doc.zzz)", "has(item.code)",
                         "doc.sections[0].pages", "[1, 2]", "{'k': 1}"] + (local.map { [$0, $0] } ?? [])
            guard depth > 0 else { return pick(atoms) }
            let a = expression(depth - 1, local: local), b = expression(depth - 1, local: local)
            switch next(16) {
            case 0: return "(\(a) \(pick(["+", "-", "*", "/", "%"])) \(b))"
            case 1, 2: return "(\(a) \(pick(["==", "!=", "<", "<=", ">", ">="])) \(b))"
            case 3, 4: return "(\(a) \(pick(["&&", "||"])) \(b))"
            case 5: return "!\(a)"
            case 6: return "(\(a) ? \(b) : \(expression(depth - 1, local: local)))"
            case 7: return "(\(a) in \(pick(["x", "doc.tags", "[1, 'a']", "{'a': 1}", b])))"
            case 8: return "size(\(a))"
            case 9: return "\(pick(["x", "doc.sections", "item.tags", "doc.tags"])).\(pick(["all", "exists", "exists_one", "filter", "map"]))(v, \(expression(depth - 1, local: "v")))"
            case 10: return "\(pick(["x", "item.tags", "doc.tags", a])).\(pick(["distinct()", "duplicates()", "difference([2, 'a'])"]))"
            case 11: return "string(\(a)).\(pick(["contains('a')", "matches('^[A-Z]+\\\\.')", "startsWith('M')", "size()"]))"
            case 12: return "[\(a), \(b)][\(pick(["0", "1", "2"]))]"
            case 13: return "(\(a) == \(pick(["'a'", "1", "null", "true", "'MZ.03.01'"])) && \(b))"
            case 14: return "(has(item.code) && item.code \(pick(["==", "!="])) \(pick(["'MZ.03.01'", "1", "null"])))"
            default: return "\(pick(["norm", "int", "double", "string"]))(\(a))"
            }
        }
    }

    static func outcome(_ source: String, in environment: ExpressionEnvironment) -> Outcome {
        run(source, bindings, in: environment)
    }

    /// Values compared with their types; NaN equal to NaN.
    static func same(_ a: Outcome, _ b: Outcome) -> Bool {
        if case .value(.double(let x)) = a, case .value(.double(let y)) = b, x.isNaN, y.isNaN { return true }
        return a == b
    }

    @Test("3,000 random expressions")
    func random() {
        var generator = Generator(state: 2026)
        var kinds: [String: Int] = [:]
        for _ in 0..<3_000 {
            let source = generator.expression(1 + generator.next(3))
            let a = Self.outcome(source, in: Self.plain), b = Self.outcome(source, in: Self.optimised)
            #expect(Self.same(a, b), "\(source): plain \(a), optimised \(b)")
            switch a {
            case .value: kinds["value", default: 0] += 1
            case .error: kinds["error", default: 0] += 1
            case .issues: kinds["issues", default: 0] += 1
            }
        }
        // The generator must reach values and run-time errors alike, not only compile errors.
        #expect(kinds["value", default: 0] > 500 && kinds["error", default: 0] > 300, "\(kinds)")
    }

    @Test("the spec's examples")
    func specExamples() {
        for example in SpecExamplesTests.examples where example.bindings.isEmpty {
            let a = Self.outcome(example.source, in: Self.plain), b = Self.outcome(example.source, in: Self.optimised)
            #expect(Self.same(a, b), "\(example.source): plain \(a), optimised \(b)")
        }
    }
}
