/// The table profiles: which header texts name which field of the document schema. Documented
/// in Rules/documents.md («Prose form») and the README; add synonyms here, lowercase or not
/// (headers are compared without case, spaces and punctuation).
enum TableProfiles {
    static let all: [TableProfile] = [
        TableProfile(name: "functions", target: ["functions"], fields: [
            .init("code", ["Код", "Код функции", "Функция коды", "Функцияның коды", "Код по архитектуре", "Code", "Function code"]),
            .init("name", ["Наименование", "Наименование функции", "Функция", "Атауы", "Функцияның атауы", "Функция атауы", "Name", "Function"]),
            // Authors rarely write the domain: it is then taken from the approved architecture (ProseFacts).
            .init("domain", ["Домен", "Сфера", "Домен (сфера)", "Сала", "Domain"], required: false),
            .init("description", ["Описание", "Сипаттамасы", "Description"], required: false),
            .init("change", ["Изменение", "Вид изменения", "Өзгеріс", "Change"], required: false),
        ]),
        TableProfile(name: "integrations", target: ["integrations"], fields: [
            .init("system", ["Система", "Смежная система", "Интегрируемая система", "Наименование ИС", "Наименование системы", "Наименование ЦС", "Информационная система", "Цифровая система", "Интегрируемая ИС", "Смежная ИС", "Жүйе", "Сыбайлас жүйе", "Жүйенің атауы", "АЖ атауы", "Ақпараттық жүйе", "Цифрлық жүйе", "System"]),
            .init("counterpart", ["Владелец", "Принадлежность", "Контрагент", "Тиесілілігі", "Counterpart"], required: false),
            .init("via", ["Канал", "Способ интеграции", "Канал интеграции", "Способ взаимодействия", "Способ подключения", "Арна", "Интеграция тәсілі", "Өзара іс-қимыл тәсілі", "Өзара әрекет тәсілі", "Via", "Channel"], required: false),
            // The kind of exchange is inferred from the purpose when no column gives it (ProseFacts).
            .init("purpose_kind", ["Вид обмена", "Алмасу түрі", "Purpose kind"], required: false),
            .init("purpose", ["Назначение", "Цель", "Мақсаты", "Передаваемые данные", "Передаваемые сведения", "Состав данных", "Состав передаваемых данных", "Берілетін деректер", "Берілетін мәліметтер", "Purpose", "Data"]),
            .init("direction", ["Направление", "Бағыты", "Direction"], required: false),
        ]),
        TableProfile(name: "data_attributes", target: ["data", "entities"], fields: [
            .init("entity", ["Сущность", "Объект данных", "Объект", "Деректер объектісі", "Объекті", "Entity"]),
            .init("name", ["Атрибут", "Реквизит", "Наименование реквизита", "Наименование атрибута", "Төлсипат", "Деректеме", "Деректеме атауы", "Attribute"]),
            .init("type", ["Тип", "Тип данных", "Деректер түрі", "Type"], required: false),
            .init("source.kind", ["Источник", "Источник данных", "Вид источника", "Источник сведений", "Көзі", "Деректер көзі", "Source", "Source kind"]),
            .init("source.system", ["Система-источник", "Система источник", "Көз жүйесі", "Source system"], required: false),
        ], grouping: .init(column: "entity", nameKey: "name", rowsKey: "attributes")),
        TableProfile(name: "budget_items", target: ["budget", "items"], fields: [
            .init("name", ["Статья затрат", "Наименование затрат", "Статья расходов", "Шығын бабы", "Item", "Cost item"]),
            .init("amount", ["Сумма", "Сумма, тенге", "Сомасы", "Сомасы, теңге", "Amount", "Amount, KZT"], .integer),
            .init("category", ["Категория", "Санаты", "Category"]),
            .init("year", ["Год", "Жыл", "Year"], required: false, .year),
        ], totalTarget: ["budget", "total"]),
        TableProfile(name: "budget_years", target: ["budget", "years"], fields: [
            .init("year", ["Год", "Год реализации", "Годы", "Жыл", "Іске асыру жылы", "Year"], .year),
            .init("amount", ["Сумма", "Сумма, тенге", "Сомасы", "Сомасы, теңге", "Объем финансирования", "Стоимость", "Қаржыландыру көлемі", "Құны", "Amount", "Amount, KZT"], .integer),
        ], totalTarget: ["budget", "total"]),
        TableProfile(name: "schedule_stages", target: ["schedule", "stages"], fields: [
            .init("name", ["Этап", "Наименование этапа", "Наименование работ", "Этапы работ", "Наименование этапа работ", "Кезең", "Кезеңнің атауы", "Жұмыс кезеңі", "Жұмыстың атауы", "Stage"]),
            // The kind is read from the stage's name when no column gives it (ProseFacts, Rules/extraction/values.yaml).
            .init("kind", ["Вид", "Вид этапа", "Түрі", "Kind"], required: false),
            .init("start", ["Начало", "Дата начала", "Басталуы", "Басталу күні", "Start"], required: false, .date),
            .init("end", ["Окончание", "Дата окончания", "Аяқталуы", "Аяқталу күні", "End"], required: false, .date),
            .init("period", ["Сроки", "Срок", "Сроки выполнения", "Сроки реализации", "Срок выполнения", "Мерзімі", "Орындау мерзімі", "Мерзімдері", "Period"], required: false, .period),
            .init("result", ["Результат", "Нәтиже", "Нәтижесі", "Результат работ", "Форма завершения", "Result"], required: false),
        ]),
        // Indicators of an IP or FEJ: rows go to `indicators.direct` or `.final` by their kind (ProseValues).
        TableProfile(name: "indicators", target: ["indicators", "rows"], fields: [
            .init("kind", ["Вид показателя", "Тип показателя", "Вид", "Көрсеткіш түрі", "Түрі", "Indicator kind"]),
            .init("name", ["Наименование показателя", "Показатель", "Көрсеткіштің атауы", "Көрсеткіш", "Indicator"]),
            .init("unit", ["Единица измерения", "Ед. изм.", "Ед.изм.", "Өлшем бірлігі", "Unit"], required: false),
            .init("baseline", ["Базовое значение", "Исходное значение", "Базалық мәні", "Бастапқы мәні", "Baseline"], required: false),
            .init("target", ["Целевое значение", "Плановое значение", "Нысаналы мәні", "Жоспарлы мәні", "Target"], required: false),
            .init("year", ["Год", "Год достижения", "Жыл", "Қол жеткізу жылы", "Year"], required: false, .year),
        ]),
        // Conclusions an IP lists (BC art. 152): their kinds and results in words become codes (ProseValues).
        TableProfile(name: "conclusions", target: ["conclusions"], fields: [
            .init("kind", ["Вид заключения", "Заключение", "Наименование заключения", "Қорытынды түрі", "Қорытынды", "Conclusion"]),
            .init("issuer", ["Орган", "Выдавший орган", "Кем выдано", "Берген орган", "Issuer"], required: false),
            .init("number", ["Номер", "Номер заключения", "№ заключения", "Нөмірі", "Number"], required: false),
            .init("date", ["Дата", "Дата заключения", "Күні", "Date"], required: false, .date),
            .init("result", ["Результат", "Вывод", "Нәтижесі", "Нәтиже", "Result"], required: false),
        ]),
        TableProfile(name: "standard_solutions", target: ["standard_solutions", "considered"], fields: [
            .init("solution", ["Типовое решение", "Стандартное решение", "Централизованное решение", "Үлгілік шешім", "Solution", "Standard solution"]),
            .init("function", ["Функция", "Функция атауы", "Function"]),
            .init("decision", ["Решение", "Решение о применении", "Вывод", "Шешім", "Қорытынды", "Decision"]),
            .init("justification", ["Обоснование", "Негіздеме", "Негіздемесі", "Justification"], required: false),
        ]),
        TableProfile(name: "software", target: ["software"], fields: [
            .init("name", ["Программное обеспечение", "Наименование ПО", "ПО", "Бағдарламалық қамтамасыз ету", "БҚ", "Software", "Name"]),
            .init("purpose", ["Назначение", "Мақсаты", "Purpose"]),
            .init("license", ["Лицензия", "Тип лицензии", "Вид лицензии", "Лицензия түрі", "License"]),
            .init("justification", ["Обоснование", "Негіздеме", "Негіздемесі", "Justification"], required: false),
        ]),
    ]

    /// First cells that make a row the table's total, normalized.
    static let totalWords: Set<String> = ["итого", "всего", "итоговсумма", "барлығы", "жиыны", "барлыгы", "total"].reduce(into: []) {
        $0.insert(TableProfile.normalized($1))
    }
}
