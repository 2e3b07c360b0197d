import SaraptamaExpressions
import SaraptamaLoading

/// Parses and checks the rules of one rule file and compiles them. Every problem is collected
/// with its file position (inside expressions too); a rule with problems is left out.
struct RuleCompiler {
    static let ruleFields = [
        "id", "title", "message", "severity", "kinds", "implements", "basis",
        "select", "when", "assert", "location", "fix", "tags", "examples", "scope", "with", "related",
        "variables", "cost_note",
    ]
    static let variables = ["doc", "item", "parent", "arch"]

    let environment: ExpressionEnvironment
    /// The environment of dossier rules: the document variables plus `other`, `ta`, `ip`, `fej`,
    /// `dossier`. Apart, so that a document rule that names `ta` is a compile error, not a null.
    let dossierEnvironment: ExpressionEnvironment
    let editions: [String: RuleSet.Edition]
    /// Which question each rule answers is decided from these (by its tags, then its pack).
    let questions: [QuestionDefinition]
    let collector: DiagnosticCollector

    /// - Parameter dossierEnvironment: shared by every file of a rule set (`RuleSet.dossierEnvironment`),
    ///   so that all its dossier rules are compiled for one variable layout.
    init(environment: ExpressionEnvironment, dossierEnvironment: ExpressionEnvironment, editions: [String: RuleSet.Edition], questions: [QuestionDefinition] = QuestionDefinition.fallback(), collector: DiagnosticCollector) {
        self.questions = questions
        self.environment = environment
        self.dossierEnvironment = dossierEnvironment
        self.editions = editions
        self.collector = collector
    }

    /// The rules of one loaded rule file of pack `pack`.
    func compileFile(_ root: Node, source: SourceFile, pack: String) -> [Rule] {
        guard let top = FieldReader(root, file: source.path, context: "a rule file", collector: collector) else { return [] }
        let defaults = top.field("defaults").map { parseDefaults($0, source: source) } ?? PackDefaults()
        let list = top.field("rules", required: true)
        top.finish()
        guard let list else { return [] }
        guard let items = list.sequence else {
            collector.error("rule-wrong-type", template: "rule-wrong-type.rules", list.kindArguments().merging(["key": "rules"]) { a, _ in a }, file: source.path, at: list.mark)
            return []
        }
        return items.compactMap { compileRule($0, source: source, pack: pack, defaults: defaults) }
    }

