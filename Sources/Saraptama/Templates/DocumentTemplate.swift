/// A blank document to start from (`saraptama new ta|ip|fej`): the header and every part and
/// table the rules read, in the chosen language — as Markdown (with YAML front matter; converted
/// to Word by `saraptama new --format docx`) or as YAML. Table headers are the profile names
/// Saraptama recognizes (`Rules/extraction/tables.yaml`), so a filled-in template is read without change.
public enum DocumentTemplate {
    /// The Markdown template: front matter, GOST 34.602 sections for a TA (free sections for an IP
    /// or FEJ), and the tables.
    public static func markdown(_ kind: DocumentKind, language: Language) -> String {
        let w = TemplateWords(language: language)
        var out = "---\n" + frontMatter(kind, words: w) + "---\n\n"
        out += "# \(w.documentTitle(kind))\n\n"
        for (number, title, body) in sections(kind, words: w) {
            out += "## \(number). \(title)\n\n"
            if !body.isEmpty { out += body + "\n\n" }
        }
        return out
    }

    /// The YAML template: the same parts as data, with a comment on each.
    public static func yaml(_ kind: DocumentKind, language: Language) -> String {
        let w = TemplateWords(language: language)
        var out = frontMatter(kind, words: w)
        if kind == .technicalAssignment {
            out += "sections:\n"
            for (number, title) in w.gostSections.enumerated() {
                out += "  - {number: \(number + 1), title: \(quoted(title)), text: \(quoted(w.fillIn))}\n"
            }
        }
        out += """
            functions:
              - {code: "", name: \(quoted(w.fillIn)), domain: ""}
            data:
              entities:
                - name: \(quoted(w.fillIn))
                  attributes:
                    - {name: \(quoted(w.fillIn)), source: {kind: integration, system: ""}}
            integrations:
              - {system: "", counterpart: state, via: ШЭП, purpose_kind: data_exchange, purpose: \(quoted(w.fillIn))}
            standard_solutions:
              considered:
                - {solution: "", function: "", decision: reuse, justification: ""}
            software:
              - {name: "", purpose: "", license: free, justification: ""}
            schedule:
              stages:
                - {name: \(quoted(w.fillIn)), kind: design, start: "2026-01-15", end: "2026-03-31"}

            """
        return out
    }

    static func quoted(_ text: String) -> String { "\"" + text.replacingOccurrences(of: "\"", with: "\\\"") + "\"" }

