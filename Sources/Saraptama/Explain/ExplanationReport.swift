/// Renders an `Explanation` as text (for people) or JSON (for tools), in the explanation's
/// language: the rule's texts (its title in the terms in force on the document's date), the
/// basis and every sentence about the evaluation. Expressions and values are shown as written.
public enum ExplanationReport {
    /// The explanation for a terminal.
    public static func text(_ explanation: Explanation) -> String {
        let rule = explanation.rule, header = explanation.header
        let labels = ExplanationLabels(language: explanation.language)
        var out = "\(rule.id) — \(explanation.title) [\(ConclusionLabels(language: explanation.language).severity(rule.severity))]\n"
        let inForce = rule.basis.inForce(on: header.date).first?.editionKey
        if let mark = rule.defaulted["basis"] { out += "  \(labels.basis): (\(labels.fileDefaults) \(rule.file):\(mark.line):\(mark.column))\n" }
        for entry in rule.basis {
            var basis = "\(entry.citation(explanation.language)) — \(labels.confidence(entry.confidence))"
            if entry.editionKey == inForce { basis += " ← " + labels.inForceOnDocumentDate }
            out += "  \(labels.basis): \(basis)\n"
            // The notes are the rule author's working notes, kept in English in the rule file.
            if let note = entry.note, explanation.language == .en { out += "            \(note)\n" }
        }
        out += "  \(labels.defined): \(rule.file):\(rule.mark.line):\(rule.mark.column)\n"
        out += "  select:   \(rule.selector?.description ?? labels.wholeDocument)\n"
        out += "  when:     \(rule.guardSource ?? "—")\n"
        out += "  assert:   \(rule.assertionSource)\n"
        if let fix = rule.fix { out += "  fix:      \(fix[explanation.language])\n" }
        out += "\n\(explanation.file) — \(header.id) · \(kindName(header.kind, explanation.language)) · \(date(header.dateText, explanation.language))\n"
        out += "  " + applicability(explanation) + "\n"
        guard explanation.applicability == .applies else { return out }
        out += "\n\(labels.itemsVisited): \(explanation.items.count)"
        out += explanation.items.isEmpty ? labels.selectorMatchedNothing + "\n" : "\n"
        for (index, item) in explanation.items.enumerated() {
            out += "  #\(index + 1) \(item.path)  (\(item.mark.line):\(item.mark.column))\n"
            if let value = item.value { out += "      item    = \(shorten(value))\n" }
            if let evaluation = item.guardEvaluation { out += self.evaluation("when  ", evaluation, labels: labels) }
            if let evaluation = item.assertion { out += self.evaluation("assert", evaluation, labels: labels) }
            out += "      → " + labels.outcome(item.outcome, path: item.findingPath ?? item.path, message: item.findingMessage ?? "") + "\n"
        }
        out += "\n" + labels.result(
            passed: explanation.count(.passed), failed: explanation.count(.failed), skipped: explanation.count(.skipped),
            errors: explanation.count(.error)) + "\n"
        return out
    }

    /// A document kind as the reader's language names it (the code in English, as rule files write it).
    static func kindName(_ kind: DocumentKind, _ language: Language) -> String {
        language == .en ? kind.rawValue : ConclusionLabels(language: language).kind(kind)
    }

    /// A date as the reader's language writes it: dd.mm.yyyy in ru and kk.
    static func date(_ iso: String, _ language: Language) -> String {
        language == .en || iso == "—" ? iso : LocalFormat.date(iso)
    }

    static func applicability(_ explanation: Explanation) -> String {
        let rule = explanation.rule, header = explanation.header, language = explanation.language
        let labels = ExplanationLabels(language: language)
        let from = date(rule.validFrom.map(CalendarDay.format) ?? "—", language), until = date(rule.validUntil.map(CalendarDay.format) ?? "—", language)
        let kinds = rule.kinds.map { kindName($0, language) }.joined(separator: ", ")
        let documentDate = date(header.dateText, language)
        switch explanation.applicability {
        case .applies:
            return labels.applies(kind: kindName(header.kind, language), kinds: kinds, date: documentDate, from: from, until: until)
        case .otherKind(let kind):
            return labels.otherKind(kinds: kinds, kind: kindName(kind, language))
        case .notYetInForce(let from):
            return labels.notYetInForce(from: date(from, language), date: documentDate)
        case .noLongerInForce(let until):
            return labels.noLongerInForce(until: date(until, language), date: documentDate)
        case .dossierOnly:
            return labels.dossierOnly
        }
    }

    static func evaluation(_ role: String, _ evaluation: Explanation.Evaluation, labels: ExplanationLabels) -> String {
        var out = "      \(role)  = " + (evaluation.value.map(shorten) ?? labels.error) + "\n"
        if let error = evaluation.error { out += "                 \(error)\n" }
        for operand in evaluation.operands {
            out += "          \(operand.source) = " + (operand.value.map(shorten) ?? labels.error + ": " + (operand.error ?? "")) + "\n"
        }
        return out
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
                ("id", .string(rule.id)), ("title", .string(explanation.title)),
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
