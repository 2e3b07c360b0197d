import SaraptamaLoading

/// Runs every rule's own examples: each passing example must produce no finding of the rule,
/// each failing one findings at exactly the listed paths, and neither may raise a problem.
/// Used by `saraptama test` and by the test suite.
public struct RuleExampleRunner: Sendable {
    public struct Outcome: Sendable {
        public let ruleID: String
        public let file: String
        public let mark: Mark
        public let expectation: RuleExample.Expectation
        /// Nil when the example behaved as declared; otherwise what went wrong.
        public let failure: String?

        public var passed: Bool { failure == nil }
    }

    public let engine: Engine

    public init(engine: Engine) { self.engine = engine }

    public func run(rules: [Rule]? = nil) -> [Outcome] {
        (rules ?? engine.ruleSet.rules).flatMap { rule in rule.examples.map { run($0, of: rule) } }
    }

    public func run(_ example: RuleExample, of rule: Rule) -> Outcome {
        func outcome(_ failure: String?) -> Outcome {
            Outcome(ruleID: rule.id, file: rule.file, mark: example.mark, expectation: example.expectation, failure: failure)
        }
        guard let source = engine.ruleSet.sources.first(where: { $0.path == rule.file }) else {
            return outcome("the rule's source file is not loaded")
        }
        if let members = example.dossier { return runDossier(members, example: example, of: rule, source: source, outcome: outcome) }
        let root = Self.completed(example.document, for: rule)
        let document: Document
        do { document = try Document(root: root, source: source) } catch {
            return outcome("the example is not a valid document: " + error.diagnostics.map(\.description).joined(separator: "; "))
        }
        let architecture = example.architecture.map {
            ArchitectureLibrary.inline($0, file: rule.file, specs: engine.ruleSet.architectureIndexes)
        } ?? engine.architectures[document.header.stateBodyID]
        let result = engine.check(document, language: .en, architecture: architecture, rules: [rule])
        if !result.problems.isEmpty {
            return outcome("evaluation problems: " + result.problems.map(\.description).joined(separator: "; "))
        }
        if result.checkedRules.isEmpty {
            return outcome("the rule does not apply to the example (kind \(document.header.kind.rawValue), date \(document.header.dateText))")
        }
        let actual = result.findings.map(\.path.description).sorted()
        return outcome(Self.mismatch(actual, example.expectation))
    }

    /// A dossier rule's example: its documents form a dossier (route from the example's `route`,
    /// else the default); findings are named `ta:path`, `ip:path`, `fej:path`.
    private func runDossier(
        _ members: [(kind: DocumentKind, node: Node)], example: RuleExample, of rule: Rule, source: SourceFile, outcome: (String?) -> Outcome
    ) -> Outcome {
        var loaded: [Dossier.Member] = []
        for (kind, node) in members {
            do {
                let document = try Document(root: Self.completed(node, for: rule, kind: kind), source: source)
                loaded.append(Dossier.Member(entry: kind.rawValue, document: document))
            } catch {
                return outcome("the example's \(kind.rawValue) is not a valid document: " + error.diagnostics.map(\.description).joined(separator: "; "))
            }
        }
        let route = example.document["route"]?.sequence?.compactMap { $0.string.flatMap(DocumentKind.init(rawValue:)) } ?? Dossier.defaultRoute
        let dossier = Dossier(path: rule.file, manifest: nil, id: nil, title: nil, route: route, members: Dossier.ordered(loaded), standalone: [], failed: [], problems: [])
        let result = DossierChecker(engine: engine).check(dossier, language: .en, rules: [rule], documentRules: false)
        let problems = result.documents.flatMap(\.problems)
        if !problems.isEmpty { return outcome("evaluation problems: " + problems.map(\.description).joined(separator: "; ")) }
        if result.documents.allSatisfy({ $0.checkedRules.isEmpty }) {
            return outcome("the rule does not apply to the example (no document of its kinds with an 'other' document of its 'with' kinds, in force on its date)")
        }
        let actual = result.documents.flatMap { document in
            document.findings.map { "\(document.header?.kind.abbreviation.lowercased() ?? "?"):\($0.path)" }
        }.sorted()
        return outcome(Self.mismatch(actual, example.expectation))
    }

    /// Nil when the sorted finding paths are what the example expects; otherwise what differs.
    static func mismatch(_ actual: [String], _ expectation: RuleExample.Expectation) -> String? {
        switch expectation {
        case .pass:
            return actual.isEmpty ? nil : "expected no finding, got findings at \(actual.joined(separator: ", "))"
        case .fail(let paths):
            let expected = paths.sorted()
            return actual == expected ? nil : "expected findings at [\(expected.joined(separator: ", "))], got [\(actual.joined(separator: ", "))]"
        }
    }

    /// Examples may be fragments: the header fields the engine needs are filled in when missing
    /// (kind: the rule's first kind; id; date: the rule's `valid_from`, or 2024-01-01).
    static func completed(_ node: Node, for rule: Rule, kind: DocumentKind? = nil) -> Node {
        guard var mapping = node.mapping else { return node }
        func scalar(_ text: String) -> Node { Node(.scalar(.string(text), .plain), mark: node.mark) }
        if mapping["kind"] == nil, let kind = kind ?? rule.kinds.first { mapping.set("kind", scalar(kind.rawValue)) }
        if mapping["id"] == nil { mapping.set("id", scalar("\(rule.id)-example")) }
        if mapping["date"] == nil { mapping.set("date", scalar(CalendarDay.format(rule.validFrom ?? CalendarDay.days(year: 2024, month: 1, day: 1)))) }
        var completed = node
        completed.content = .mapping(mapping)
        return completed
    }
}
