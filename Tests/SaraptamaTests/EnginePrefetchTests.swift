import Foundation
import Saraptama
import Testing

@Suite struct EnginePrefetchTests {
    @Test func handsOutEachLoadedEngineOnceThenNil() {
        let prefetch = EnginePrefetch(count: 3) { Repository.engine }
        let taken = (0..<4).map { _ in prefetch.take() }
        #expect(taken.prefix(3).allSatisfy { $0 != nil })
        #expect(taken[3] == nil)
    }

    @Test func aLoadThatFailsLeavesTheWorkerToShare() {
        let prefetch = EnginePrefetch(count: 2) { nil }
        #expect(prefetch.take() == nil)
        #expect(EnginePrefetch(count: 0) { Repository.engine }.take() == nil)
    }

    @Test func loadsTheRuleSetAndArchitecturesOrNothing() throws {
        let engine = try #require(Engine.load(rules: Repository.rules, architectures: Repository.rules + "/architectures"))
        #expect(engine.ruleSet.rules.count == Repository.engine.ruleSet.rules.count)
        #expect(engine.architectures.architectures.count == Repository.engine.architectures.architectures.count)
        #expect(Engine.load(rules: Repository.rules, architectures: nil)?.architectures.architectures.isEmpty == true)
        #expect(Engine.load(rules: Repository.root + "/no-such-rules", architectures: nil) == nil)
        #expect(Engine.load(rules: Repository.rules, architectures: Repository.cases) == nil)
    }

    @Test func workersCheckWithTheirOwnEnginesAndAgreeWithOne() throws {
        let directory = NSTemporaryDirectory() + "saraptama-prefetch-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let files = try BenchmarkRunner.writeCorpus(count: 12, seed: 5, to: directory)
        let prefetch = EnginePrefetch(count: 2) { Engine.load(rules: Repository.rules, architectures: Repository.rules + "/architectures") }
        let asked = Counter()
        let parallel = BatchChecker(engine: Repository.engine, language: .en, jobs: 3) { worker in
            asked.add(worker)
            return prefetch.take()
        }.check(files: files)
        let sequential = BatchChecker(engine: Repository.engine, language: .en).check(files: files)
        #expect(asked.values.sorted() == [1, 2])
        #expect(parallel.map { $0.findings.map(\.fingerprint) } == sequential.map { $0.findings.map(\.fingerprint) })
    }
}

/// The worker numbers a batch asked engines for, from its threads.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var seen: [Int] = []
    func add(_ value: Int) { lock.withLock { seen.append(value) } }
    var values: [Int] { lock.withLock { seen } }
}
