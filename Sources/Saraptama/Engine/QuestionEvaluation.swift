import SaraptamaExpressions
import SaraptamaLoading

/// Decides, after a document's rules have run, which questions of the examination were examined:
/// a question that applies is examined when its `requires` conditions hold and at least one of its
/// rules in force looked at something. A check that passes what it did not examine is worse than
/// no check, so everything else is reported with its reason.
struct QuestionEvaluation {
    let definitions: [QuestionDefinition]
    let rules: [Rule]
    let document: Document
    /// The Code's words for the questions' titles and reasons on a document dated under it.
    var terms: RenamedTerms? = nil
    /// True when the document has values of the wrong type: a condition that cannot be evaluated
    /// is then the document's fault (see `RuleEvaluation.documentIsMistyped`).
    var documentIsMistyped = false

    func outcomes(checked: [String], examined: Set<String>, activation: inout Activation, problems: inout [Diagnostic]) -> [QuestionOutcome] {
        let header = document.header
        let inForce = Set(checked)
        return definitions.map { definition in
            let mine = rules.filter { $0.question == definition.id }.map(\.id)
            let applied = mine.filter(inForce.contains)
            let looked = applied.filter(examined.contains)
            func outcome(_ status: QuestionOutcome.Status, _ reason: LocalizedText?) -> QuestionOutcome {
                QuestionOutcome(
                    question: definition.id, title: words(definition.title), status: status, reason: reason.map(words),
                    rulesInForce: applied, rulesExamined: looked)
            }
            guard definition.kinds.contains(header.kind) else { return outcome(.notApplicable, QuestionOutcome.kindNotAsked) }
            if let until = definition.validUntil, header.date >= until { return outcome(.notApplicable, definition.ended) }
            if let applies = definition.applies {
                switch truth(applies, activation: &activation, problems: &problems) {
                case false: return outcome(.notApplicable, definition.notApplicable)
                case nil: return outcome(.notExamined, Self.conditionFailed)
                case true: break
                }
            }
            for requirement in definition.requirements where truth(requirement.condition, activation: &activation, problems: &problems) != true {
                return outcome(.notExamined, requirement.reason)
            }
            if applied.isEmpty { return outcome(.notExamined, QuestionOutcome.noRuleInForce) }
            if looked.isEmpty { return outcome(.notExamined, QuestionOutcome.nothingToExamine(applied)) }
            return outcome(.examined, nil)
        }
    }

    /// `text` in the Code's words when the document is dated under it.
    private func words(_ text: LocalizedText) -> LocalizedText {
        guard let terms else { return text }
        let date = document.header.date
        return LocalizedText(
            ru: terms.modernized(text.ru, language: .ru, on: date), kk: terms.modernized(text.kk, language: .kk, on: date),
            en: terms.modernized(text.en, language: .en, on: date))
    }

    /// The condition's value; nil (with a problem at the question's line) when it fails to evaluate.
    private func truth(_ expression: EmbeddedExpression, activation: inout Activation, problems: inout [Diagnostic]) -> Bool? {
        do {
            if case .bool(let flag) = try expression.compiled.evaluate(&activation) { return flag }
            problems.append(Diagnostic(.error, code: "eval-not-bool", template: "eval-not-bool.question", file: expression.site.source.path, mark: expression.site.mark(at: 0)))
        } catch {
            if documentIsMistyped {
                problems.append(Diagnostic(
                    .error, code: DocumentFault.ruleNotEvaluated, template: DocumentFault.ruleNotEvaluated + ".question",
                    arguments: ["code": error.code, "detail": error.message].merging(error.localizedMessage() ?? [:]) { _, new in new },
                    file: document.file, mark: document.root.mark))
            } else if let detail = error.localizedMessage() {
                problems.append(Diagnostic(
                    .error, code: error.code, template: "eval-failed.question", arguments: ["file": document.file].merging(detail) { a, _ in a },
                    file: expression.site.source.path, mark: expression.mark(of: error)))
            } else {
                problems.append(Diagnostic(.error, code: error.code, message: "a question's condition on \(document.file): \(error.message)", file: expression.site.source.path, mark: expression.mark(of: error)))
            }
        }
        return nil
    }

    static let conditionFailed = LocalizedText(
        ru: "условие вопроса не удалось вычислить", kk: "мәселе шартын есептеу мүмкін болмады", en: "the question's condition could not be evaluated")
}
