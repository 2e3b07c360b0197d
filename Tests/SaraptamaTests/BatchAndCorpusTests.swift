import Foundation
import SaraptamaLoading
import Testing
@testable import Saraptama

@Suite("Benchmark corpus and batch checking")
struct BatchAndCorpusTests {
    @Test func theCorpusIsDeterministicRealisticAndValid() throws {
        let generator = CorpusGenerator(seed: 7)
        #expect(generator.document(3) == CorpusGenerator(seed: 7).document(3))
        #expect(generator.document(3) != CorpusGenerator(seed: 8).document(3))
        var faulty = 0
        for index in 0..<40 {
            let text = generator.document(index)
            #expect((8_000...16_000).contains(text.utf8.count), "document \(index) is \(text.utf8.count) bytes")
            guard case .loaded(let document) = DocumentLoader.load(bytes: Array(text.utf8), path: "corpus-\(index).yaml") else {
                Issue.record("corpus document \(index) does not load")
                continue
            }
            let result = Repository.engine.check(document, language: .en)
            #expect(result.problems.isEmpty, "\(result.problems)")
            if result.findings.contains(where: { ["STR-001", "DAT-001", "INF-001", "LCY-001", "BUD-001"].contains($0.ruleID) }) { faulty += 1 }
        }
        // About 30% carry injected violations.
        #expect((4...24).contains(faulty), "\(faulty) of 40 documents had injected violations")
    }

    @Test("the bench can evaluate chosen rules alone, and ranks every rule by its cost")
    func benchRuleSelection() {
        var options = BenchmarkRunner.Options()
        options.documents = 12
        options.runs = 1
        options.onlyStage = "evaluate"
        options.ruleIDs = ["DAT-003"]
        let runner = BenchmarkRunner(engine: Repository.engine, options: options)
        let corpus = runner.corpus()
        let rows = runner.measureInMemory(corpus)
        // The findings the row reports are exactly DAT-003's over the corpus.
        let expected = corpus.reduce(0) { count, bytes in
            guard case .loaded(let document) = DocumentLoader.load(bytes: bytes, path: "bench.yaml") else { return count }
            return count + Repository.engine.check(document, language: .en).findings.count { $0.ruleID == "DAT-003" }
        }
        // Stages left out by `--only` get no row, rather than one with a made-up figure.
        #expect(rows.map(\.stage) == ["evaluate only (1 rule)"])
        let row = rows.first { $0.stage.hasPrefix("evaluate only") }
        #expect(row?.stage == "evaluate only (1 rule)")
        #expect(row?.note == "\(expected) findings in 12 documents")
        #expect(expected > 0, "the corpus should carry some DAT-003 violations")

        let ranked = runner.slowestRules(Array(corpus.prefix(4)), count: Int.max)
        #expect(ranked.count == Repository.engine.ruleSet.rules.count)
        #expect(Set(ranked.map(\.id)) == Set(Repository.engine.ruleSet.rules.map(\.id)))
        #expect(zip(ranked, ranked.dropFirst()).allSatisfy { $0.microseconds >= $1.microseconds })
    }

    @Test func libyamlsFloorCountsEvents() {
        // stream, document, mapping, "a", sequence, 1, 2, and the three ends.
        #expect(YAMLLoader.countEvents(bytes: Array("a: [1, 2]\n".utf8)) == 11)
        #expect(YAMLLoader.countEvents(bytes: Array("a: [1, 2\n".utf8)) == nil)
    }

    @Test func parallelBatchesKeepTheInputOrderAndTheResults() throws {
        let directory = NSTemporaryDirectory() + "saraptama-batch-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }
        var files = try BenchmarkRunner.writeCorpus(count: 37, seed: 11, to: directory)
        // A broken file in the middle is reported for itself and does not stop the batch.
        let broken = directory + "/broken.yaml"
        try "kind: [unclosed\n".write(toFile: broken, atomically: true, encoding: .utf8)
        files.insert(broken, at: 20)
        let sequential = BatchChecker(engine: Repository.engine, language: .en, jobs: 1).check(files: files)
        let parallel = BatchChecker(engine: Repository.engine, language: .en, jobs: 4).check(files: files)
        #expect(parallel.map(\.file) == files)
        #expect(parallel.map { $0.findings.map(\.fingerprint) } == sequential.map { $0.findings.map(\.fingerprint) })
        #expect(parallel[20].problems.map(\.code) == ["yaml-syntax"])
        #expect(parallel.filter { $0.header != nil }.count == 37)
    }
}
