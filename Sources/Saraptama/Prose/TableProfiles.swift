/// The table profiles: which header texts name which field of the document schema. Documented
/// in Rules/documents.md («Prose form») and the README; add synonyms here, lowercase or not
/// (headers are compared without case, spaces and punctuation).
enum TableProfiles {
    static let all: [TableProfile] = [
        TableProfile(name: "functions", target: ["functions"], fields: [
            .init("code", ["Код", "Код функции", "Функция коды", "Функцияның коды", "Code", "Function code"]),
            .init("name", ["Наименование", "Наименование функции", "Функция", "Атауы", "Функцияның атауы", "Name", "Function"]),
            .init("domain", ["Домен", "Сфера", "Домен (сфера)", "Сала", "Domain"]),
            .init("description", ["Описание", "Сипаттамасы", "Description"], required: false),
            .init("change", ["Изменение", "Вид изменения", "Өзгеріс", "Change"], required: false),
        ]),
        TableProfile(name: "integrations", target: ["integrations"], fields: [
            .init("system", ["Система", "Смежная система", "Интегрируемая система", "Жүйе", "Сыбайлас жүйе", "System"]),
            .init("counterpart", ["Владелец", "Принадлежность", "Контрагент", "Тиесілілігі", "Counterpart"], required: false),
            .init("via", ["Канал", "Способ интеграции", "Канал интеграции", "Арна", "Via", "Channel"]),
            .init("purpose_kind", ["Вид обмена", "Алмасу түрі", "Purpose kind"]),
            .init("purpose", ["Назначение", "Цель", "Мақсаты", "Purpose"]),
            .init("direction", ["Направление", "Бағыты", "Direction"], required: false),
        ]),
        TableProfile(name: "data_attributes", target: ["data", "entities"], fields: [
            .init("entity", ["Сущность", "Объект данных", "Деректер объектісі", "Entity"]),
            .init("name", ["Атрибут", "Реквизит", "Төлсипат", "Деректеме", "Attribute"]),
            .init("type", ["Тип", "Тип данных", "Деректер түрі", "Type"], required: false),
            .init("source.kind", ["Источник", "Вид источника", "Көзі", "Source", "Source kind"]),
            .init("source.system", ["Система-источник", "Система источник", "Көз жүйесі", "Source system"], required: false),
        ], grouping: .init(column: "entity", nameKey: "name", rowsKey: "attributes")),
        TableProfile(name: "budget_items", target: ["budget", "items"], fields: [
            .init("name", ["Статья затрат", "Наименование затрат", "Статья расходов", "Шығын бабы", "Item", "Cost item"]),
            .init("amount", ["Сумма", "Сумма, тенге", "Сомасы", "Сомасы, теңге", "Amount", "Amount, KZT"], .integer),
            .init("category", ["Категория", "Санаты", "Category"]),
            .init("year", ["Год", "Жыл", "Year"], required: false, .year),
        ], totalTarget: ["budget", "total"]),
        TableProfile(name: "budget_years", target: ["budget", "years"], fields: [
            .init("year", ["Год", "Жыл", "Year"], .year),
            .init("amount", ["Сумма", "Сумма, тенге", "Сомасы", "Сомасы, теңге", "Amount", "Amount, KZT"], .integer),
        ], totalTarget: ["budget", "total"]),
        TableProfile(name: "schedule_stages", target: ["schedule", "stages"], fields: [
            .init("name", ["Этап", "Наименование этапа", "Кезең", "Кезеңнің атауы", "Stage"]),
            .init("kind", ["Вид", "Вид этапа", "Түрі", "Kind"]),
            .init("start", ["Начало", "Дата начала", "Басталуы", "Басталу күні", "Start"], .date),
            .init("end", ["Окончание", "Дата окончания", "Аяқталуы", "Аяқталу күні", "End"], .date),
            .init("result", ["Результат", "Нәтиже", "Нәтижесі", "Result"], required: false),
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
