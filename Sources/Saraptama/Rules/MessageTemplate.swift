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
    /// The activation is `inout` so that interpolations reuse its working storage and what it
    /// has learned about the document (normalized texts, lookup answers).
    func render(_ language: Language, activation: inout Activation) -> (String, [(EmbeddedExpression, EvaluationError)]) {
        var out = ""
        var errors: [(EmbeddedExpression, EvaluationError)] = []
        for part in parts[language] ?? [] {
            switch part {
            case .text(let text): out += text
            case .expression(let expression):
                do { out += Self.capped(try expression.compiled.evaluate(&activation).displayText) } catch {
                    out += "⟨?⟩"
                    errors.append((expression, error))
                }
            }
        }
        return (out, errors)
    }

    /// Most scalars of one interpolated value in a message: a value is quoted, not reproduced,
    /// so a document's megabyte of text cannot be copied into every finding's message.
    static let interpolationLimit = 1000

    static func capped(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.count > interpolationLimit else { return text }
        return String(String.UnicodeScalarView(scalars.prefix(interpolationLimit))) + "…"
    }

    /// Splits a template into text and expressions; `{{` without `}}` is an error at its position.
    static func compile(
        _ value: Node, language: Language, source: SourceFile, environment: ExpressionEnvironment,
        collector: DiagnosticCollector
    ) -> [Part] {
        guard let text = value.string else { return [] }
        // Scanned as UTF-8 bytes: `{` and `}` are ASCII, so they never occur inside a multi-byte
        // character. Building the text scalar by scalar was a third of compiling the rule set.
        let bytes = Array(text.utf8)
        var parts: [Part] = []
        var literalStart = 0
        var index = 0
        var scalarIndex = 0  // Unicode scalars before `index`: the unit of EmbeddedText offsets
        while index < bytes.count {
            guard bytes[index] == openBrace, index + 1 < bytes.count, bytes[index + 1] == openBrace else {
                if !isContinuation(bytes[index]) { scalarIndex += 1 }
                index += 1
                continue
            }
            var close = index + 2
            while close + 1 < bytes.count, !(bytes[close] == closeBrace && bytes[close + 1] == closeBrace) { close += 1 }
            guard close + 1 < bytes.count else {
                let site = EmbeddedText(node: value, source: source, baseOffset: scalarIndex)
                collector.error("rule-bad-template", "'{{' without a closing '}}' in the \(language.rawValue) message", file: source.path, at: site.mark(at: 0))
                return parts
            }
            if literalStart < index { parts.append(.text(String(decoding: bytes[literalStart..<index], as: UTF8.self))) }
            let expressionBytes = bytes[(index + 2)..<close]
            let site = EmbeddedText(node: value, source: source, baseOffset: scalarIndex + 2)
            if let expression = EmbeddedExpression.compile(
                String(decoding: expressionBytes, as: UTF8.self), site: site, environment: environment, collector: collector,
                sharing: false)
            {
                parts.append(.expression(expression))
            }
            scalarIndex += 4 + expressionBytes.lazy.filter { !isContinuation($0) }.count
            index = close + 2
            literalStart = index
        }
        if literalStart < bytes.count { parts.append(.text(String(decoding: bytes[literalStart...], as: UTF8.self))) }
        return parts
    }
}

private let openBrace = UInt8(ascii: "{")
private let closeBrace = UInt8(ascii: "}")

/// A UTF-8 continuation byte (10xxxxxx) does not start a Unicode scalar.
private func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }

/// A compiled expression together with where it was written, so that both its compile-time
/// issues and its evaluation errors point at the rule file's line and column.
///
/// A class: a rule evaluation hands its expressions around for every match, and copying the
/// struct retained five references each time (a tenth of the reference counting of evaluation).
final class EmbeddedExpression: Sendable {
    let compiled: CompiledExpression
    let site: EmbeddedText
    /// What it was compiled in (with the rule's variables), for `explain` to compile its operands alike.
    let environment: ExpressionEnvironment

    init(compiled: CompiledExpression, site: EmbeddedText, environment: ExpressionEnvironment) {
        self.compiled = compiled
        self.site = site
        self.environment = environment
    }

    static func compile(
        _ text: String, site: EmbeddedText, environment: ExpressionEnvironment, collector: DiagnosticCollector,
        sharing: Bool = true
    ) -> EmbeddedExpression? {
        switch environment.compile(text, sharing: sharing) {
        case .success(let compiled):
            return EmbeddedExpression(compiled: compiled, site: site, environment: environment)
        case .failure(let failure):
            for issue in failure.issues {
                collector.append(contentsOf: [issue.diagnostic(file: site.source.path, mark: site.mark(at: issue.offset))])
            }
            return nil
        }
    }

    /// Where in the rule file an evaluation error happened.
    func mark(of error: EvaluationError) -> Mark { site.mark(at: error.offset) }
}
