/// The words of a document template in one language: titles, placeholders and the table headers
/// (each one a header `Rules/extraction/tables.yaml` names).
struct TemplateWords {
    let language: Language

    private func pick(_ ru: String, _ kk: String, _ en: String) -> String { LocalizedText(ru: ru, kk: kk, en: en)[language] }

    var fillIn: String { pick("[заполните]", "[толтырыңыз]", "[fill in]") }
    var kazakhstan: String { pick("Республика Казахстан", "Қазақстан Республикасы", "Republic of Kazakhstan") }
    var comment: String {
        pick(
            "Шаблон Saraptama: заполните поля и таблицы; проверка — saraptama lint ФАЙЛ",
            "Saraptama үлгісі: өрістер мен кестелерді толтырыңыз; тексеру — saraptama lint ФАЙЛ",
            "Saraptama template: fill in the fields and tables; check it with saraptama lint FILE")
    }

    func documentTitle(_ kind: DocumentKind) -> String {
        switch kind {
        case .technicalAssignment: pick("Техническое задание на создание информационной системы", "Ақпараттық жүйені құруға арналған техникалық тапсырма", "Technical assignment for creating an information system")
        case .investmentProposal: pick("Инвестиционное предложение", "Инвестициялық ұсыныс", "Investment proposal")
        case .feasibilityStudy: pick("Финансово-экономическое обоснование бюджетных инвестиций", "Бюджеттік инвестициялардың қаржы-экономикалық негіздемесі", "Financial-economic justification of budget investments")
        }
    }

    func idPlaceholder(_ kind: DocumentKind) -> String {
        switch kind {
        case .technicalAssignment: pick("ТЗ-0000-2026-001", "ТТ-0000-2026-001", "TA-0000-2026-001")
        case .investmentProposal: pick("ИП-0000-2026-001", "ИҰ-0000-2026-001", "IP-0000-2026-001")
        case .feasibilityStudy: pick("ФЭО-0000-2026-001", "ҚЭН-0000-2026-001", "FEJ-0000-2026-001")
        }
    }

    /// The nine sections of GOST 34.602.
    var gostSections: [String] {
        switch language {
        case .ru: ["Общие сведения", "Назначение и цели создания системы", "Характеристика объекта автоматизации", "Требования к системе", "Состав и содержание работ по созданию системы", "Порядок контроля и приемки системы", "Требования к составу и содержанию работ по подготовке объекта автоматизации к вводу системы в действие", "Требования к документированию", "Источники разработки"]
        case .kk: ["Жалпы мәліметтер", "Жүйені құрудың мақсаты мен міндеттері", "Автоматтандыру объектісінің сипаттамасы", "Жүйеге қойылатын талаптар", "Жүйені құру жұмыстарының құрамы мен мазмұны", "Жүйені бақылау және қабылдау тәртібі", "Автоматтандыру объектісін жүйені іске қосуға дайындауға қойылатын талаптар", "Құжаттамаға қойылатын талаптар", "Әзірлеу көздері"]
        case .en: ["General information", "Purpose and goals of the system", "Characteristics of the object of automation", "Requirements for the system", "Composition and content of works", "Control and acceptance", "Preparing the object of automation for commissioning", "Documentation", "Sources of development"]
        }
    }

    var sourceCode: String { pick("Исходные программные коды", "Бастапқы бағдарламалық кодтар", "Source code") }
    var serviceIntegrator: String { pick("сервисный интегратор «электронного правительства»", "«электрондық үкіметтің» сервистік интеграторы", "the e-government service integrator") }
    var justificationHint: String {
        pick(
            "Проблема, цели, целесообразность, альтернативы и оценка результатов — в титульных данных (justification).",
            "Мәселе, мақсаттар, орындылығы, баламалар және нәтижелерді бағалау — титулдық деректерде (justification).",
            "The problem, goals, expediency, alternatives and results assessment go in the title data (justification).")
    }
    var justificationTitle: String { pick("Обоснование", "Негіздеме", "Justification") }
    var functionsTitle: String { pick("Функции, данные и интеграция", "Функциялар, деректер және интеграция", "Functions, data and integration") }
    var solutionsTitle: String { pick("Типовые решения и программное обеспечение", "Үлгілік шешімдер және бағдарламалық қамтамасыз ету", "Standard solutions and software") }
    var budgetTitle: String { pick("Расчет затрат", "Шығындар есебі", "Cost estimate") }
    var scheduleTitle: String { pick("План реализации", "Іске асыру жоспары", "Implementation schedule") }

