/// The wording of the issued conclusion (`--output docx=…`, `--format conclusion`), in Russian,
/// Kazakh and English. The draft's words it shares are in `ConclusionLabels`.
struct IssuedConclusionLabels {
    let language: Language

    private func pick(_ ru: String, _ kk: String, _ en: String) -> String {
        LocalizedText(ru: ru, kk: kk, en: en)[language]
    }

    var title: String { pick("ЗАКЛЮЧЕНИЕ", "ҚОРЫТЫНДЫ", "CONCLUSION") }
    var number: String { pick("№", "№", "No.") }
    var dated: String { pick("от", "", "of") }
    var blank: String { "____________" }
    var inReplyTo: String { pick("На № ", "", "In reply to No. ") }

    func subtitle(_ kind: DocumentKind) -> String {
        switch kind {
        case .technicalAssignment: pick("экспертизы технического задания", "техникалық тапсырманың сараптамасы", "of the examination of the technical assignment")
        case .investmentProposal: pick("экспертизы инвестиционного предложения", "инвестициялық ұсыныстың сараптамасы", "of the examination of the investment proposal")
        case .feasibilityStudy: pick("экспертизы финансово-экономического обоснования", "қаржы-экономикалық негіздеменің сараптамасы", "of the examination of the financial-economic justification")
        }
    }

    /// «На № 04-12/345 от 12.02.2025» / «2025 жылғы 12.02.2025 № 04-12/345 хатқа» / "In reply to No. … of …".
    func letter(number: String, date: String?) -> String {
        switch language {
        case .ru: "На № \(number)" + (date.map { " от \($0)" } ?? "")
        case .kk: (date.map { "\($0) " } ?? "") + "№ \(number) хатқа"
        case .en: "In reply to No. \(number)" + (date.map { " of \($0)" } ?? "")
        }
    }

    /// The dated number line: «№ 15-02/118 от 20.02.2025».
    func numberLine(number: String, date: String) -> String {
        switch language {
        case .ru: "№ \(number) от \(date)"
        case .kk: "\(date) № \(number)"
        case .en: "No. \(number) of \(date)"
        }
    }

    /// The opening paragraph: what was examined, for whom.
    /// `title` in «», quotes inside it turned into „“ as Russian and Kazakh typography nests
    /// them; a title that is already one quotation is kept.
    static func quoted(_ title: String) -> String {
        if title.hasPrefix("«"), title.hasSuffix("»"), title.filter({ $0 == "«" }).count == 1 { return title }
        let inner = title.replacingOccurrences(of: "«", with: "„").replacingOccurrences(of: "»", with: "“")
        return "«" + inner + "»"
    }

    func opening(kind: String, id: String, date: String, title: String?, body: String?, object: String?) -> String {
        let titled = title.map { " " + Self.quoted($0) } ?? ""
        switch language {
        case .ru:
            return "Сервисным интегратором «электронного правительства» проведена экспертиза документа: \(kind) № \(id) от \(date)\(titled)"
                + (body.map { ", государственный орган — \($0)" } ?? "") + (object.map { ", объект информатизации — \($0)" } ?? "") + "."
        case .kk:
            return "«Электрондық үкіметтің» сервистік интеграторы құжатқа сараптама жүргізді: \(date) № \(id) \(kind)\(titled)"
                + (body.map { ", мемлекеттік орган — \($0)" } ?? "") + (object.map { ", ақпараттандыру объектісі — \($0)" } ?? "") + "."
        case .en:
            return "The e-government service integrator has examined the \(kind) No. \(id) of \(date)\(titled)"
                + (body.map { ", state body: \($0)" } ?? "") + (object.map { ", informatization object: \($0)" } ?? "") + "."
        }
    }

    var verdictHeading: String { pick("Вывод", "Тұжырым", "Verdict") }
    var remarksHeading: String { pick("Замечания", "Ескертпелер", "Remarks") }
    var recommendationHeading: String { pick("Рекомендация", "Ұсыным", "Recommendation") }
    var location: String { pick("Место в документе", "Құжаттағы орны", "Location in the document") }
    var yamlPath: String { pick("путь в YAML", "YAML-дағы жолы", "YAML path") }
    var basis: String { pick("Основание", "Негіздеме", "Basis") }
    var recommendation: String { pick("Рекомендация", "Ұсыным", "Recommendation") }
    var comparedWith: String { pick("Сравнивается с", "Салыстырылады", "Compared with") }
    var newMark: String { pick("новое", "жаңа", "new") }
    var openMark: String { pick("не устранено с прошлого раунда", "алдыңғы раундтан бері жойылмады", "still open since the previous round") }
    var inferred: String { pick("основание выведено, не подтверждено текстом акта", "негіздеме тұжырым, акт мәтінімен расталмаған", "basis inferred, not confirmed by the act's text") }

    func overallRecommendation(_ verdict: Verdict) -> String {
        switch verdict {
        case .positive:
            pick(
                "Документ рекомендуется к дальнейшему согласованию в установленном порядке.",
                "Құжат белгіленген тәртіппен одан әрі келісуге ұсынылады.",
                "The document is recommended for further approval in the established order.")
        case .negative:
            pick(
                "Документ подлежит доработке с учетом замечаний и повторному представлению на экспертизу.",
                "Құжатты ескертпелерді ескере отырып пысықтап, сараптамаға қайта ұсыну қажет.",
                "The document is to be revised to address the remarks and resubmitted for examination.")
        case .inconclusive:
            pick(
                "Заключение будет дано после рассмотрения всех вопросов экспертизы.",
                "Қорытынды сараптаманың барлық мәселелері қаралғаннан кейін беріледі.",
                "The conclusion will be given once every question of the examination has been examined.")
        }
    }

    var expert: String { pick("Эксперт", "Сарапшы", "Expert") }
    var approved: String { pick("Согласовано", "Келісілді", "Approved") }
    var signatureHint: String { pick("(подпись)", "(қолы)", "(signature)") }

    var annexTitle: String { pick("Приложение. Рассмотренные вопросы экспертизы", "Қосымша. Сараптаманың қаралған мәселелері", "Annex. The questions of the examination") }
    var question: String { pick("Вопрос экспертизы", "Сараптама мәселесі", "Question of the examination") }
    var outcome: String { pick("Результат", "Нәтиже", "Outcome") }
    var documentLabel: String { pick("Документ", "Құжат", "Document") }
    var ruleSetLabel: String { pick("Набор правил", "Ережелер жиынтығы", "Rule set") }

    func examined(remarks: Int) -> String {
        let counted = CountedNoun.finding.counted(remarks, in: language)
        return remarks == 0 ? pick("рассмотрен, замечаний нет", "қаралды, ескертпелер жоқ", "examined, no remarks") : pick("рассмотрен, \(counted)", "қаралды, \(counted)", "examined, \(counted)")
    }

    func notExamined(_ reason: String) -> String { pick("не рассмотрен: \(reason)", "қаралмады: \(reason)", "not examined: \(reason)") }
    func notApplicable(_ reason: String) -> String { pick("не применяется: \(reason)", "қолданылмайды: \(reason)", "not applicable: \(reason)") }

    func rulesSummary(checked: Int, ruleSet: String) -> String {
        let rules = CountedNoun(ru: ("правило", "правила", "правил"), kk: "ереже", en: ("rule", "rules")).counted(checked, in: language)
        return pick("\(ruleSet); применено \(rules)", "\(ruleSet); \(rules) қолданылды", "\(ruleSet); \(rules) applied")
    }
}
