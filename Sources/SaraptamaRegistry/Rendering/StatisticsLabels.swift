import Saraptama

/// The words of `saraptama stats` as text, in Russian, Kazakh and English.
struct StatisticsLabels {
    let language: Language

    private func pick(_ ru: String, _ kk: String, _ en: String) -> String { LocalizedText(ru: ru, kk: kk, en: en)[language] }

    var noMatch: String { pick("Нет подходящих экспертиз.", "Сәйкес сараптамалар жоқ.", "No examination matches.") }
    var byYearTitle: String { pick("Экспертизы по годам и видам (год заключения)", "Сараптамалар жылдар мен түрлер бойынша (қорытынды жылы)", "Examinations by year and kind (year of the conclusion)") }
    var year: String { pick("год", "жыл", "year") }
    var total: String { pick("всего", "барлығы", "total") }
    var verdictsTitle: String { pick("Выводы", "Тұжырымдар", "Verdicts") }
    var verdict: String { pick("вывод", "тұжырым", "verdict") }
    var examinations: String { pick("экспертиз", "сараптамалар", "examinations") }
    var share: String { pick("доля", "үлесі", "share") }
    var roundsTitle: String { pick("Раунды до положительного заключения", "Оң қорытындыға дейінгі раундтар", "Rounds until a positive conclusion") }
    var round: String { pick("раунд", "раунд", "round") }
    var documents: String { pick("документов", "құжаттар", "documents") }
    var noneYet: String { pick("пока нет", "әзірге жоқ", "none yet") }
    var meanRound: String { pick("средний раунд первого положительного заключения", "алғашқы оң қорытындының орташа раунды", "mean round of the first positive conclusion") }
    var byBodyTitle: String { pick("Экспертизы по государственным органам", "Сараптамалар мемлекеттік органдар бойынша", "Examinations by state body") }
    var body: String { pick("орган", "орган", "body") }
    var name: String { pick("наименование", "атауы", "name") }
    var byMonthTitle: String { pick("Экспертизы по месяцам", "Сараптамалар айлар бойынша", "Examinations by month") }
    var topRulesTitle: String { pick("Чаще всего нарушаемые правила", "Жиі бұзылатын ережелер", "Most violated rules") }
    var rule: String { pick("правило", "ереже", "rule") }
    var severity: String { pick("уровень", "деңгей", "severity") }
    var pack: String { pick("пакет", "топтама", "pack") }
    var findings: String { pick("замечаний", "ескертпелер", "findings") }
    var noFindings: String { pick("замечаний нет", "ескертпелер жоқ", "no findings") }
    var packsTitle: String { pick("Замечания по пакетам правил", "Ереже топтамалары бойынша ескертпелер", "Findings by pack") }
    var concluded: String { pick("заключения", "қорытындылар", "concluded") }
    var filters: String { pick("Отбор", "Іріктеу", "Filters") }
    var none: String { pick("нет", "жоқ", "none") }
    var turnaroundTitle: String { pick("Срок в рабочих днях (поступление → заключение; день поступления не считается)", "Жұмыс күндеріндегі мерзім (түсу → қорытынды; түскен күні есептелмейді)", "Turnaround in working days (receipt → conclusion; the day of receipt not counted)") }
    var calendar: String { pick("календарь", "күнтізбе", "calendar") }
    var workingDays: String { pick("рабочих дней", "жұмыс күндері", "working days") }
    var months: [String] {
        switch language {
        case .ru: ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]
        case .kk: ["қаң", "ақп", "нау", "сәу", "мам", "мау", "шіл", "там", "қыр", "қаз", "қар", "жел"]
        case .en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        }
    }

    func headline(examinations: Int, documents: Int) -> String {
        switch language {
        case .ru: "Экспертиз: \(examinations) (\(CountedNoun.document.counted(documents, in: .ru)))"
        case .kk: "Сараптамалар: \(examinations) (\(documents) құжат)"
        case .en: "Examinations: \(examinations) (\(documents) documents)"
        }
    }

    /// Where the time limit came from, in the report's language.
    func limitOrigin(_ origin: Statistics.LimitOrigin) -> String {
        switch origin {
        case .option: pick("задан параметром --limit-days", "--limit-days параметрімен берілген", "set by --limit-days")
        case .calendar(let note):
            pick("из файла календаря", "күнтізбе файлынан", "from the calendar file") + (note.map { ": " + $0[language] } ?? "")
        case .fallback:
            pick("значение по умолчанию: установленный законом срок не найден", "әдепкі мән: заңмен белгіленген мерзім табылмады", "default; the statutory time limit was not found")
        }
    }

    func timeLimit(_ days: Int) -> String {
        let counted = CountedNoun(ru: ("рабочий день", "рабочих дня", "рабочих дней"), kk: "жұмыс күні", en: ("working day", "working days")).counted(days, in: language)
        return pick("срок: \(counted)", "мерзімі: \(counted)", "time limit: \(counted)")
    }

    func turnaroundLine(mean: String, median: String, maximum: String, over: Int, count: Int, share: String) -> String {
        pick(
            "среднее \(mean), медиана \(median), максимум \(maximum); сверх срока: \(over) из \(count) (\(share))",
            "орташа \(mean), медиана \(median), ең көбі \(maximum); мерзімнен асқаны: \(count) сараптаманың \(over) (\(share))",
            "mean \(mean), median \(median), max \(maximum); over the limit: \(over) of \(count) (\(share))")
    }

    func outsideCalendar(_ count: Int) -> String {
        pick(
            "примечание: у \(count) экспертиз даты вне лет календаря; для них исключены только выходные",
            "ескерту: \(count) сараптаманың күндері күнтізбе жылдарынан тыс; олар үшін тек демалыс күндері алынып тасталды",
            "note: \(CountedNoun.examination.counted(count, in: .en)) \(count == 1 ? "has" : "have") dates outside the calendar's years; only weekends were excluded for them")
    }

    func verdictName(_ verdict: Verdict) -> String {
        switch verdict {
        case .positive: pick("положительное", "оң", "positive")
        case .negative: pick("отрицательное", "теріс", "negative")
        case .inconclusive: pick("не завершено", "аяқталмаған", "inconclusive")
        }
    }

    func severityName(_ severity: Severity) -> String {
        switch severity {
        case .error: pick("ошибка", "қате", "error")
        case .warning: pick("предупреждение", "ескерту", "warning")
        case .info: pick("сведение", "ақпарат", "info")
        }
    }

    /// The kind's abbreviation (ТЗ, ТТ, TA…), as every report writes it.
    func kind(_ kind: DocumentKind) -> String { kind.abbreviation(language) }
}
