import SaraptamaExpressions
import SaraptamaLoading

/// Computes an `Explanation`: runs one rule over one document the way the engine does (same
/// environment, same variables, same selector, guard and assertion), recording the values
/// instead of only the verdicts.
///
/// It mirrors `RuleEvaluation` rather than hooking into it, so the engine's hot loop stays free
/// of recording; `ExplainTests.explainAgreesWithTheEngine` checks that both agree on every shipped case.
public struct Explainer: Sendable {
    public let engine: Engine
    public let language: Language
    /// Longest JSON shown for one value in text; longer ones are cut with `…`.
    static let valueLimit = 240

    /// Explains with the engine's rule set and architectures; the rule's texts in `language`.
    public init(engine: Engine, language: Language) {
        self.engine = engine
        self.language = language
    }

    /// Runs `rule` over `document`, recording every value.
    public func explain(_ rule: Rule, in document: Document) -> Explanation {
        let header = document.header
        let applicability = Self.applicability(of: rule, to: header)
        guard applicability == .applies else {
            return Explanation(rule: rule, language: language, title: title(of: rule, on: header.date), file: document.file, header: header, applicability: applicability, items: [])
        }
        let architecture = engine.architectures[header.stateBodyID]
        let lookups = DocumentLookups(reference: engine.ruleSet.reference, architecture: architecture)
        var activation = Activation(environment: engine.ruleSet.environment, lookups: lookups)
        let documentValue = Value(node: document.root)
        activation.set("doc", documentValue)
        activation.set("arch", architecture.map { Value(node: $0.root) } ?? .null)

        let matches = rule.selector?.matches(in: document.root)
            ?? [PathPattern.Match(node: document.root, path: .root, parent: nil)]
        var items: [Explanation.Item] = []
        for match in matches {
            activation.set("item", Value(node: match.node))
            activation.set("parent", match.parent.map { Value(node: $0) } ?? documentValue)
            let shown = match.path.components.isEmpty ? nil : Value(node: match.node).jsonText
            var guardEvaluation: Explanation.Evaluation?
            var outcome: Explanation.Outcome
            var assertion: Explanation.Evaluation?
            if let guardExpression = rule.guardExpression {
                let (evaluation, truth) = evaluate(guardExpression, activation: activation)
                guardEvaluation = evaluation
                if truth != true {
                    items.append(Explanation.Item(
                        path: match.path.description, mark: match.node.mark, value: shown, guardEvaluation: evaluation,
                        assertion: nil, outcome: truth == false ? .skipped : .error, findingPath: nil, findingMessage: nil))
                    continue
                }
            }
            let (evaluation, truth) = evaluate(rule.assertion, activation: activation)
            assertion = evaluation
            outcome = truth == true ? .passed : truth == false ? .failed : .error
            var findingPath: String?, findingMessage: String?
            if outcome == .failed {
                var path = match.path
                if let location = rule.location { path = path.appending(location.concretePath) }
                findingPath = path.description
                findingMessage = rule.message.render(language, activation: &activation).0
            }
            items.append(Explanation.Item(
                path: match.path.description, mark: match.node.mark, value: shown, guardEvaluation: guardEvaluation,
                assertion: assertion, outcome: outcome, findingPath: findingPath, findingMessage: findingMessage))
        }
        return Explanation(rule: rule, language: language, title: title(of: rule, on: header.date), file: document.file, header: header, applicability: .applies, items: items)
    }

    /// The rule's title as the findings of a document of that date say it.
    func title(of rule: Rule, on date: Int64) -> String {
        let title = rule.title[language]
        return engine.ruleSet.renamedTerms?.modernized(title, language: language, on: date) ?? title
    }

    /// Why a rule does or does not apply to a document, as `Rule.applies(to:on:)` decides it.
    static func applicability(of rule: Rule, to header: DocumentHeader) -> Explanation.Applicability {
        if rule.scope.isDossier { return .dossierOnly }
        if !rule.kinds.contains(header.kind) { return .otherKind(header.kind) }
        if let from = rule.validFrom, header.date < from { return .notYetInForce(from: CalendarDay.format(from)) }
        if let until = rule.validUntil, header.date >= until { return .noLongerInForce(until: CalendarDay.format(until)) }
        return .applies
    }

    /// The expression's value (and whether it is `true`, `false`, or neither) with its operands.
    private func evaluate(_ embedded: EmbeddedExpression, activation: Activation) -> (Explanation.Evaluation, Bool?) {
        let expression = embedded.compiled
        let operands = operandValues(of: expression.source, in: embedded.environment, activation: activation)
        do {
            let value = try expression.evaluate(activation)
            let truth: Bool? = if case .bool(let flag) = value { flag } else { nil }
            let error = truth == nil ? "eval-not-bool: must evaluate to a bool, got \(value.typeName)" : nil
            return (Explanation.Evaluation(source: expression.source, value: value.jsonText, error: error, operands: operands), truth)
        } catch {
            return (Explanation.Evaluation(source: expression.source, value: nil, error: "\(error.code): \(error.message)", operands: operands), nil)
        }
    }

    /// The values of the top-level operands; literals (whose value is their text) and operands
    /// that do not compile on their own (a macro's bound variable) are left out.
    private func operandValues(of source: String, in environment: ExpressionEnvironment, activation: Activation) -> [Explanation.Operand] {
        guard let split = OperandSplitter.split(source) else { return [] }
        var operands: [Explanation.Operand] = []
        for text in split.operands where !Self.isLiteral(text) {
            guard case .success(let compiled) = environment.compile(text) else { continue }
            do {
                operands.append(Explanation.Operand(source: text, value: try compiled.evaluate(activation).jsonText, error: nil))
            } catch {
                operands.append(Explanation.Operand(source: text, value: nil, error: "\(error.code): \(error.message)"))
            }
        }
        return operands
    }

    static func isLiteral(_ text: String) -> Bool {
        if ["true", "false", "null"].contains(text) { return true }
        let scalars = Array(text.unicodeScalars)
        if let first = scalars.first, first == "'" || first == "\"" {
            return scalars.count >= 2 && scalars.last == first && !scalars.dropFirst().dropLast().contains(first)
        }
        return Int64(text) != nil || Double(text) != nil
    }
}
