import SaraptamaExpressions
import SaraptamaLoading
import Synchronization

/// Evaluates a compiled rule set over documents. Immutable and `Sendable`: one engine serves
/// any number of documents, from any number of threads.
public struct Engine: Sendable {
    public let ruleSet: RuleSet
    public let architectures: ArchitectureLibrary

    /// What the answers of this engine's lookups depend on besides a document's architecture
    /// (see `EvaluationMemos`): a number no other engine of the process has, so memos carried
    /// to another engine's checks are not reused. (Not the rule set's hash: hashing every rule
    /// file is about 40 M instructions, a seventh of a cold start, and only some reports print it.)
    private let memoScope: String
    private static let engines = Atomic<Int>(0)

    public init(ruleSet: RuleSet, architectures: ArchitectureLibrary) {
        self.ruleSet = ruleSet
        self.architectures = architectures
        memoScope = "engine \(Self.engines.wrappingAdd(1, ordering: .relaxed).newValue)"
    }

    /// A private copy loaded again from the same folders, for a worker thread of a batch (see
    /// `BatchChecker.workerEngine`); nil when they no longer load.
    public func reloaded() -> Engine? {
        Self.load(rules: ruleSet.directory, architectures: architectures.directory)
    }

    /// An engine of the rule set in `rules` and the architectures in `architectures` (none when
    /// nil); nil when either has errors. For engines loaded on the side, whose errors the main
    /// engine's load reports.
    public static func load(rules: String, architectures: String?) -> Engine? {
        guard let ruleSet = try? RuleSetLoader.load(directory: rules) else { return nil }
        guard let architectures else { return Engine(ruleSet: ruleSet, architectures: ArchitectureLibrary()) }
        guard let library = try? ArchitectureLibrary.load(directory: architectures, specs: ruleSet.architectureIndexes) else { return nil }
        return Engine(ruleSet: ruleSet, architectures: library)
    }

    /// Checks one document against every rule in force for its kind and date.
    /// - Parameter fingerprints: false leaves `Finding.fingerprint` empty, for reports that never
    ///   show or match fingerprints (text, GitHub annotations): hashing each finding's node was
    ///   about 15% of evaluation.
    public func check(_ document: Document, language: Language, fingerprints: Bool = true) -> DocumentResult {
        var memos = EvaluationMemos()
        return check(document, language: language, fingerprints: fingerprints, memos: &memos)
    }

    /// Checks like `check(_:language:fingerprints:)`, reusing and growing `memos`: normal forms
    /// and lookup answers from the documents checked before with them. For a thread that checks
    /// many documents in a row (a batch worker); the findings are the same either way.
    public func check(_ document: Document, language: Language, fingerprints: Bool = true, memos: inout EvaluationMemos) -> DocumentResult {
        let document = prepared(document)
        return check(
            document, language: language, architecture: architectures[document.header.stateBodyID], rules: ruleSet.rules,
            fingerprints: fingerprints, memos: &memos)
    }

    /// A prose document completed with what the rule set and the architectures tell (its state
    /// body, facts from its sentences, inferred columns: `ProseFacts`); a YAML document as it is.
    public func prepared(_ document: Document) -> Document {
        ProseFacts(ruleSet: ruleSet, architectures: architectures).prepare(document)
    }

    /// An activation of `environment` with `doc` and `arch` set, and lookups into the rule set's
    /// catalogues and `architecture`; also the document's value.
    func activation(for document: Document, architecture: Architecture?, environment: ExpressionEnvironment) -> (Activation, Value) {
        var activation = Activation(environment: environment, lookups: DocumentLookups(reference: ruleSet.reference, architecture: architecture))
        let documentValue = Value(node: document.root)
        activation.set("doc", documentValue)
        activation.set("arch", architecture.map { Value(node: $0.root) } ?? .null)
        return (activation, documentValue)
    }

    /// Checks with an explicit architecture and rule list (rule examples use this).
    func check(_ document: Document, language: Language, architecture: Architecture?, rules: [Rule], fingerprints: Bool = true) -> DocumentResult {
        var memos = EvaluationMemos()
        return check(document, language: language, architecture: architecture, rules: rules, fingerprints: fingerprints, memos: &memos)
    }

    /// Checks with an explicit architecture and rule list, reusing `memos`.
    func check(
        _ document: Document, language: Language, architecture: Architecture?, rules: [Rule], fingerprints: Bool = true,
        memos: inout EvaluationMemos
    ) -> DocumentResult {
        var (activation, documentValue) = self.activation(for: document, architecture: architecture, environment: ruleSet.environment)
        // Lookup answers depend on the rule set's catalogues and on the architecture.
        activation.adoptMemos(&memos, scope: architecture.map { memoScope + "\u{0}" + $0.bodyID + "\u{0}" + $0.file } ?? memoScope)
        defer { activation.returnMemos(to: &memos) }

        var findings: [Finding] = []
        // Keys and values the rules will not see (a misspelt key, a list written as text) are
        // warned about first; they never keep the document from being checked.
        var problems: [Diagnostic] = ruleSet.documentSchema?.validate(document) ?? []
        // A document with values of the wrong type is at fault when a rule cannot be evaluated on it.
        let mistyped = problems.contains { DocumentFault.schemaCodes.contains($0.code) }
        var selections = SelectorMatches()
        var checked: [String] = []
        var examined: Set<String> = []
        let slots = ItemSlots(activation)
        for rule in rules where rule.applies(to: document.header.kind, on: document.header.date) {
            checked.append(rule.id)
            var evaluation = RuleEvaluation(rule: rule, document: document, language: language)
            evaluation.terms = ruleSet.renamedTerms
            evaluation.fingerprints = fingerprints
            evaluation.slots = slots
            evaluation.documentIsMistyped = mistyped
            let looked = evaluation.run(
                activation: &activation, documentValue: documentValue, selections: &selections, findings: &findings,
                problems: &problems)
            if looked > 0 { examined.insert(rule.id) }
        }
        var questionEvaluation = QuestionEvaluation(definitions: ruleSet.questions, rules: rules, document: document, terms: ruleSet.renamedTerms)
        questionEvaluation.documentIsMistyped = mistyped
        let questions = questionEvaluation.outcomes(
            checked: checked, examined: examined, activation: &activation, problems: &problems)
        // Stable: findings at one place by one rule keep the order the rule found them in.
        findings.sortByLocation()
        // What could not be read of a prose document is a problem of its check: the verdict is
        // then inconclusive, though every rule ran on what was read.
        var reading = document.reading
        if var report = reading {
            problems += report.problems
            report.rulesWithNothing = checked.filter { !examined.contains($0) }
            reading = report
        }
        problems.sort(by: Diagnostic.byLocation)
        var result = DocumentResult(
            file: document.file, header: document.header, findings: findings,
            problems: problems, checkedRules: checked, source: document.source, questions: questions)
        result.reading = reading
        return result
    }
}
