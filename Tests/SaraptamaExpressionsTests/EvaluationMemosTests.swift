import Testing

@testable import SaraptamaExpressions

/// A provider that answers every catalogue lookup with `answer` and records the keys it was
/// asked, so a test can tell a remembered answer from a fresh one. Used from one thread only.
private final class RecordingProvider: LookupProvider, @unchecked Sendable {
    let answer: String
    private(set) var asked: [String] = []

    init(answer: String) { self.answer = answer }

    func lookup(catalogue: String, key: String) -> [Value] {
        asked.append(key)
        return [.string(answer)]
    }

    func architectureLookup(index: String, key: String) -> [Value] { [] }
}

@Suite("Memos carried between activations")
struct EvaluationMemosTests {
    private func compiled(_ source: String) throws -> CompiledExpression {
        try environment.compile(source).get()
    }

    /// Evaluates `expression` with `y` bound to each text, in one activation that adopts
    /// `memos` under `scope` and hands them back.
    private func evaluate(
        _ expression: CompiledExpression, _ texts: [String], provider: RecordingProvider,
        memos: inout EvaluationMemos, scope: String
    ) throws -> [Value] {
        var activation = Activation(environment: environment, lookups: provider)
        activation.adoptMemos(&memos, scope: scope)
        defer { activation.returnMemos(to: &memos) }
        return try texts.map { text in
            activation.set("y", .string(text))
            return try expression.evaluate(&activation)
        }
    }

    @Test func answersOfAnEarlierActivationAreReusedInTheSameScope() throws {
        let expression = try compiled("lookup('services', y)")
        let provider = RecordingProvider(answer: "found")
        var memos = EvaluationMemos()
        let first = try evaluate(expression, ["ГБД ФЛ", "ИИН"], provider: provider, memos: &memos, scope: "a")
        let second = try evaluate(expression, ["ИИН", "ГБД ФЛ", "БИН"], provider: provider, memos: &memos, scope: "a")
        #expect(first == [.string("found"), .string("found")])
        #expect(second == [.string("found"), .string("found"), .string("found")])
        // Only the name the first activation did not look up reaches the provider again.
        #expect(provider.asked == ["гбд фл", "иин", "бин"])
    }

    @Test func anotherScopeAsksTheProviderAgainButKeepsNormalForms() throws {
        let expression = try compiled("lookup('services', y)")
        var memos = EvaluationMemos()
        let before = RecordingProvider(answer: "old")
        let after = RecordingProvider(answer: "new")
        _ = try evaluate(expression, ["ГБД ФЛ"], provider: before, memos: &memos, scope: "architecture 1")
        #expect(memos.normalized.offered == 1)
        let answers = try evaluate(expression, ["ГБД ФЛ"], provider: after, memos: &memos, scope: "architecture 2")
        #expect(answers == [.string("new")])
        // Asked again, but with the normal form kept: the text was not normalized a second time.
        #expect(after.asked == ["гбд фл"])
        let offered = (memos.normalized.offered, memos.lookups.offered)
        #expect(offered == (1, 1))
    }

    @Test func withoutCarriedMemosEveryActivationAsksAgain() throws {
        let expression = try compiled("lookup('services', y)")
        let provider = RecordingProvider(answer: "found")
        for _ in 0..<2 {
            var memos = EvaluationMemos()
            _ = try evaluate(expression, ["ИИН"], provider: provider, memos: &memos, scope: "a")
        }
        #expect(provider.asked == ["иин", "иин"])
    }

    /// Full memos start again at the next adoption, so a long batch holds a bounded number of
    /// texts from earlier documents.
    @Test func spentMemosStartAgainEmpty() throws {
        let expression = try compiled("lookup('services', y)")
        let provider = RecordingProvider(answer: "found")
        var memos = EvaluationMemos()
        let texts = (0..<EvaluationMemos.entryLimit).map { "name \($0)" }
        _ = try evaluate(expression, texts, provider: provider, memos: &memos, scope: "a")
        // (Values, not the memos themselves, in the expectations: a failure prints its operands.)
        let offered = memos.lookups.offered
        var spent = memos.isSpent
        #expect(offered == EvaluationMemos.entryLimit)
        #expect(spent)
        var activation = Activation(environment: environment, lookups: provider)
        activation.adoptMemos(&memos, scope: "a")
        let kept = (activation.scratch.lookups.offered, activation.scratch.normalized.offered)
        #expect(kept == (0, 0))
        activation.set("y", .string("ИИН"))
        _ = try expression.evaluate(&activation)
        activation.returnMemos(to: &memos)
        spent = memos.isSpent
        let after = memos.lookups.offered
        #expect(!spent)
        #expect(after == 1)
    }

    @Test func longTextsSpendTheMemosByTheirBytes() throws {
        let expression = try compiled("lookup('services', y)")
        let provider = RecordingProvider(answer: "found")
        var memos = EvaluationMemos()
        // Two texts of 2.5 MB pass the byte limit long before the entry limit.
        let long = String(repeating: "a", count: 5 << 19)
        _ = try evaluate(expression, [long, long + "b"], provider: provider, memos: &memos, scope: "a")
        let spent = memos.isSpent
        let offered = memos.lookups.offered
        #expect(spent)
        #expect(offered == 2)
    }
}
