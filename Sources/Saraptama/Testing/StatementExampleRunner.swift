import SaraptamaLoading

/// Runs the examples of every statement pattern (`Rules/extraction/*.yaml`): each sentence must
/// give exactly its `value`, or no fact when it is `none: true`. Used by the test suite, as
/// `RuleExampleRunner` is for rules.
public struct StatementExampleRunner: Sendable {
    public struct Outcome: Sendable {
        public let statement: String
        public let file: String
        public let mark: Mark
        /// Nil when the example behaved as declared.
        public let failure: String?
        public var passed: Bool { failure == nil }
    }

    public let ruleSet: RuleSet

    public init(ruleSet: RuleSet) { self.ruleSet = ruleSet }

    public func run() -> [Outcome] {
        ruleSet.statements.flatMap { pattern in
            pattern.examples.map { example in
                let fits = pattern.fits(titles: example.title.map { [$0] } ?? [])
                let read = fits ? pattern.read(TextPattern.prepared(example.text), paragraph: example.text) : nil
                let actual = read.map { ProseFacts.text(of: $0.value) }
                let expected = example.value.map(ProseFacts.text(of:))
                let failure: String? = actual == expected ? nil
                    : "«\(example.text)» gives \(actual ?? "no fact"), expected \(expected ?? "no fact")"
                return Outcome(statement: pattern.id, file: pattern.file, mark: example.mark, failure: failure)
            }
        }
    }
}
