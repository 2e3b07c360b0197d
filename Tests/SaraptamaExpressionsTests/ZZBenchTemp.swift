import Testing
import Foundation
@testable import SaraptamaExpressions

@Suite struct ZZBenchTemp {
    @Test func bench() throws {
        let env = ExpressionEnvironment(variables: ["doc", "item"], catalogues: ["services"])
        let rules = [
            "has(doc.title) && size(doc.title) > 5",
            "doc.sections.all(s, has(s.title))",
            "lookup('services', doc.meta.owner) != null",
            "doc.meta.code.matches('^[A-Z]+-[0-9]+$')",
            "days_between(doc.date, '2024-12-31') > 0",
            "contains_any(doc.title, ['электронное', 'портал'])",
            "doc.version >= 2 && doc.approved",
            "doc.sections.exists(s, s.pages > 5)",
            "sum(doc.sections.map(s, s.pages)) < 100",
            "'a' in doc.tags",
        ]
        let compiled = try rules.map { try env.compile($0).get() }
        let provider = MockLookupProvider(catalogues: ["services": [("МЦРИАП", .string("x"))]], architecture: [:])
        var activation = Activation(environment: env, lookups: provider)
        activation.set("doc", document)
        for (i, c) in compiled.enumerated() {
            let start = Date()
            var n = 0
            let limit = ProcessInfo.processInfo.environment["BENCH_ONLY"].map { Int($0) == i ? 3_000_000 : 0 } ?? 200_000
            while n < limit { _ = try c.evaluate(activation); n += 1 }
            let per = Date().timeIntervalSince(start) / Double(max(n,1)) * 1e9
            print("BENCH \(Int(per)) ns  \(rules[i])")
        }
    }
}
