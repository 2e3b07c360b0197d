import SaraptamaExpressions
import SaraptamaLoading

/// A message with `{{ expression }}` interpolations, compiled once per language.
struct MessageTemplate: Sendable {
    enum Part: Sendable {
        case text(String)
        case expression(EmbeddedExpression)
    }

    let parts: [Language: [Part]]

    /// The message for one language, with each interpolation evaluated. A failing interpolation
    /// is shown as `⟨?⟩` and its error returned, so the finding is kept and the problem reported.
    func render(_ language: Language, activation: Activation) -> (String, [(EmbeddedExpression, EvaluationError)]) {
        var out = ""
        var errors: [(EmbeddedExpression, EvaluationError)] = []
        for part in parts[language] ?? [] {
            switch part {
            case .text(let text): out += text
            case .expression(let expression):
                do { out += try expression.compiled.evaluate(activation).displayText } catch {
                    out += "⟨?⟩"
                    errors.append((expression, error))
                }
            }
        }
        return (out, errors)
    }

    /// Splits a template into text and expressions; `{{` without `}}` is an error at its position.
    static func compile(
        _ value: Node, language: Language, source: SourceFile, environment: ExpressionEnvironment,
        collector: DiagnosticCollector
    ) -> [Part] {
        guard let text = value.string else { return [] }
        let scalars = Array(text.unicodeScalars)
        var parts: [Part] = []
        var literal = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "{", index + 1 < scalars.count, scalars[index + 1] == "{" {
                var close = index + 2
                while close + 1 < scalars.count, !(scalars[close] == "}" && scalars[close + 1] == "}") { close += 1 }
                guard close + 1 < scalars.count else {
                    let site = EmbeddedText(node: value, source: source, baseOffset: index)
                    collector.error("rule-bad-template", "'{{' without a closing '}}' in the \(language.rawValue) message", file: source.path, at: site.mark(at: 0))
                    return parts
                }
                if !literal.isEmpty { parts.append(.text(String(literal))); literal = String.UnicodeScalarView() }
                let expressionText = String(String.UnicodeScalarView(scalars[(index + 2)..<close]))
                let site = EmbeddedText(node: value, source: source, baseOffset: index + 2)
                if let expression = EmbeddedExpression.compile(expressionText, site: site, environment: environment, collector: collector) {
                    parts.append(.expression(expression))
                }
                index = close + 2
            } else {
                literal.append(scalars[index])
                index += 1
            }
        }
        if !literal.isEmpty { parts.append(.text(String(literal))) }
        return parts
    }
}

/// A compiled expression together with where it was written, so that both its compile-time
/// issues and its evaluation errors point at the rule file's line and column.
struct EmbeddedExpression: Sendable {
    let compiled: CompiledExpression
    let site: EmbeddedText

    static func compile(
        _ text: String, site: EmbeddedText, environment: ExpressionEnvironment, collector: DiagnosticCollector
    ) -> EmbeddedExpression? {
        switch environment.compile(text) {
        case .success(let compiled):
            return EmbeddedExpression(compiled: compiled, site: site)
        case .failure(let failure):
            for issue in failure.issues {
                collector.error(issue.code, issue.message, file: site.source.path, at: site.mark(at: issue.offset))
            }
            return nil
        }
    }

    /// Where in the rule file an evaluation error happened.
    func mark(of error: EvaluationError) -> Mark { site.mark(at: error.offset) }
}
