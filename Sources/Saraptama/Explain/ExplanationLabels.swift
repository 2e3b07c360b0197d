/// The words of `saraptama explain` in ru, kk and en. The rule file's own keys (`select`, `when`,
/// `assert`, `fix`) stay as written in the file, since they name what the rule author edits;
/// everything said about them is in the chosen language.
struct ExplanationLabels {
    let language: Language

    private func pick(_ ru: String, _ kk: String, _ en: String) -> String {
        LocalizedText(ru: ru, kk: kk, en: en)[language]
    }

    var basis: String { pick("основание", "негіз", "basis") }
    var fileDefaults: String { pick("значение по умолчанию файла правил,", "ережелер файлының әдепкі мәні,", "the file's defaults,") }
    var defined: String { pick("где задано", "анықталған жері", "defined") }
    var inferred: String { pick("пункт не найден в тексте акта", "тармақ акт мәтінінен табылмады", "the clause was not found in the act's text") }
    var confirmed: String { pick("подтверждено текстом акта", "акт мәтінімен расталған", "confirmed by the act's text") }
    var inForceOnDocumentDate: String { pick("действует на дату документа", "құжат күніне күшінде", "in force on the document's date") }
    var wholeDocument: String { pick("— (документ целиком)", "— (бүкіл құжат)", "— (the document itself)") }
    var itemsVisited: String { pick("Просмотрено элементов", "Қаралған элементтер", "Items visited") }
    var selectorMatchedNothing: String {
        pick(" — выборка ничего не нашла, правилу нечего проверять", " — таңдау ештеңе таппады, ережеге тексеретін ештеңе жоқ",
             " — the selector matched nothing, so the rule has nothing to check here")
    }
    var error: String { pick("ошибка", "қате", "error") }

    func confidence(_ confidence: RuleBasis.Confidence) -> String {
        confidence == .inferred ? pick("выведено", "шығарылған", "inferred") + " (" + inferred + ")" : pick("подтверждено", "расталған", "confirmed")
    }

    func result(passed: Int, failed: Int, skipped: Int, errors: Int) -> String {
        switch language {
        case .ru: "Итог: выполнено \(passed), нарушено \(failed), пропущено условием when \(skipped), ошибок вычисления \(errors)"
        case .kk: "Нәтиже: орындалды \(passed), бұзылды \(failed), when шартымен өткізілді \(skipped), есептеу қателері \(errors)"
        case .en: "Result: \(passed) passed, \(failed) failed, \(skipped) skipped by the guard, \(errors) evaluation error(s)"
        }
    }

    func outcome(_ outcome: Explanation.Outcome, path: String, message: String) -> String {
        switch outcome {
        case .passed: pick("выполнено: утверждение верно", "орындалды: тұжырым ақиқат", "passed: the assertion holds")
        case .skipped: pick("пропущено: условие when ложно, правило этот элемент не касается", "өткізілді: when шарты жалған, ереже бұл элементке қатысты емес", "skipped: the guard is false, the rule does not concern this item")
        case .error: pick("ошибка вычисления: сообщается как проблема правила на этом документе, а не как тихое выполнение", "есептеу қатесі: осы құжаттағы ереже мәселесі ретінде хабарланады, үнсіз орындалу ретінде емес", "evaluation error: reported as a problem of the rule on this document, never a silent pass")
        case .failed: pick("НАРУШЕНО: замечание в \(path): \(message)", "БҰЗЫЛДЫ: ескертпе \(path) орнында: \(message)", "FAILED: finding at \(path): \(message)")
        }
    }

    func applies(kind: String, kinds: String, date: String, from: String, until: String) -> String {
        switch language {
        case .ru: "применяется: вид документа \(kind) входит в [\(kinds)]; дата \(date) в периоде действия [\(from), \(until))"
        case .kk: "қолданылады: құжат түрі \(kind) [\(kinds)] ішінде; \(date) күні күшінде болу кезеңінде [\(from), \(until))"
        case .en: "applies: kind \(kind) is one of [\(kinds)]; \(date) is in force [\(from), \(until))"
        }
    }

    func otherKind(kinds: String, kind: String) -> String {
        switch language {
        case .ru: "НЕ ПРИМЕНЯЕТСЯ: правило проверяет [\(kinds)], а этот документ — \(kind); ничего не вычислялось"
        case .kk: "ҚОЛДАНЫЛМАЙДЫ: ереже [\(kinds)] тексереді, ал бұл құжат — \(kind); ештеңе есептелмеді"
        case .en: "NOT APPLICABLE: the rule checks [\(kinds)], this document is of kind \(kind); nothing was evaluated"
        }
    }

    func notYetInForce(from: String, date: String) -> String {
        switch language {
        case .ru: "НЕ ПРИМЕНЯЕТСЯ: правило действует с \(from); документ датирован \(date); ничего не вычислялось"
        case .kk: "ҚОЛДАНЫЛМАЙДЫ: ереже \(from) бастап күшінде; құжат күні \(date); ештеңе есептелмеді"
        case .en: "NOT APPLICABLE: the rule is in force from \(from); the document is dated \(date); nothing was evaluated"
        }
    }

    func noLongerInForce(until: String, date: String) -> String {
        switch language {
        case .ru: "НЕ ПРИМЕНЯЕТСЯ: правило применяется к документам, датированным до \(until); документ датирован \(date); ничего не вычислялось"
        case .kk: "ҚОЛДАНЫЛМАЙДЫ: ереже \(until) дейінгі күнмен жасалған құжаттарға қолданылады; құжат күні \(date); ештеңе есептелмеді"
        case .en: "NOT APPLICABLE: the rule applies to documents dated before \(until); the document is dated \(date); nothing was evaluated"
        }
    }

    var dossierOnly: String {
        pick(
            "НЕ ПРИМЕНЯЕТСЯ ОТДЕЛЬНО: правило пакета сравнивает документы одного проекта; проверьте их вместе: saraptama check --dossier",
            "ЖЕКЕ ҚОЛДАНЫЛМАЙДЫ: топтама ережесі бір жобаның құжаттарын салыстырады; оларды бірге тексеріңіз: saraptama check --dossier",
            "NOT APPLICABLE ALONE: a dossier rule compares the documents of one project; check them together with `saraptama check --dossier`")
    }
}
