/// The conclusion an expert signs, as pandoc Markdown: the issuing organisation, the number and
/// date, the addressee and the letter answered, what was examined, the verdict, the remarks
/// numbered within each question of the examination with their place in the document's own
/// terms, their basis and recommendation, the overall recommendation, the signatures, and an
/// annex of what was examined. `ConclusionConverter` turns it into a Word document (or its HTML
/// twin) through pandoc; the expert edits it in Word and signs it.
///
/// No file path or hash appears in it: documents are named by their title, number and date.
/// Every value taken from a document or a rule is escaped, so it reads as text, never as markup.
public enum IssuedConclusion {
    /// The whole conclusion: one part per document, separated by page breaks.
    public static func render(_ report: ReviewedReport, options: RenderOptions) -> String {
        let settings = options.conclusion
        var parts: [String] = []
        for document in report.documents {
            parts.append(part(document, report: report, settings: settings, options: options))
        }
        return parts.joined(separator: pageBreak)
    }

    static let pageBreak = "\n```{=openxml}\n<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>\n```\n\n```{=html}\n<div style=\"break-after: page\"></div>\n```\n\n"

    static func part(_ document: ReviewedDocument, report: ReviewedReport, settings: ConclusionSettings, options: RenderOptions) -> String {
        let language = report.language
        let labels = IssuedConclusionLabels(language: language)
        let draft = ConclusionLabels(language: language)
        let result = document.result
        var out = ""
        // Letterhead.
        if let organisation = settings.organisation {
            out += "::: {custom-style=\"Letterhead\"}\n**\(md(organisation[language]))**"
            if let details = settings.organisationDetails { out += "\\\n" + md(details[language]) }
            out += "\n:::\n\n"
        }
        let date = LocalFormat.date(settings.date ?? options.today ?? "")
        out += md(labels.numberLine(number: settings.number ?? labels.blank, date: date.isEmpty ? labels.blank : date)) + "\n\n"
        if let letter = settings.letterNumber {
            out += md(labels.letter(number: letter, date: settings.letterDate.map(LocalFormat.date))) + "\n\n"
        }
        if let addressee = settings.addressee ?? result.header?.stateBodyName {
            out += "::: {custom-style=\"Addressee\"}\n\(md(addressee))\n:::\n\n"
        }
        out += "# \(labels.title)\n\n"
        guard let header = result.header else {
            out += md(draft.verdict(.inconclusive)) + "\n\n"
            for problem in result.problems { out += "- " + md(problem.message(in: report.language.rawValue)) + "\n" }
            return out
        }
        out += "::: {custom-style=\"Subtitle\"}\n\(md(labels.subtitle(header.kind)))\n:::\n\n"
        out += md(labels.opening(
            kind: draft.kind(header.kind), id: header.id, date: LocalFormat.date(header.dateText), title: header.title,
            body: header.stateBodyName, object: header.objectName)) + "\n\n"

        out += "## \(md(labels.verdictHeading))\n\n**\(md(draft.verdict(result.verdict)))\\.** "
        out += md(draft.verdictExplanation(result.verdict, errors: result.count(.error))) + "\n\n"
        for outcome in result.unexaminedQuestions {
            out += "- " + md(outcome.title[language] + " — " + labels.notExamined(outcome.reason?[language] ?? "")) + "\n"
        }
        if !result.unexaminedQuestions.isEmpty { out += "\n" }

        out += remarks(document, labels: labels, draft: draft, language: language)

        out += "## \(md(labels.recommendationHeading))\n\n\(md(labels.overallRecommendation(result.verdict)))\n\n"
        out += signatures(settings, labels: labels, language: language)
        out += pageBreak + annex(document, report: report, labels: labels, language: language)
        return out
    }

