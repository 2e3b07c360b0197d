/// Renders an `Explanation` as text (for people) or JSON (for tools). The rule's own texts are in
/// the chosen language; the scaffolding is English, like `rules show`.
public enum ExplanationReport {
    /// The explanation for a terminal.
    public static func text(_ explanation: Explanation) -> String {
        let rule = explanation.rule, header = explanation.header
        var out = "\(rule.id) — \(rule.title[explanation.language]) [\(rule.severity.rawValue)]\n"
        if let mark = rule.defaulted["basis"] { out += "  basis:    (the file's defaults, \(rule.file):\(mark.line):\(mark.column))\n" }
        for entry in rule.basis {
            var basis = "\(entry.citation(explanation.language)) — \(entry.confidence.rawValue)"
            if entry.confidence == .inferred { basis += " (the clause was not found in the act's text)" }
            if entry.editionKey == rule.basis.inForce(on: header.date).first?.editionKey { basis += " ← in force on the document's date" }
            out += "  basis:    \(basis)\n"
            if let note = entry.note { out += "            \(note)\n" }
        }
        out += "  defined:  \(rule.file):\(rule.mark.line):\(rule.mark.column)\n"
        out += "  select:   \(rule.selector?.description ?? "— (the document itself)")\n"
        out += "  when:     \(rule.guardSource ?? "—")\n"
        out += "  assert:   \(rule.assertionSource)\n"
        if let fix = rule.fix { out += "  fix:      \(fix[explanation.language])\n" }
        out += "\n\(explanation.file) — \(header.id) · \(header.kind.rawValue) · \(header.dateText)\n"
        out += "  " + applicability(explanation) + "\n"
        guard explanation.applicability == .applies else { return out }
        out += "\nItems visited: \(explanation.items.count)"
        out += explanation.items.isEmpty ? " — the selector matched nothing, so the rule has nothing to check here\n" : "\n"
        for (index, item) in explanation.items.enumerated() {
            out += "  #\(index + 1) \(item.path)  (\(item.mark.line):\(item.mark.column))\n"
            if let value = item.value { out += "      item    = \(shorten(value))\n" }
            if let evaluation = item.guardEvaluation { out += self.evaluation("when  ", evaluation) }
            if let evaluation = item.assertion { out += self.evaluation("assert", evaluation) }
            out += "      → " + verdict(item) + "\n"
        }
        out += "\nResult: \(explanation.count(.passed)) passed, \(explanation.count(.failed)) failed, "
        out += "\(explanation.count(.skipped)) skipped by the guard, \(explanation.count(.error)) evaluation error(s)\n"
        return out
    }

    static func applicability(_ explanation: Explanation) -> String {
        let rule = explanation.rule, header = explanation.header
        let from = rule.validFrom.map(CalendarDay.format) ?? "—", until = rule.validUntil.map(CalendarDay.format) ?? "—"
        let kinds = rule.kinds.map(\.rawValue).joined(separator: ", ")
        switch explanation.applicability {
        case .applies:
            return "applies: kind \(header.kind.rawValue) is one of [\(kinds)]; \(header.dateText) is in force [\(from), \(until))"
        case .otherKind(let kind):
            return "NOT APPLICABLE: the rule checks [\(kinds)], this document is of kind \(kind.rawValue); nothing was evaluated"
        case .notYetInForce(let date):
            return "NOT APPLICABLE: the rule is in force from \(date); the document is dated \(header.dateText); nothing was evaluated"
        case .noLongerInForce(let date):
            return "NOT APPLICABLE: the rule applies to documents dated before \(date); the document is dated \(header.dateText); nothing was evaluated"
        case .dossierOnly:
            return "NOT APPLICABLE ALONE: a dossier rule compares the documents of one project; check them together with `saraptama check --dossier`"
        }
    }

    static func evaluation(_ role: String, _ evaluation: Explanation.Evaluation) -> String {
        var out = "      \(role)  = " + (evaluation.value.map(shorten) ?? "error") + "\n"
        if let error = evaluation.error { out += "                 \(error)\n" }
        for operand in evaluation.operands {
            out += "          \(operand.source) = " + (operand.value.map(shorten) ?? "error: " + (operand.error ?? "")) + "\n"
        }
        return out
    }

    static func verdict(_ item: Explanation.Item) -> String {
        switch item.outcome {
        case .passed: "passed: the assertion holds"
        case .skipped: "skipped: the guard is false, the rule does not concern this item"
        case .error: "evaluation error: reported as a problem of the rule on this document, never a silent pass"
        case .failed: "FAILED: finding at \(item.findingPath ?? item.path): \(item.findingMessage ?? "")"
        }
    }

    static func shorten(_ json: String) -> String {
        let scalars = json.unicodeScalars
        guard scalars.count > Explainer.valueLimit else { return json }
        return String(String.UnicodeScalarView(scalars.prefix(Explainer.valueLimit))) + "…"
    }

    /// The explanation as JSON; values are embedded as JSON, not as strings.
    public static func json(_ explanation: Explanation) -> String {
        let rule = explanation.rule
        func evaluation(_ evaluation: Explanation.Evaluation?) -> JSONValue {
            guard let evaluation else { return .null }
            return .object([
                ("expression", .string(evaluation.source)),
                ("value", evaluation.value.map(JSONValue.raw) ?? .null),
                ("error", .optional(evaluation.error)),
                ("operands", .array(evaluation.operands.map { operand in
                    .object([
                        ("expression", .string(operand.source)),
                        ("value", operand.value.map(JSONValue.raw) ?? .null),
                        ("error", .optional(operand.error)),
                    ])
                })),
            ])
        }
        let items: [JSONValue] = explanation.items.map { item in
            .object([
                ("path", .string(item.path)),
                ("line", .int(Int64(item.mark.line))),
                ("column", .int(Int64(item.mark.column))),
                ("item", item.value.map(JSONValue.raw) ?? .null),
                ("when", evaluation(item.guardEvaluation)),
                ("assert", evaluation(item.assertion)),
                ("outcome", .string(item.outcome.rawValue)),
                ("finding", item.findingPath.map { .object([("path", .string($0)), ("message", .optional(item.findingMessage))]) } ?? .null),
            ])
        }
        return JSONValue.object([
            ("rule", .object([
                ("id", .string(rule.id)), ("title", .string(rule.title[explanation.language])),
                ("severity", .string(rule.severity.rawValue)), ("basis", JSONValue.basis(rule.basis, language: explanation.language)),
                ("select", .optional(rule.selector?.description)), ("when", .optional(rule.guardSource)),
                ("assert", .string(rule.assertionSource)),
            ])),
            ("document", .object([
                ("file", .string(explanation.file)), ("id", .string(explanation.header.id)),
                ("kind", .string(explanation.header.kind.rawValue)), ("date", .string(explanation.header.dateText)),
            ])),
            ("applies", .bool(explanation.applicability == .applies)),
            ("applicability", .string(applicability(explanation))),
            ("items", .array(items)),
        ]).text(indent: 2) + "\n"
    }
}
