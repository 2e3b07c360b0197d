/// The words reports use around findings, in the three languages. (The HTML conclusion's own
/// wording is in `ConclusionLabels`.)
struct ReportLabels {
    let language: Language

    func pick(_ ru: String, _ kk: String, _ en: String) -> String {
        LocalizedText(ru: ru, kk: kk, en: en)[language]
    }

    var basis: String { pick("основание", "негіздеме", "basis") }
    var seeAlso: String { pick("сравнить с", "салыстыру", "compared with") }
    var fix: String { pick("как исправить", "қалай түзету керек", "fix") }
    var at: String { pick("где", "қайда", "at") }
    var inferred: String { pick("выведено, не подтверждено текстом акта", "тұжырым, акт мәтінімен расталмаған", "inferred, not confirmed by the act's text") }
    var questionsNotExamined: String { pick("не рассмотрены вопросы экспертизы", "сараптаманың қаралмаған мәселелері", "questions not examined") }
    var rulesExamined: String { pick("правил нашли что проверить", "тексеретін нәрсе тапқан ережелер", "rules that found something to examine") }
    var rulesChecked: String { pick("проверено правил", "тексерілген ережелер", "rules checked") }
    var documents: String { pick("Документы", "Құжаттар", "Documents") }
    var document: String { pick("Документ", "Құжат", "Document") }
    var positive: String { pick("положительных", "оң", "positive") }
    var negative: String { pick("отрицательных", "теріс", "negative") }
    var inconclusive: String { pick("не завершено", "аяқталмаған", "incomplete") }
    var noFindings: String { pick("замечаний нет", "ескертпелер жоқ", "no findings") }
    var waived: String { pick("снято по исключению", "ерекшелік бойынша алынған", "waived") }
    var waivedMark: String { pick("исключение", "ерекшелік", "waived") }
    var waiverNotices: String { pick("исключения (waivers)", "ерекшеліктер (waivers)", "waivers") }
    var problems: String { pick("проблемы проверки", "тексеру мәселелері", "problems") }
    var file: String { pick("Файл", "Файл", "File") }
    var kind: String { pick("Вид", "Түрі", "Kind") }
    var date: String { pick("Дата", "Күні", "Date") }
    var stateBody: String { pick("Государственный орган", "Мемлекеттік орган", "State body") }
    var object: String { pick("Объект", "Объект", "Object") }
    var verdictLabel: String { pick("Вывод", "Қорытынды", "Verdict") }
    var severityLabel: String { pick("Уровень", "Деңгей", "Severity") }
    var rule: String { pick("Правило", "Ереже", "Rule") }
    var line: String { pick("Строка", "Жол", "Line") }
    var path: String { pick("Путь", "Жол (path)", "Path") }
    var finding: String { pick("Замечание", "Ескертпе", "Finding") }
    var fixColumn: String { pick("Как исправить", "Қалай түзету керек", "Fix") }
    var justification: String { pick("обоснование", "негіздеме", "justification") }
    var approvedBy: String { pick("согласовал", "келісті", "approved by") }
    var until: String { pick("до", "дейін", "until") }
    var rounds: String { pick("Раунды", "Раундтар", "Rounds") }
    var resolved: String { pick("устранено", "жойылды", "resolved") }
    var stillOpen: String { pick("не устранено", "жойылмады", "still open") }
    var new: String { pick("новые", "жаңа", "new") }
    var newMark: String { pick("новое", "жаңа", "new") }
    var openMark: String { pick("прежнее", "бұрынғы", "open") }
    var notResubmitted: String { pick("документ не представлен повторно", "құжат қайта ұсынылмады", "the document was not resubmitted") }
    var newDocument: String { pick("новый документ (не было в прошлом раунде)", "жаңа құжат (алдыңғы раундта болмаған)", "a new document (not in the previous round)") }
    var sincePrevious: String { pick("с прошлого раунда", "алдыңғы раундтан бері", "since the previous round") }

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
        [CountedNoun.error.counted(errors, in: language), CountedNoun.warning.counted(warnings, in: language), CountedNoun.info.counted(infos, in: language)]
            .joined(separator: ", ")
    }

    func waivedCount(_ count: Int) -> String { "\(pick("снято по исключениям", "ерекшеліктер бойынша алынды", "waived")): \(count)" }

    func roundSummary(resolved: Int, open: Int, new: Int) -> String {
        "\(resolved) \(self.resolved), \(open) \(stillOpen), \(new) \(self.new)"
    }

    func ruleSetChanged(from old: String, to new: String) -> String {
        pick(
            "набор правил изменился (\(old) → \(new)): новые замечания могут быть следствием новых правил",
            "ережелер жиынтығы өзгерді (\(old) → \(new)): жаңа ескертпелер жаңа ережелерден болуы мүмкін",
            "the rule set changed (\(old) → \(new)): new findings may come from new rules")
    }

    func notApplicable(kind: String, date: String) -> String {
        pick("не применяется к документу вида \(kind) от \(date)", "\(date) күнгі \(kind) түріндегі құжатқа қолданылмайды", "not applicable to a \(kind) dated \(date)")
    }

    /// The lint summary: what stands between the documents and their submission.
    func lintSummary(toFix: Int, documents: Int, failing: Int, threshold: Severity?, inconclusive: Int = 0) -> String {
        if inconclusive > 0 {
            return pick(
                "✗ Не готово к подаче: \(inconclusive) из \(documents) док. проверены не полностью (документ не прочитан, правило не вычислено или вопрос экспертизы не рассмотрен — причины выше).",
                "✗ Ұсынуға дайын емес: \(documents) құжаттың \(inconclusive) құжаты толық тексерілмеді (құжат оқылмады, ереже есептелмеді немесе сараптама мәселесі қаралмады — себептері жоғарыда).",
                "✗ Not ready to submit: \(inconclusive) of \(CountedNoun.document.counted(documents, in: .en)) not fully checked (not read, a rule not evaluated, or a question of the examination not examined — the reasons are above).")
        }
        if toFix == 0 {
            return pick(
                "✓ Готово к подаче: замечаний, требующих исправления, нет (документов: \(documents)).",
                "✓ Ұсынуға дайын: түзетуді қажет ететін ескертпелер жоқ (құжаттар: \(documents)).",
                "✓ Ready to submit: nothing to fix (documents: \(documents)).")
        }
        let level = threshold.map { severity($0) } ?? "—"
        return pick(
            "✗ Исправьте перед подачей: \(CountedNoun.finding.counted(toFix, in: .ru)) уровня «\(level)» и выше в \(failing) из \(documents) док. Под каждым замечанием сказано, как исправить; `saraptama explain ПРАВИЛО ФАЙЛ` покажет, почему правило сработало.",
            "✗ Ұсынар алдында түзетіңіз: \(documents) құжаттың \(failing) құжатында «\(level)» және одан жоғары деңгейдегі \(toFix) ескертпе бар. Әр ескертпенің астында қалай түзету керегі жазылған; `saraptama explain ЕРЕЖЕ ФАЙЛ` ереженің неге іске қосылғанын көрсетеді.",
            "✗ Fix before submitting: \(CountedNoun.finding.counted(toFix, in: .en)) at \(level) or above in \(failing) of \(CountedNoun.document.counted(documents, in: .en)). Each says how to fix it; `saraptama explain RULE FILE` shows why a rule fired.")
    }
}