    /// The remarks by question of the examination, numbered «1.1», «1.2» within each.
    static func remarks(_ document: ReviewedDocument, labels: IssuedConclusionLabels, draft: ConclusionLabels, language: Language) -> String {
        let findings = document.result.findings
        guard !findings.isEmpty else { return "" }
        var out = "## \(md(labels.remarksHeading))\n\n"
        var questionNumber = 0
        for question in ExaminationQuestion.allCases {
            let mine = findings.filter { $0.question == question }
            guard !mine.isEmpty else { continue }
            questionNumber += 1
            let title = document.result.questions.first { $0.question == question }?.title[language] ?? ExaminationQuestion.otherTitle[language]
            out += "### \(questionNumber). \(md(title))\n\n"
            for (index, finding) in mine.enumerated() {
                var heading = "**\(questionNumber).\(index + 1).** " + md(LocalFormat.prose(finding.message, language))
                var marks = [draft.severity(finding.severity)]
                if let status = document.roundStatus(of: finding) { marks.append(status == .new ? labels.newMark : labels.openMark) }
                heading += " *(" + md(marks.joined(separator: "; ")) + ")*"
                out += heading + "\n\n"
                // Place, basis and recommendation are paragraphs of their own, left-aligned
                // (style «RemarkDetails» of the template): Word stretches a justified line that
                // ends in a line break.
                var details = ["*\(md(labels.location)):* " + md(place(finding, labels: labels))]
                for related in finding.related {
                    details.append("*\(md(labels.comparedWith)):* " + md(related.path.description))
                }
                let basis = finding.basis.map { $0.citation(language) + ($0.confidence == .inferred ? " (" + labels.inferred + ")" : "") }
                details.append("*\(md(labels.basis)):* " + md(basis.joined(separator: "; ")))
                if let fix = finding.fix { details.append("*\(md(labels.recommendation)):* " + md(LocalFormat.prose(fix, language))) }
                out += "::: {custom-style=\"RemarkDetails\"}\n" + details.joined(separator: "\n\n") + "\n:::\n\n"
            }
        }
        return out
    }

    /// Where a remark is, in the document's own terms: the section, paragraph, table and row of a
    /// prose document; the node's path for a YAML document.
    static func place(_ finding: Finding, labels: IssuedConclusionLabels) -> String {
        if let locator = finding.locator { return locator }
        return labels.yamlPath + " " + finding.path.description
    }

    static func signatures(_ settings: ConclusionSettings, labels: IssuedConclusionLabels, language: Language) -> String {
        var out = "::: {custom-style=\"Signature\"}\n"
        func line(_ role: String, _ person: ConclusionSettings.Signatory?) -> String {
            let position = person.map { $0.position[language] } ?? role
            let name = person?.name ?? labels.blank
            return md(position) + " \(labels.blank) " + md(name)
        }
        out += "\(md(labels.expert)):\\\n" + line(labels.expert, settings.expert) + "\n\n"
        if settings.approver != nil {
            out += "\(md(labels.approved)):\\\n" + line(labels.approved, settings.approver) + "\n\n"
        }
        return out + ":::\n\n"
    }

    /// What was examined, compactly: the document, the rule set, and each question's outcome.
    static func annex(_ document: ReviewedDocument, report: ReviewedReport, labels: IssuedConclusionLabels, language: Language) -> String {
        let result = document.result
        var out = "## \(md(labels.annexTitle))\n\n::: {custom-style=\"RemarkDetails\"}\n"
        if let header = result.header {
            let draft = ConclusionLabels(language: language)
            out += "*\(md(labels.documentLabel)):* " + md("\(draft.kind(header.kind)) № \(header.id), \(LocalFormat.date(header.dateText))") + "\n\n"
        }
        out += "*\(md(labels.ruleSetLabel)):* " + md(labels.rulesSummary(checked: result.checkedRules.count, ruleSet: "\(report.ruleSetName) \(report.ruleSetVersion)")) + "\n:::\n\n"
        out += "| \(md(labels.question)) | \(md(labels.outcome)) |\n|:---|:---|\n"
        for outcome in result.questions {
            let remarks = result.findings.count { $0.question == outcome.question }
            let reason = outcome.reason?[language] ?? ""
            let text = switch outcome.status {
            case .examined: labels.examined(remarks: remarks)
            case .notExamined: labels.notExamined(reason)
            case .notApplicable: labels.notApplicable(reason)
            }
            out += "| \(cell(outcome.title[language])) | \(cell(text)) |\n"
        }
        return out + "\n"
    }

    /// Text as pandoc Markdown reads it back verbatim: every ASCII punctuation mark escaped, line
    /// breaks as spaces.
    static func md(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "\n", "\r", "\t": out.append(" ")
            case "\\", "`", "*", "_", "{", "}", "[", "]", "(", ")", "#", "+", "-", ".", "!", "<", ">", "|", "~", "^", "$", "\"", "'", "@", "&", ":", "=", "%":
                out.append("\\")
                out.append(character)
            default: out.append(character)
            }
        }
        return out
    }

    static func cell(_ text: String) -> String { md(text) }
}
