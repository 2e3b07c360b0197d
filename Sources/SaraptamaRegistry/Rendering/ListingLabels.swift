import Saraptama

/// The words of `registry list` and `registry show`, in Russian, Kazakh and English.
struct ListingLabels {
    let language: Language

    private func pick(_ ru: String, _ kk: String, _ en: String) -> String { LocalizedText(ru: ru, kk: kk, en: en)[language] }

    var examination: String { pick("экспертиза", "сараптама", "examination") }
    var document: String { pick("документ", "құжат", "document") }
    var kind: String { pick("вид", "түрі", "kind") }
    var title: String { pick("наименование", "атауы", "title") }
    var stateBody: String { pick("госорган", "мемлекеттік орган", "state body") }
    var object: String { pick("объект", "объект", "object") }
    var round: String { pick("раунд", "раунд", "round") }
    var received: String { pick("поступил", "түсті", "received") }
    var concluded: String { pick("заключение", "қорытынды", "concluded") }
    var verdict: String { pick("вывод", "тұжырым", "verdict") }
    var counts: String { pick("замечания", "ескертпелер", "counts") }
    var ruleSet: String { pick("набор правил", "ережелер жиынтығы", "rule set") }
    var engine: String { pick("версия", "нұсқасы", "engine") }
    var origin: String { pick("источник", "көзі", "origin") }
    var copy: String { pick("копия", "көшірме", "copy") }
    var noneStored: String { pick("не сохранена", "сақталмаған", "none stored") }
    var recordedAt: String { pick("записано", "жазылды", "recorded at") }
    var findings: String { pick("замечания", "ескертпелер", "findings") }
    var body: String { pick("орган", "орган", "body") }
    var e: String { pick("О", "Қ", "E") }
    var w: String { pick("П", "Е", "W") }
    var i: String { pick("С", "А", "I") }

    func shown(_ count: Int, of total: Int) -> String {
        let all = CountedNoun.examination.counted(total, in: language)
        if count == total { return all }
        return pick("\(count) из \(all) (последние)", "\(total) сараптаманың соңғы \(count)", "\(count) of \(total) examination(s) (the latest)")
    }
}

/// A document kind's name, for the registry's listings.
enum ConclusionWords {
    static func kind(_ kind: DocumentKind, _ language: Language) -> String {
        let names: [DocumentKind: LocalizedText] = [
            .technicalAssignment: LocalizedText(ru: "техническое задание", kk: "техникалық тапсырма", en: "technical assignment"),
            .investmentProposal: LocalizedText(ru: "инвестиционное предложение", kk: "инвестициялық ұсыныс", en: "investment proposal"),
            .feasibilityStudy: LocalizedText(ru: "финансово-экономическое обоснование", kk: "қаржы-экономикалық негіздеме", en: "financial-economic justification"),
        ]
        return names[kind]?[language] ?? kind.rawValue
    }
}
