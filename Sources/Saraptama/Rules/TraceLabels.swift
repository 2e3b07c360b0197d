/// The words of `saraptama rules trace`, in Russian, Kazakh and English.
struct TraceLabels {
    let language: Language

    private func pick(_ ru: String, _ kk: String, _ en: String) -> String { LocalizedText(ru: ru, kk: kk, en: en)[language] }

    var basis: String { pick("основание", "негіздеме", "basis") }
    var ends: String { pick("действует до", "мерзімі", "ends") }
    var deferred: String { pick("отложено", "кейінге қалдырылды", "deferred") }
    var notImplemented: String { pick("НЕ РЕАЛИЗОВАНО — нет правила", "ІСКЕ АСЫРЫЛМАҒАН — ереже жоқ", "NOT IMPLEMENTED — no rule") }
    var inferred: String { pick("выведено", "тұжырым", "inferred") }
    var notImplementedList: String { pick("Не реализовано (действует, нет правила)", "Іске асырылмаған (қолданыста, ереже жоқ)", "Not implemented (active, no rule)") }
    var deferredList: String { pick("Отложено", "Кейінге қалдырылған", "Deferred") }
    var rulesWithoutRequirement: String { pick("Правила, не реализующие требований", "Ешбір талапты іске асырмайтын ережелер", "Rules implementing no requirement") }
    var none: String { pick("нет", "жоқ", "none") }

    func status(_ status: Requirements.Requirement.Status) -> String {
        switch status {
        case .active: pick("действ.", "қолданыста", "active")
        case .deferred: pick("отлож.", "кейінге", "deferred")
        }
    }

    func kind(_ kind: DocumentKind) -> String {
        switch kind {
        case .technicalAssignment: pick("ТЗ", "ТТ", "TA")
        case .investmentProposal: pick("ИП", "ИҰ", "IP")
        case .feasibilityStudy: pick("ФЭО", "ҚЭН", "FEJ")
        }
    }

    func examples(pass: Int, fail: Int) -> String {
        pick("примеры \(pass) усп. + \(fail) наруш.", "мысалдар \(pass) өтеді + \(fail) бұзады", "examples \(pass) pass + \(fail) fail")
    }

    func cases(fired: Int, checked: Int, of total: Int) -> String {
        pick("случаи: срабатывает в \(fired), проверяется в \(checked) из \(total)",
             "жағдайлар: \(fired) жағдайда іске қосылады, \(total) жағдайдың \(checked) жағдайында тексеріледі",
             "cases: fires in \(fired), checked in \(checked) of \(total)")
    }

    func summary(requirements: Int, active: Int, deferred: Int, covered: Int, rules: Int, examples: Int, cases: Int) -> String {
        switch language {
        case .ru:
            "\(CountedNoun(ru: ("требование", "требования", "требований"), kk: "", en: ("", "")).counted(requirements, in: .ru)) (действуют: \(active), отложены: \(deferred)); "
                + "реализованы \(covered) из \(active) действующих; \(CountedNoun(ru: ("правило", "правила", "правил"), kk: "", en: ("", "")).counted(rules, in: .ru)), "
                + "\(CountedNoun(ru: ("пример", "примера", "примеров"), kk: "", en: ("", "")).counted(examples, in: .ru)), \(CountedNoun(ru: ("случай", "случая", "случаев"), kk: "", en: ("", "")).counted(cases, in: .ru))"
        case .kk:
            "\(requirements) талап (қолданыста: \(active), кейінге қалдырылған: \(deferred)); қолданыстағы \(active) талаптың \(covered) іске асырылған; "
                + "\(rules) ереже, \(examples) мысал, \(cases) жағдай"
        case .en:
            "\(requirements) requirements (\(active) active, \(deferred) deferred); \(covered) of \(active) active implemented; "
                + "\(rules) rules, \(examples) examples, \(cases) cases"
        }
    }
}
