import Foundation
import SaraptamaExpressions
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
            guard case .loaded(let document) = DocumentLoader.load(bytes: Array(text.utf8), path: "corpus-\(index).yaml", tables: Repository.tables) else {
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
            guard case .loaded(let document) = DocumentLoader.load(bytes: bytes, path: "bench.yaml", tables: Repository.tables) else { return count }
            return count + Repository.engine.check(document, language: .en).findings.count { $0.ruleID == "DAT-003" }
        }
        // Stages left out by `--only` get no row, rather than one with a made-up figure.
        #expect(rows.map(\.stage) == ["evaluate only (1 rule)"])
        let row = rows.first { $0.stage.hasPrefix("evaluate only") }
        #expect(row?.stage == "evaluate only (1 rule)")
        #expect(row?.note == "\(expected) findings in 12 documents")
        #expect(expected > 0, "the corpus should carry some DAT-003 violations")

        let (fixed, ranked) = runner.ruleCosts(Array(corpus.prefix(4)))
        #expect(fixed > 0, "checking a document with no rule still builds its value tree")
        #expect(ranked.allSatisfy { $0.microseconds >= 0 })
        let documentRules = Repository.engine.ruleSet.rules.filter { !$0.scope.isDossier }
        #expect(ranked.count == documentRules.count)
        #expect(Set(ranked.map(\.id)) == Set(documentRules.map(\.id)))
        #expect(zip(ranked, ranked.dropFirst()).allSatisfy { $0.microseconds >= $1.microseconds })
    }

    /// Memos carried from document to document (as a batch worker does) change no finding,
    /// whatever documents of which state bodies come before: the shipped cases (several state
    /// bodies, so the architecture's scope changes) interleaved with corpus documents, forwards
    /// and backwards.
    @Test func carriedMemosChangeNoFinding() throws {
        let generator = CorpusGenerator(seed: 11)
        var documents: [Document] = []
        let cases = try FileManager.default.contentsOfDirectory(atPath: Repository.cases).sorted()
        for (index, name) in cases.enumerated() {
            if case .loaded(let document) = DocumentLoader.load(path: Repository.cases + "/" + name + "/document.yaml", tables: Repository.tables) {
                documents.append(document)
            }
            if case .loaded(let document) = DocumentLoader.load(bytes: Array(generator.document(index).utf8), path: "corpus-\(index).yaml", tables: Repository.tables) {
                documents.append(document)
            }
        }
        #expect(documents.count > 30)
        func summary(_ result: DocumentResult) -> [String] {
            result.findings.map { "\($0.ruleID) \($0.path) \($0.mark.line):\($0.mark.column) \($0.message) \($0.fingerprint)" }
        }
        let fresh = documents.map { summary(Repository.engine.check($0, language: .ru)) }
        for order in [Array(documents.indices), documents.indices.reversed()] {
            var memos = EvaluationMemos()
            for index in order {
                #expect(summary(Repository.engine.check(documents[index], language: .ru, memos: &memos)) == fresh[index], "\(documents[index].file)")
            }
        }
        #expect(fresh.joined().count > 50, "the documents should have findings to compare")
    }

    /// Lookups into a state body's architecture are not answered from memos another body's
    /// document left: MZ.01.01 is a function of the MZ's architecture, not of the MTSZN's.
    @Test func carriedArchitectureAnswersFollowTheDocumentsStateBody() throws {
        let mz = try functionDocument("mz")
        let mtszn = try functionDocument("mtszn")
        func outsideArchitecture(_ result: DocumentResult) -> Int { result.findings.count { $0.ruleID == "ARC-001" } }
        #expect(outsideArchitecture(Repository.engine.check(mz, language: .en)) == 0)
        #expect(outsideArchitecture(Repository.engine.check(mtszn, language: .en)) == 1)
        var memos = EvaluationMemos()
        #expect(outsideArchitecture(Repository.engine.check(mz, language: .en, memos: &memos)) == 0)
        #expect(outsideArchitecture(Repository.engine.check(mtszn, language: .en, memos: &memos)) == 1)
        #expect(outsideArchitecture(Repository.engine.check(mz, language: .en, memos: &memos)) == 0)
    }

    /// A check that prints no hash never hashes the rule set: hashing every rule file is
    /// about a seventh of a cold start.
    @Test func checkingLeavesTheRuleSetUnhashed() throws {
        let ruleSet = try RuleSetLoader.load(directory: Repository.root + "/Rules")
        let engine = Engine(ruleSet: ruleSet, architectures: ArchitectureLibrary())
        var memos = EvaluationMemos()
        _ = engine.check(try functionDocument("mz"), language: .en, memos: &memos)
        #expect(!ruleSet.digest.isComputed)
        #expect(ruleSet.hash.count == 64)
        #expect(ruleSet.digest.isComputed)
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

    @Test("the floor on several threads parses every document once, whatever the number of threads")
    func parallelFloorParsesEveryDocument() {
        let corpus = (0..<9).map { Array(CorpusGenerator(seed: 5).document($0).utf8) } + [Array("a: [1, 2\n".utf8)]
        let expected = corpus.reduce(0) { $0 + (YAMLLoader.countEvents(bytes: $1) ?? 0) }
        #expect(expected > 9 * 100)
        for threads in [1, 2, 3, 16] {
            #expect(BenchmarkRunner.parseEvents(corpus, threads: threads) == expected, "\(threads) threads")
        }
    }

    @Test("the batch rows: one job, N jobs with their speed-up, and the host's own scaling on N threads")
    func batchRowsCompareWithTheHostsScaling() throws {
        let directory = NSTemporaryDirectory() + "saraptama-bench-batch-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let files = try BenchmarkRunner.writeCorpus(count: 6, seed: 3, to: directory)
        var options = BenchmarkRunner.Options()
        options.runs = 1
        options.jobs = 2
        let rows = BenchmarkRunner(engine: Repository.engine, options: options).measureBatch(files: files)
        #expect(rows.map(\.stage) == ["batch from disk, 1 job", "batch from disk, 2 jobs", "libyaml event parsing, 2 threads"])
        #expect(rows.allSatisfy { ($0.documentsPerSecond ?? 0) > 0 && ($0.megabytesPerSecond ?? 0) > 0 })
        #expect(rows[0].note == "")
        #expect(rows[1].note.hasSuffix("× the 1-job throughput"), "\(rows[1].note)")
        #expect(rows[2].note.hasSuffix("× 1 thread: the host's own scaling"), "\(rows[2].note)")

        options.jobs = 1
        let single = BenchmarkRunner(engine: Repository.engine, options: options).measureBatch(files: files)
        #expect(single.map(\.stage) == ["batch from disk, 1 job"])
    }
}

/// A technical assignment of state body `body` that automates function MZ.01.01.
private func functionDocument(_ body: String) throws -> Document {
    try document(
        """
        kind: technical_assignment
        id: "TA-\(body)"
        title: "ТЗ"
        date: "2024-06-03"
        state_body: {id: \(body)}
        functions:
          - {code: MZ.01.01, name: "Ведение регистра прикрепленного населения", domain: healthcare, change: new}
        """, path: "\(body).yaml")
}
