import SaraptamaExpressions
import SaraptamaLoading

/// Checks a dossier: each document on its own (the document rules), then the dossier rules,
/// each evaluated on every document of its kinds against the `other` document it names. A
/// cross-document finding belongs to the document it is evaluated on and points, through
/// `related`, at the other document too.
public struct DossierChecker: Sendable {
    public let engine: Engine

    public init(engine: Engine) { self.engine = engine }

    public func check(_ dossier: Dossier, language: Language) -> DossierResult {
        check(dossier, language: language, rules: engine.ruleSet.rules, documentRules: true)
    }

    /// Checks with an explicit rule list; `documentRules: false` runs only the dossier rules
    /// (rule examples use this).
    func check(_ dossier: Dossier, language: Language, rules: [Rule], documentRules: Bool) -> DossierResult {
        // Prose members are completed first (state body, facts from sentences): the dossier
        // rules compare what the documents' own rules see.
        let members = dossier.members.map { engine.prepared($0.document) }
        let dossierValue = Value(node: Self.describe(dossier))
        var byKind: [DocumentKind: Value] = [:]
        for document in members { byKind[document.header.kind] = Value(node: document.root) }

        var results: [DocumentResult] = []
        for document in members {
            let architecture = engine.architectures[document.header.stateBodyID]
            let single = engine.check(document, language: language, architecture: architecture, rules: documentRules ? rules : [])
            var findings = single.findings, problems = single.problems, checked = single.checkedRules
            var (activation, documentValue) = engine.activation(for: document, architecture: architecture, environment: engine.ruleSet.dossierEnvironment)
            activation.set("ta", byKind[.technicalAssignment] ?? .null)
            activation.set("ip", byKind[.investmentProposal] ?? .null)
            activation.set("fej", byKind[.feasibilityStudy] ?? .null)
            activation.set("dossier", dossierValue)
            let slots = ItemSlots(activation)
            var selections = SelectorMatches()
            for rule in rules {
                guard let binding = rule.scope.binding, rule.inForce(for: document.header.kind, on: document.header.date) else { continue }
                let other = binding.with.lazy.compactMap { kind in members.first { $0.header.kind == kind && $0 !== document } }.first
                if !binding.with.isEmpty, other == nil { continue }
                checked.append(rule.id)
                activation.set("other", other.map { Value(node: $0.root) } ?? .null)
                var evaluation = RuleEvaluation(rule: rule, document: document, language: language)
                evaluation.terms = engine.ruleSet.renamedTerms
                evaluation.other = other
                evaluation.slots = slots
                evaluation.run(
                    activation: &activation, documentValue: documentValue, selections: &selections, findings: &findings,
                    problems: &problems)
            }
            findings.sortByLocation()
            var result = DocumentResult(
                file: single.file, header: single.header, findings: findings,
                problems: problems.sorted(by: Diagnostic.byLocation), checkedRules: checked, source: single.source,
                questions: single.questions)
            result.reading = single.reading
            results.append(result)
        }
        results += dossier.standalone.map { engine.check($0, language: language) }
        results += dossier.failed
        if !dossier.problems.isEmpty {
            let file = dossier.manifest ?? dossier.path
            let own = dossier.problems.filter { $0.file == file }.sorted(by: Diagnostic.byLocation)
            let elsewhere = dossier.problems.filter { $0.file != file }
            if !own.isEmpty {
                results.insert(DocumentResult(file: file, header: nil, findings: [], problems: own, checkedRules: [], source: nil), at: 0)
            }
            // A problem about a listed document (a second TA) is reported with that document.
            for problem in elsewhere {
                if let index = results.firstIndex(where: { $0.file == problem.file }) {
                    let result = results[index]
                    results[index] = DocumentResult(
                        file: result.file, header: result.header, findings: result.findings,
                        problems: (result.problems + [problem]).sorted(by: Diagnostic.byLocation), checkedRules: result.checkedRules, source: result.source,
                        questions: result.questions)
                    results[index].reading = result.reading
                }
            }
        }
        return DossierResult(dossier: dossier, documents: results)
    }

    /// The `dossier` variable: `{id, title, route: [kind], kinds: [kind], documents: [{kind, id, date, file}]}`,
    /// documents in the order IP, FEJ, TA.
    static func describe(_ dossier: Dossier) -> Node {
        let mark = Mark(line: 1, column: 1)
        func string(_ text: String) -> Node { Node(.scalar(.string(text), .plain), mark: mark) }
        func list(_ items: [Node]) -> Node { Node(.sequence(items), mark: mark) }
        func map(_ pairs: [(String, Node)]) -> Node {
            var mapping = Mapping()
            for (key, value) in pairs { mapping.set(key, value) }
            return Node(.mapping(mapping), mark: mark)
        }
        let documents = dossier.members.map { member in
            map([("kind", string(member.document.header.kind.rawValue)), ("id", string(member.document.header.id)),
                 ("date", string(member.document.header.dateText)), ("file", string(member.document.file))])
        }
        var pairs: [(String, Node)] = [
            ("route", list(dossier.route.map { string($0.rawValue) })),
            ("kinds", list(dossier.members.map { string($0.document.header.kind.rawValue) })),
            ("documents", list(documents)),
        ]
        if let id = dossier.id { pairs.append(("id", string(id))) }
        if let title = dossier.title { pairs.append(("title", string(title))) }
        return map(pairs)
    }
}

/// What checking a dossier found: a result per document (cross-document findings included in
/// the document they were evaluated on), plus a result for the manifest when it has problems.
public struct DossierResult: Sendable {
    public let dossier: Dossier
    public let documents: [DocumentResult]
}
