/// The words reports use around findings, in the three languages.
struct ReportLabels {
    let language: Language

    private func pick(_ ru: String, _ kk: String, _ en: String) -> String {
        LocalizedText(ru: ru, kk: kk, en: en)[language]
    }

    var basis: String { pick("основание", "негіздеме", "basis") }
    var fix: String { pick("как исправить", "қалай түзету керек", "fix") }
    var inferred: String { pick("выведено, текст акта не найден", "тұжырым, акт мәтіні табылмады", "inferred, the act's text was not found") }
    var rulesChecked: String { pick("проверено правил", "тексерілген ережелер", "rules checked") }
    var documents: String { pick("Документы", "Құжаттар", "Documents") }
    var positive: String { pick("положительных", "оң", "positive") }
    var negative: String { pick("отрицательных", "теріс", "negative") }
    var inconclusive: String { pick("не завершено", "аяқталмаған", "incomplete") }
    var noFindings: String { pick("замечаний нет", "ескертулер жоқ", "no findings") }

    func severity(_ severity: Severity) -> String {
        switch severity {
        case .error: pick("ошибка", "қате", "error")
        case .warning: pick("предупреждение", "ескерту", "warning")
        case .info: pick("сведение", "ақпарат", "info")
        }
    }

    func verdict(_ verdict: Verdict) -> String {
        switch verdict {
        case .positive: pick("положительное заключение", "оң қорытынды", "positive conclusion")
        case .negative: pick("отрицательное заключение", "теріс қорытынды", "negative conclusion")
        case .inconclusive: pick("проверка не завершена", "тексеру аяқталмады", "check incomplete")
        }
    }

    func counts(errors: Int, warnings: Int, infos: Int) -> String {
        "\(errors) \(pick("ошибок", "қате", "errors")), \(warnings) \(pick("предупреждений", "ескерту", "warnings")), \(infos) \(pick("сведений", "ақпарат", "info"))"
    }
}