    /// Header texts by profile field, in this language.
    static let headers: [String: (ru: String, kk: String, en: String)] = [
        "functions.code": ("Код функции", "Функция коды", "Function code"),
        "functions.name": ("Наименование функции", "Функцияның атауы", "Function"),
        "functions.domain": ("Домен", "Сала", "Domain"),
        "functions.description": ("Описание", "Сипаттамасы", "Description"),
        "data_attributes.entity": ("Объект данных", "Деректер объектісі", "Entity"),
        "data_attributes.name": ("Атрибут", "Төлсипат", "Attribute"),
        "data_attributes.type": ("Тип данных", "Деректер түрі", "Type"),
        "data_attributes.source.kind": ("Вид источника", "Көзі", "Source kind"),
        "data_attributes.source.system": ("Система-источник", "Көз жүйесі", "Source system"),
        "integrations.system": ("Смежная система", "Сыбайлас жүйе", "System"),
        "integrations.counterpart": ("Принадлежность", "Тиесілілігі", "Counterpart"),
        "integrations.via": ("Канал интеграции", "Арна", "Channel"),
        "integrations.purpose_kind": ("Вид обмена", "Алмасу түрі", "Purpose kind"),
        "integrations.purpose": ("Назначение", "Мақсаты", "Purpose"),
        "standard_solutions.solution": ("Типовое решение", "Үлгілік шешім", "Standard solution"),
        "standard_solutions.function": ("Функция", "Функция атауы", "Function"),
        "standard_solutions.decision": ("Решение", "Шешім", "Decision"),
        "standard_solutions.justification": ("Обоснование", "Негіздемесі", "Justification"),
        "software.name": ("Наименование ПО", "Бағдарламалық қамтамасыз ету", "Software"),
        "software.purpose": ("Назначение", "Мақсаты", "Purpose"),
        "software.license": ("Тип лицензии", "Лицензия түрі", "License"),
        "software.justification": ("Обоснование", "Негіздемесі", "Justification"),
        "budget_years.year": ("Год", "Жыл", "Year"),
        "budget_years.amount": ("Сумма, тенге", "Сомасы, теңге", "Amount, KZT"),
        "budget_items.name": ("Статья затрат", "Шығын бабы", "Cost item"),
        "budget_items.amount": ("Сумма, тенге", "Сомасы, теңге", "Amount, KZT"),
        "budget_items.category": ("Категория", "Санаты", "Category"),
        "budget_items.year": ("Год", "Жыл", "Year"),
        "schedule_stages.name": ("Наименование этапа", "Кезеңнің атауы", "Stage"),
        "schedule_stages.kind": ("Вид этапа", "Түрі", "Kind"),
        "schedule_stages.start": ("Дата начала", "Басталу күні", "Start"),
        "schedule_stages.end": ("Дата окончания", "Аяқталу күні", "End"),
        "schedule_stages.result": ("Результат", "Нәтижесі", "Result"),
    ]

    /// A pipe table with the profile's headers and one empty row to fill in.
    func table(_ fields: [String], profile: String) -> String {
        let names = fields.map { field -> String in
            guard let header = Self.headers[profile + "." + field] else { return field }
            return language == .ru ? header.ru : language == .kk ? header.kk : header.en
        }
        return "| " + names.joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: names.count) + "\n|" + String(repeating: "   |", count: names.count)
    }
}
