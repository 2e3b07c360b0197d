import SaraptamaLoading

/// Reads `requirements.yaml`: `title`, `provenance` and `requirements: [{id, title, kinds, basis,
/// status, reason}]`. Every problem is collected with its position, like the rule files'.
struct RequirementsParser {
    static let fileName = "requirements.yaml"

    /// Named dates of `ruleset.yaml`, for `ends.on`.
    var editions: [String: RuleSet.Edition] = [:]
    let collector: DiagnosticCollector

    func parse(_ document: LoadedDocument) -> Requirements? {
        let file = document.source.path
        guard let reader = FieldReader(document.root, file: file, context: Self.fileName, collector: collector) else { return nil }
        _ = reader.localized("title")
        let provenance = reader.string("provenance", required: true)
        let list = reader.field("requirements", required: true)
        reader.finish()
        guard let list else { return nil }
        guard let items = list.sequence else {
            collector.error("rule-wrong-type", template: "rule-wrong-type.list-found", list.kindArguments().merging(["key": "requirements"]) { a, _ in a }, file: file, at: list.mark)
            return nil
        }
        var requirements: [Requirements.Requirement] = []
        var firstMark: [String: Mark] = [:]
        for item in items {
            guard let requirement = parseRequirement(item, file: file) else { continue }
            if let first = firstMark[requirement.id] {
                collector.error("requirement-duplicate-id", template: "requirement-duplicate-id.line", ["id": requirement.id, "line": String(first.line)], file: file, at: requirement.mark)
                continue
            }
            firstMark[requirement.id] = requirement.mark
            requirements.append(requirement)
        }
        guard let provenance else { return nil }
        return Requirements(requirements: requirements, provenance: provenance.0, file: file)
    }

    private func parseRequirement(_ node: Node, file: String) -> Requirements.Requirement? {
        let before = collector.diagnostics.count
        let context = node.mapping?["id"]?.string.map { "requirement \($0)" } ?? "a requirement"
        guard let reader = FieldReader(node, file: file, context: context, collector: collector) else { return nil }
        let id = reader.string("id", required: true)
        if let (text, idNode) = id, !RuleCompiler.isRequirementID(text) {
            collector.error("rule-bad-requirement", template: "rule-bad-requirement.format", ["id": text, "letters": "R, D", "last": "X", "example": "R08"], file: file, at: idNode.mark)
        }
        let title = reader.localized("title", required: true)
        var kinds: [DocumentKind] = []
        for (text, kindNode) in reader.strings("kinds", required: true) ?? [] {
            if let kind = DocumentKind(rawValue: text) { kinds.append(kind) } else {
                let arguments = SchemaWalk.suggestion(Suggestion.closest(to: text, among: DocumentKind.allCases.map(\.rawValue)))
                    .merging(["found": text]) { a, _ in a }
                collector.error("rule-bad-kind", template: "rule-bad-kind.unknown", arguments, file: file, at: kindNode.mark)
            }
        }
        // `basis`: the short notation (`43(2)`, `BC 154(2)`), or text in ru, kk and en.
        let basisText = reader.field("basis")?.mapping != nil ? reader.localized("basis", required: true) : nil
        let basis = basisText.map { ($0.en, node) } ?? reader.string("basis", required: true)
        let statusText = reader.string("status", required: true)
        let reason = reader.string("reason")
        let ends = reader.field("ends").flatMap { parseEnding($0, file: file) }
        reader.finish()
        var status: Requirements.Requirement.Status?
        if let (text, statusNode) = statusText {
            status = Requirements.Requirement.Status(rawValue: text)
            if status == nil {
                collector.error("requirement-bad-status", template: "requirement-bad-status.value", ["key": "status", "a": "active", "b": "deferred", "found": text], file: file, at: statusNode.mark)
            }
        }
        if status == .deferred, reason == nil {
            collector.error("rule-missing-field", "\(context) is deferred: say why in 'reason'", file: file, at: node.mark)
        }
        guard collector.diagnostics.count == before, let id, let title, let basis, let status else { return nil }
        return Requirements.Requirement(
            id: id.0, title: title, kinds: kinds, basis: basis.0, basisText: basisText, status: status, reason: reason?.0, ends: ends, mark: node.mark)
    }

    /// `ends: {on: EDITION-or-DATE, source: "…" or {ru, kk, en}}`: a requirement repealed, with the text that says so.
    private func parseEnding(_ node: Node, file: String) -> Requirements.Requirement.Ending? {
        guard let reader = FieldReader(node, file: file, context: "'ends'", collector: collector) else { return nil }
        let on = reader.string("on", required: true)
        let sourceText = reader.field("source")?.mapping != nil ? reader.localized("source", required: true) : nil
        let source = sourceText.map { ($0.en, node) } ?? reader.string("source", required: true)
        reader.finish()
        guard let (text, onNode) = on, let source else { return nil }
        guard let day = CalendarDay.parse(text) ?? editions[text]?.date else {
            collector.error("rule-bad-date", template: "rule-bad-date.value", ["found": text, "suggestion": ""], file: file, at: onNode.mark)
            return nil
        }
        return .init(day: day, source: source.0, sourceText: sourceText)
    }
}