    /// The header and the parts prose does not write as tables.
    static func frontMatter(_ kind: DocumentKind, words w: TemplateWords) -> String {
        var out = "# \(w.comment)\n"
        out += "kind: \(kind.rawValue)\n"
        out += "id: \(quoted(w.idPlaceholder(kind)))\n"
        out += "title: \(quoted(w.documentTitle(kind)))\n"
        out += "state_body: {id: \"\", name: \(quoted(w.fillIn))}       # id: the state body's approved architecture\n"
        out += "object: {name: \(quoted(w.fillIn)), class: \"\", system_id: null}\n"
        out += "date: \"2026-01-15\"                        # rules in force on this date apply\n"
        out += "language: \(w.language.rawValue)\n"
        out += "compliance:\n"
        for part in ["egov_architecture", "approved_architecture", "uniform_requirements", "is_agreement", "architecture_portal"] {
            out += "  \(part): {declared: true, reference: \"\", text: \"\"}\n"
        }
        out += "hosting: {platform: ИКП ЭП, location: \(quoted(w.kazakhstan)), justification: \"\"}\n"
        if kind == .technicalAssignment {
            out += "network: {transport: ЕТС ГО, internet_gateway: single, email_gateway: single, text: \"\"}\n"
            out += "security:\n"
            out += "  logging: {enabled: true, retention: \"\", archiving: \"\"}\n"
            out += "  monitoring_nccis: true\n  soc: {provided: true, provider: service, budgeted: true}\n"
            out += "  is_testing: {planned: true, by: \"\"}\n  backups: {periodicity: \"\", retention: \"\", storage: \"\"}\n"
            out += "  personal_data: {consent: true, egov_cabinet_notification: true}\n  signatures: {provider: \"НУЦ РК\"}\n"
            out += "  critical_infrastructure: false\n"
            out += "languages: {interface: [kk, ru], documentation: [kk, ru], data: [kk, ru]}\n"
            out += "accessibility: {provided: true, standard: \"WCAG 2.1 AA\", text: \"\"}\n"
            out += "warranty: {months: 12, from: commissioning}\n"
            out += "deliverables:\n"
            out += "  - {name: \(quoted(w.sourceCode)), kind: source_code, recipient: \(quoted(w.serviceIntegrator))}\n"
            out += "paperless: {provided: true, text: \"\"}\n"
        } else {
            out += "justification:\n  problem: \(quoted(w.fillIn))\n  goals: [\(quoted(w.fillIn))]\n  expediency: \(quoted(w.fillIn))\n"
            out += "  alternatives:\n    - {name: \(quoted(w.fillIn)), description: \"\", decision: chosen, reason: \"\"}\n"
            out += "  results_assessment: \(quoted(w.fillIn))\n"
            out += "indicators:\n  direct:\n    - {name: \(quoted(w.fillIn)), unit: \"\", baseline: 0, target: 0, year: 2026}\n"
            out += "  final:\n    - {name: \(quoted(w.fillIn)), unit: \"\", baseline: 0, target: 0, year: 2027}\n"
            out += "conclusions:\n"
            for conclusion in ["sector_examination", "economic", "informatization", "information_security"] {
                out += "  - {kind: \(conclusion), issuer: \"\", number: \"\", date: \"\", result: pending}\n"
            }
        }
        out += "budget: {currency: KZT, methodology: \"\"}\n"
        return out
    }

    /// The sections: number, title and body (tables under the section that holds them).
    static func sections(_ kind: DocumentKind, words w: TemplateWords) -> [(Int, String, String)] {
        let tables = [
            "functions": w.table(["code", "name", "domain", "description"], profile: "functions"),
            "data": w.table(["entity", "name", "type", "source.kind", "source.system"], profile: "data_attributes"),
            "integrations": w.table(["system", "counterpart", "via", "purpose_kind", "purpose"], profile: "integrations"),
            "solutions": w.table(["solution", "function", "decision", "justification"], profile: "standard_solutions"),
            "software": w.table(["name", "purpose", "license", "justification"], profile: "software"),
            "years": w.table(["year", "amount"], profile: "budget_years"),
            "items": w.table(["name", "amount", "category", "year"], profile: "budget_items"),
            "stages": w.table(["name", "kind", "start", "end", "result"], profile: "schedule_stages"),
        ]
        func t(_ key: String) -> String { tables[key] ?? "" }
        if kind == .technicalAssignment {
            let titles = w.gostSections
            let bodies = [
                w.fillIn, w.fillIn, w.fillIn,
                [t("functions"), t("data"), t("integrations"), t("solutions"), t("software")].joined(separator: "\n\n"),
                [t("stages"), t("years"), t("items")].joined(separator: "\n\n"),
                w.fillIn, w.fillIn, w.fillIn, w.fillIn,
            ]
            return titles.enumerated().map { ($0.offset + 1, $0.element, bodies[$0.offset]) }
        }
        return [
            (1, w.justificationTitle, w.justificationHint),
            (2, w.functionsTitle, [t("functions"), t("data"), t("integrations")].joined(separator: "\n\n")),
            (3, w.solutionsTitle, [t("solutions"), t("software")].joined(separator: "\n\n")),
            (4, w.budgetTitle, [t("years"), t("items")].joined(separator: "\n\n")),
            (5, w.scheduleTitle, t("stages")),
        ]
    }
}