    /// A rule; `kinds`, `tags` and `basis` it does not state are the file's `defaults` (PackDefaults.swift).
    private func compileRule(_ node: Node, source: SourceFile, pack: String, defaults: PackDefaults) -> Rule? {
        let file = source.path
        let before = collector.diagnostics.count
        let idText = node.mapping?["id"]?.string
        guard let reader = FieldReader(node, file: file, context: idText.map { "rule \($0)" } ?? "a rule", collector: collector) else { return nil }

        let id = reader.string("id", required: true)
        if let (text, idNode) = id, !Self.isValidID(text) {
            collector.error("rule-bad-id", template: "rule-bad-id.format", ["id": text, "pattern": "PACK-NNN", "example": "STR-001"], file: file, at: idNode.mark)
        }
        let title = reader.localized("title", required: true)
        let severity = parseSeverity(reader.string("severity", required: true), file: file)
        // A field the rule leaves out is the pack's default, whole (a malformed default was reported at its place).
        let ownKinds = reader.strings("kinds", required: !defaults.declares("kinds"))
        let kinds = reader.node.mapping?["kinds"] != nil ? parseKinds(ownKinds, file: file, at: node.mark) : defaults.kinds?.value
        let implements = reader.strings("implements", required: true) ?? []
        for (requirement, requirementNode) in implements where !Self.isRequirementID(requirement) {
            collector.error("rule-bad-requirement", template: "rule-bad-requirement.id", ["id": requirement, "ranges": "R01–R40, D01–D05, X01"], file: file, at: requirementNode.mark)
        }
        let ownBasis = reader.field("basis", required: !defaults.declares("basis"))
        let basis = ownBasis != nil ? parseBasis(ownBasis, file: file) : defaults.basis?.value
        for key in ["valid_from", "valid_until"] {
            if let node = reader.field(key) {
                collector.error("rule-unknown-field", template: "rule-unknown-field.removed", ["key": key, "from": "from", "until": "until"], file: file, at: node.mark)
            }
        }
        let selector = parsePath(reader.string("select"), source: source, wildcards: true)
        let location = parsePath(reader.string("location"), source: source, wildcards: false)
        let scope = parseScope(reader, source: source)
        // A rule's own variables (RuleCompiler+Variables.swift) extend the environment of its expressions.
        let environment = compileVariables(
            reader.field("variables"), source: source,
            environment: scope?.isDossier == true ? dossierEnvironment : self.environment)
        let guardExpression = reader.string("when").flatMap { compileExpression($0.1, source: source, environment: environment) }
        let assertNode = reader.string("assert", required: true)
        let assertion = assertNode.flatMap { compileExpression($0.1, source: source, environment: environment) }
        let message = compileMessage(reader.field("message", required: true), source: source, environment: environment)
        let fix = reader.localized("fix", required: true)
        let costNote = reader.string("cost_note")?.0
        let tags = reader.node.mapping?["tags"] != nil ? (reader.strings("tags") ?? []).map(\.0) : defaults.tags?.value ?? []
        var defaulted: [String: Mark] = [:]
        for field in PackDefaults.fields where reader.node.mapping?[field] == nil {
            defaulted[field] = defaults.mark(of: field)
        }
        let examples = parseExamples(reader.field("examples", required: true), file: file, ruleMark: node.mark, dossier: scope?.isDossier ?? false)
        reader.finish()

        guard collector.diagnostics.count == before, let id, let title, let severity, let kinds, let basis,
            let assertion, let message, let scope
        else { return nil }
        return Rule(
            id: id.0, pack: pack, question: questions.question(pack: pack, tags: tags), title: title, severity: severity, kinds: kinds,
            implements: implements.map(\.0), basis: basis,
            selector: selector, location: location, fix: fix, tags: tags, examples: examples,
            file: file, mark: node.mark, message: message, guardExpression: guardExpression, assertion: assertion,
            scope: scope, defaulted: defaulted, costNote: costNote)
    }

    /// `scope: document | dossier`, and for a dossier rule its `with` kinds and `related` path.
    /// Nil (after reporting) when they are malformed.
    private func parseScope(_ reader: FieldReader, source: SourceFile) -> RuleScope? {
        let file = source.path
        let scopeText = reader.string("scope")
        let withKinds = reader.strings("with")
        let relatedText = reader.string("related")
        switch scopeText?.0 ?? "document" {
        case "document":
            for (key, value) in [("with", reader.field("with")), ("related", reader.field("related"))] {
                if let value {
                    collector.error("rule-dossier-field", template: "rule-dossier-field.document", ["key": key, "scope": "scope: dossier"], file: file, at: value.mark)
                }
            }
            return .document
        case "dossier":
            let kinds = withKinds.map { parseKinds($0, file: file, at: reader.node.mark, allowEmpty: true) } ?? []
            guard let kinds else { return nil }
            let related = parsePath(relatedText, source: source, wildcards: false)
            if let relatedText, related != nil, kinds.isEmpty {
                collector.error("rule-dossier-field", template: "rule-dossier-field.related", ["key": "related", "other": "other", "with": "with"], file: file, at: relatedText.1.mark)
            }
            return .dossier(DossierBinding(with: kinds, related: related))
        case let other:
            let arguments = SchemaWalk.suggestion(Suggestion.closest(to: other, among: ["document", "dossier"]))
                .merging(["key": "scope", "a": "document", "b": "dossier", "found": other]) { a, _ in a }
            collector.error("rule-bad-scope", template: "rule-bad-scope.value", arguments, file: file, at: scopeText!.1.mark)
            return nil
        }
    }

