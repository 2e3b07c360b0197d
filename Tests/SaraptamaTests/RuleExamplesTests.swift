import Testing
@testable import Saraptama

/// Every rule's passing and failing examples, one test case per example (as SwiftLint verifies
/// each rule's triggering and non-triggering examples).
@Suite("Rule examples")
struct RuleExamplesTests {
    struct ExampleCase: CustomTestStringConvertible, Sendable {
        let rule: Rule
        let example: RuleExample
        var testDescription: String {
            let kind = example.expectation == .pass ? "passes" : "fails"
            return "\(rule.id) \(kind) (\(rule.file.split(separator: "/").suffix(2).joined(separator: "/")):\(example.mark.line))"
        }
    }

    static let cases: [ExampleCase] = Repository.engine.ruleSet.rules.flatMap { rule in
        rule.examples.map { ExampleCase(rule: rule, example: $0) }
    }

    @Test(arguments: cases)
    func example(_ item: ExampleCase) {
        let outcome = RuleExampleRunner(engine: Repository.engine).run(item.example, of: item.rule)
        #expect(outcome.failure == nil, "\(item.testDescription): \(outcome.failure ?? "")")
    }

    @Test func everyRuleHasPassingAndFailingExamples() {
        for rule in Repository.engine.ruleSet.rules {
            #expect(rule.examples.contains { $0.expectation == .pass }, "\(rule.id) has no passing example")
            #expect(rule.examples.contains { $0.expectation != .pass }, "\(rule.id) has no failing example")
        }
        #expect(Repository.engine.ruleSet.rules.count >= 8)
    }

    @Test func aWrongExpectationIsCaught() throws {
        // The runner itself must be able to fail: claim a failing example passes.
        let rule = try #require(Repository.engine.ruleSet.rules.first { rule in rule.examples.contains { $0.expectation != .pass } })
        let failing = try #require(rule.examples.first { $0.expectation != .pass })
        let flipped = RuleExample(expectation: .pass, document: failing.document, architecture: failing.architecture, mark: failing.mark)
        #expect(RuleExampleRunner(engine: Repository.engine).run(flipped, of: rule).failure != nil)
    }
}
