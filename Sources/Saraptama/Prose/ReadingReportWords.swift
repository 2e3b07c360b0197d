/// The words of the reading report (`saraptama read`) in ru, kk and en. The Kazakh wording
/// follows the glossary (`Rules/glossary.yaml`): «бөлім», «кесте», «жол», «МЕМСТ».
struct ReadingReportWords {
    let language: Language

    private func pick(_ ru: String, _ kk: String, _ en: String) -> String {
        LocalizedText(ru: ru, kk: kk, en: en)[language]
    }

    var reading: String { pick("чтение", "оқу", "reading") }
    var note: String { pick("примечание", "ескертпе", "note") }
    var sections: String { pick("разделы", "бөлімдер", "sections") }
    var read: String { pick("прочитано", "оқылды", "read") }
    var tables: String { pick("таблицы", "кестелер", "tables") }
    var notRecognised: String { pick("НЕ РАСПОЗНАНА", "ТАНЫЛМАДЫ", "NOT RECOGNISED") }
    var factsFromSentences: String { pick("сведения из предложений", "сөйлемдерден алынған мәліметтер", "facts from sentences") }
    var foundIn: String { pick("найдено в", "табылған жері", "found in") }
    var rulesWithNothing: String { pick("правила без данных для проверки", "тексеретін деректері жоқ ережелер", "rules with nothing to look at") }
    var problem: String { pick("проблема", "мәселе", "problem") }

    func headerFrom(_ header: String) -> String {
        switch (header, language) {
        case ("title page", .ru): "заголовок с титульного листа"
        case ("title page", .kk): "тақырып титулдық парақтан"
        case ("front matter", .ru), ("header block", .ru): "заголовок из блока YAML"
        case ("front matter", .kk), ("header block", .kk): "тақырып YAML блогынан"
        default: "header from the \(header)"
        }
    }

    func gostSection(_ number: Int) -> String { pick("раздел \(number) ГОСТ 34.602", "МЕМСТ 34.602 \(number)-бөлімі", "GOST section \(number)") }

    func readAs(_ profile: String) -> String { pick("прочитана как \(profile)", "\(profile) ретінде оқылды", "read as \(profile)") }

    func rows(_ count: Int) -> String {
        CountedNoun(ru: ("строка", "строки", "строк"), kk: "жол", en: ("row", "rows")).counted(count, in: language)
    }

    /// A structured part the report counts («functions», «budget lines»).
    func part(_ name: String) -> String {
        let words: [String: (ru: String, kk: String)] = [
            "functions": ("функций", "функциялар"), "integrations": ("интеграций", "интеграциялар"),
            "data attributes": ("реквизитов данных", "деректемелер"), "stages": ("этапов", "кезеңдер"),
            "budget lines": ("строк бюджета", "бюджет жолдары"),
        ]
        return switch language {
        case .ru: words[name]?.ru ?? name
        case .kk: words[name]?.kk ?? name
        case .en: name
        }
    }
}