    static func isValidID(_ id: String) -> Bool {
        let parts = id.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return false }
        return parts[0].allSatisfy { $0.isASCII && $0.isUppercase } && parts[1].allSatisfy { $0.isASCII && $0.isNumber }
    }

    static func isRequirementID(_ id: String) -> Bool {
        guard let first = id.first, "RDX".contains(first), id.count == 3 else { return false }
        return id.dropFirst().allSatisfy { $0.isASCII && $0.isNumber }
    }

    private func parseSeverity(_ value: (String, Node)?, file: String) -> Severity? {
        guard let (text, node) = value else { return nil }
        guard let severity = Severity(rawValue: text) else {
            collector.error("rule-bad-severity", template: "rule-bad-severity.value", ["key": "severity", "found": text], file: file, at: node.mark)
            return nil
        }
        return severity
    }

    func parseKinds(_ values: [(String, Node)]?, file: String, at mark: Mark, allowEmpty: Bool = false) -> [DocumentKind]? {
        guard let values else { return nil }
        var kinds: [DocumentKind] = []
        for (text, node) in values {
            if let kind = DocumentKind(rawValue: text) { kinds.append(kind) } else {
                let arguments = SchemaWalk.suggestion(Suggestion.closest(to: text, among: DocumentKind.allCases.map(\.rawValue)))
                    .merging(["found": text]) { a, _ in a }
                collector.error("rule-bad-kind", template: "rule-bad-kind.unknown", arguments, file: file, at: node.mark)
            }
        }
        if values.isEmpty, !allowEmpty { collector.error("rule-bad-kind", template: "rule-bad-kind.empty", ["key": "kinds"], file: file, at: mark) }
        return kinds
    }

    /// `basis:` — a list of entries, one per edition of an act the rule encodes:
    /// `{edition, clause, confidence, note?, from?, until?}`. The rule is in force on the days
    /// of the union of its entries, which must not leave a gap.
    func parseBasis(_ node: Node?, file: String) -> [RuleBasis]? {
        guard let node else { return nil }
        guard let items = node.sequence else {
            collector.error("rule-wrong-type", template: "rule-wrong-type.basis", node.kindArguments().merging(["key": "basis", "fields": "{edition, clause, confidence}"]) { a, _ in a }, file: file, at: node.mark)
            return nil
        }
        guard !items.isEmpty else {
            collector.error("rule-wrong-type", template: "rule-wrong-type.basis-empty", ["key": "basis"], file: file, at: node.mark)
            return nil
        }
        let entries = items.map { parseBasisEntry($0, file: file) }
        guard entries.allSatisfy({ $0 != nil }) else { return nil }
        let basis = entries.map { $0! }
        checkContinuity(basis, file: file, at: node.mark)
        return basis
    }

    private func parseBasisEntry(_ node: Node, file: String) -> RuleBasis? {
        guard let reader = FieldReader(node, file: file, context: "a basis entry", collector: collector) else { return nil }
        let editionName = reader.string("edition", required: true)
        let clause = parseClause(reader.field("clause", required: true), file: file)
        let confidenceText = reader.string("confidence", required: true)
        let note = reader.string("note")
        let from = parseDate(reader.field("from"), file: file)
        let until = parseDate(reader.field("until"), file: file)
        reader.finish()
        var confidence: RuleBasis.Confidence?
        if let (text, confidenceNode) = confidenceText {
            confidence = RuleBasis.Confidence(rawValue: text)
            if confidence == nil {
                collector.error("rule-bad-confidence", template: "rule-bad-confidence.value", ["key": "confidence", "a": "verified", "b": "inferred", "found": text], file: file, at: confidenceNode.mark)
            }
        }
        var edition: RuleSet.Edition?
        if let (name, nameNode) = editionName {
            edition = editions[name]
            if edition == nil {
                let arguments = SchemaWalk.suggestion(Suggestion.closest(to: name, among: Array(editions.keys)))
                    .merging(["name": name]) { a, _ in a }
                collector.error("rule-bad-edition", template: "rule-bad-edition.unknown", arguments, file: file, at: nameNode.mark)
            }
        }
        if let edition, edition.title == nil, let (_, nameNode) = editionName {
            collector.error("rule-bad-edition", template: "rule-bad-edition.title", ["name": edition.name, "languages": "{ru, kk, en}"], file: file, at: nameNode.mark)
        }
        guard let edition, let title = edition.title, let clause, let confidence else { return nil }
        let validFrom = [from, edition.date].compactMap { $0 }.max()
        let validUntil = [until, edition.until].compactMap { $0 }.min()
        if let validFrom, let validUntil, validFrom >= validUntil {
            collector.error("rule-bad-date", template: "rule-bad-date.never", [:], file: file, at: node.mark)
        }
        return RuleBasis(
            editionKey: edition.name, act: title, edition: edition.edition, clause: clause, confidence: confidence,
            note: note?.0, validFrom: validFrom, validUntil: validUntil)
    }

    /// A clause as `art. 43 p. 2` (put into Russian and Kazakh by `ClauseText`), `not identified`,
    /// or `{ru, kk, en}` for anything else.
    private func parseClause(_ node: Node?, file: String) -> LocalizedText? {
        guard let node else { return nil }
        if let text = node.string {
            if let localized = ClauseText.localized(text) { return localized }
            collector.error("rule-clause-language", template: "rule-clause-language.citation", ["clause": text, "example": "art. 43 p. 2 sub. 1", "unknown": "not identified", "languages": "{ru, kk, en}"], file: file, at: node.mark)
            return nil
        }
        guard let reader = FieldReader(node, file: file, context: "'clause'", collector: collector) else { return nil }
        let ru = reader.string("ru", required: true), kk = reader.string("kk", required: true), en = reader.string("en", required: true)
        reader.finish()
        guard let ru, let kk, let en else { return nil }
        return LocalizedText(ru: ru.0, kk: kk.0, en: en.0)
    }

    /// A rule must not lapse between two of its entries: a requirement carried from one act into
    /// its successor is checked on every day in between.
    private func checkContinuity(_ basis: [RuleBasis], file: String, at mark: Mark) {
        let spans = basis.map { (from: $0.validFrom ?? Int64.min, until: $0.validUntil ?? Int64.max) }.sorted { $0.from < $1.from }
        var reach = spans[0].until
        for span in spans.dropFirst() {
            if span.from > reach {
                collector.error(
                    "rule-basis-gap", template: "rule-basis-gap.span",
                    ["from": CalendarDay.format(reach), "to": CalendarDay.format(span.from)],
                    file: file, at: mark)
            }
            reach = max(reach, span.until)
        }
    }

    /// A date written `YYYY-MM-DD`, or the name of an edition declared in `ruleset.yaml` (its first day).
    private func parseDate(_ node: Node?, file: String) -> Int64? {
        guard let node else { return nil }
        guard let text = node.string else {
            collector.error("rule-bad-date", template: "rule-bad-date.kind", node.kindArguments(), file: file, at: node.mark)
            return nil
        }
        if let day = CalendarDay.parse(text) { return day }
        if let day = editions[text]?.date { return day }
        let arguments = SchemaWalk.suggestion(Suggestion.closest(to: text, among: Array(editions.keys)))
            .merging(["found": text]) { a, _ in a }
        collector.error("rule-bad-date", template: "rule-bad-date.value", arguments, file: file, at: node.mark)
        return nil
    }

    private func parsePath(_ value: (String, Node)?, source: SourceFile, wildcards: Bool) -> PathPattern? {
        guard let (text, node) = value else { return nil }
        switch PathPattern.parse(text) {
        case .success(let pattern):
            if !wildcards, !pattern.isConcrete {
                collector.error("rule-bad-path", template: "rule-bad-path.star", ["key": "location"], file: source.path, at: node.mark)
                return nil
            }
            return pattern
        case .failure(let error):
            let site = EmbeddedText(node: node, source: source)
            collector.error("rule-bad-path", error.message, file: source.path, at: site.mark(at: error.offset))
            return nil
        }
    }

    private func compileExpression(_ node: Node, source: SourceFile, environment: ExpressionEnvironment) -> EmbeddedExpression? {
        guard let text = node.string else {
            collector.error("rule-wrong-type", template: "rule-wrong-type.expression", node.kindArguments(), file: source.path, at: node.mark)
            return nil
        }
        return EmbeddedExpression.compile(text, site: EmbeddedText(node: node, source: source), environment: environment, collector: collector)
    }

    private func compileMessage(_ node: Node?, source: SourceFile, environment: ExpressionEnvironment) -> MessageTemplate? {
        guard let node, let reader = FieldReader(node, file: source.path, context: "'message'", collector: collector) else { return nil }
        var parts: [Language: [MessageTemplate.Part]] = [:]
        for language in Language.allCases {
            guard let (_, textNode) = reader.string(language.rawValue, required: true) else { continue }
            parts[language] = MessageTemplate.compile(textNode, language: language, source: source, environment: environment, collector: collector)
        }
        reader.finish()
        return parts.count == Language.allCases.count ? MessageTemplate(parts: parts) : nil
    }

    private func parseExamples(_ node: Node?, file: String, ruleMark: Mark, dossier: Bool) -> [RuleExample] {
        guard let node, let reader = FieldReader(node, file: file, context: "'examples'", collector: collector) else { return [] }
        var examples: [RuleExample] = []
        for (key, failing) in [("pass", false), ("fail", true)] {
            guard let list = reader.field(key, required: true) else { continue }
            guard let items = list.sequence, !items.isEmpty else {
                collector.error("rule-missing-examples", template: "rule-missing-examples.empty", ["key": "examples.\(key)"], file: file, at: list.mark)
                continue
            }
            for item in items {
                guard let exampleReader = FieldReader(item, file: file, context: "an example", collector: collector) else { continue }
                let document = exampleReader.field(dossier ? "dossier" : "doc", required: true)
                let members = dossier ? document.flatMap { dossierMembers($0, file: file) } : nil
                let architecture = exampleReader.field("architecture")
                var expectation = RuleExample.Expectation.pass
                if failing {
                    let paths = exampleReader.strings("findings", required: true) ?? []
                    if paths.isEmpty { collector.error("rule-missing-examples", template: "rule-missing-examples.findings", [:], file: file, at: item.mark) }
                    expectation = .fail(paths: paths.map(\.0))
                }
                exampleReader.finish()
                if let document {
                    examples.append(RuleExample(expectation: expectation, document: document, architecture: architecture, mark: item.mark, dossier: members))
                }
            }
        }
        reader.finish()
        return examples
    }

    /// A dossier example's documents: a mapping from document kind to document.
    private func dossierMembers(_ node: Node, file: String) -> [(kind: DocumentKind, node: Node)]? {
        guard let mapping = node.mapping, !mapping.entries.isEmpty else {
            collector.error("rule-wrong-type", template: "rule-wrong-type.dossier-example", node.kindArguments(), file: file, at: node.mark)
            return nil
        }
        var members: [(kind: DocumentKind, node: Node)] = []
        for entry in mapping.entries where entry.key != "route" {
            guard let kind = DocumentKind(rawValue: entry.key) else {
                collector.error("rule-bad-kind", template: "rule-bad-kind.dossier-example", ["found": entry.key], file: file, at: entry.keyMark)
                continue
            }
            members.append((kind, entry.value))
        }
        return members
    }
}
