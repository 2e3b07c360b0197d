import SaraptamaExpressions
import SaraptamaLoading

/// Reads `questions.yaml`: every question of `ExaminationQuestion` exactly once, in any order
/// (kept in the enum's order), with expressions compiled in the rules' environment.
struct QuestionsParser {
    static let fileName = "questions.yaml"

    let environment: ExpressionEnvironment
    let editions: [String: RuleSet.Edition]
    let collector: DiagnosticCollector

    func parse(_ document: LoadedDocument) -> [QuestionDefinition] {
        let file = document.source.path
        guard let top = FieldReader(document.root, file: file, context: Self.fileName, collector: collector) else { return [] }
        _ = top.localized("title")
        let list = top.field("questions", required: true)
        top.finish()
        guard let items = list?.sequence else {
            if let list { collector.error("rule-wrong-type", template: "rule-wrong-type.list", ["key": "questions"], file: file, at: list.mark) }
            return []
        }
        var found: [ExaminationQuestion: QuestionDefinition] = [:]
        for item in items {
            guard let definition = parseQuestion(item, source: document.source) else { continue }
            if found[definition.id] != nil {
                collector.error("question-duplicate", template: "question-duplicate.id", ["id": definition.id.rawValue], file: file, at: item.mark)
            }
            found[definition.id] = definition
        }
        for id in ExaminationQuestion.allCases where found[id] == nil {
            collector.error("question-missing", template: "question-missing.id", ["id": id.rawValue], file: file, at: document.root.mark)
        }
        return ExaminationQuestion.allCases.compactMap { found[$0] }
    }

    private func parseQuestion(_ node: Node, source: SourceFile) -> QuestionDefinition? {
        let file = source.path
        guard let reader = FieldReader(node, file: file, context: "a question", collector: collector) else { return nil }
        let idText = reader.string("id", required: true)
        let title = reader.localized("title", required: true)
        let kindTexts = reader.strings("kinds", required: true) ?? []
        let tags = Set((reader.strings("tags") ?? []).map(\.0))
        let packs = Set((reader.strings("packs") ?? []).map(\.0))
        let untilNode = reader.string("until")
        let ended = reader.localized("ended")
        let applies = reader.field("applies").flatMap { compile($0, source: source) }
        let notApplicable = reader.localized("not_applicable")
        var requirements: [QuestionDefinition.Requirement] = []
        if let list = reader.field("requires") {
            for entry in list.sequence ?? [] {
                guard let entryReader = FieldReader(entry, file: file, context: "a requirement of a question", collector: collector) else { continue }
                let condition = entryReader.field("when", required: true).flatMap { compile($0, source: source) }
                let reason = entryReader.localized("reason", required: true)
                entryReader.finish()
                if let condition, let reason { requirements.append(.init(condition: condition, reason: reason)) }
            }
        }
        reader.finish()
        var id: ExaminationQuestion?
        if let (text, idNode) = idText {
            id = ExaminationQuestion(rawValue: text)
            if id == nil {
                let arguments = SchemaWalk.suggestion(Suggestion.closest(to: text, among: ExaminationQuestion.allCases.map(\.rawValue)))
                    .merging(["id": text]) { a, _ in a }
                collector.error("question-unknown", template: "question-unknown.id", arguments, file: file, at: idNode.mark)
            }
        }
        var kinds: [DocumentKind] = []
        for (text, kindNode) in kindTexts {
            if let kind = DocumentKind(rawValue: text) { kinds.append(kind) } else {
                collector.error("rule-bad-kind", template: "rule-bad-kind.unknown", ["found": text, "suggestion": ""], file: file, at: kindNode.mark)
            }
        }
        var validUntil: Int64?
        if let (text, dateNode) = untilNode {
            validUntil = CalendarDay.parse(text) ?? editions[text]?.date
            if validUntil == nil { collector.error("rule-bad-date", template: "rule-bad-date.edition-or-date", ["found": text], file: file, at: dateNode.mark) }
            if ended == nil { collector.error("question-ended", template: "question-ended.reason", ["until": "until", "key": "ended", "languages": "{ru, kk, en}"], file: file, at: dateNode.mark) }
        }
        if applies != nil, notApplicable == nil {
            collector.error("question-applies", template: "question-applies.reason", ["applies": "applies", "key": "not_applicable", "languages": "{ru, kk, en}"], file: file, at: node.mark)
        }
        guard let id, let title else { return nil }
        return QuestionDefinition(
            id: id, title: title, kinds: kinds, tags: tags, packs: packs, validUntil: validUntil, ended: ended,
            applies: applies, notApplicable: notApplicable, requirements: requirements)
    }

    private func compile(_ node: Node, source: SourceFile) -> EmbeddedExpression? {
        guard let text = node.string else {
            collector.error("rule-wrong-type", template: "rule-wrong-type.expression", node.kindArguments(), file: source.path, at: node.mark)
            return nil
        }
        return EmbeddedExpression.compile(text, site: EmbeddedText(node: node, source: source), environment: environment, collector: collector)
    }
}
