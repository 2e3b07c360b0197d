import SaraptamaLoading
@testable import Saraptama

/// Builds a Markdown text for prose tests.
func proseBuild(_ markdown: String, path: String = "doc.md") -> MarkdownDocumentBuilder.Build {
    MarkdownDocumentBuilder.build(bytes: Array(markdown.utf8), path: path, tables: Repository.tables)
}

/// The minimal header every prose test document starts with (lines 1–6).
let proseHeader = """
    ---
    kind: technical_assignment
    id: "ТЗ-1"
    state_body: {id: mz, name: "МЗ РК"}
    date: "2025-02-10"
    ---
    """

extension Node {
    /// The node at a dotted path with `[n]` indices (`sections[1].subsections[0].title`).
    func at(_ path: String) -> Node? {
        var node: Node? = self
        for part in path.split(separator: ".") {
            var name = Substring(part)
            var indices: [Int] = []
            while let open = name.lastIndex(of: "["), name.last == "]" {
                indices.insert(Int(name[name.index(after: open)..<name.index(before: name.endIndex)])!, at: 0)
                name = name[..<open]
            }
            if !name.isEmpty { node = node?[String(name)] }
            for index in indices {
                guard let items = node?.sequence, index < items.count else { return nil }
                node = items[index]
            }
        }
        return node
    }
}

/// A small TA in Markdown (front matter plus tables) for the twin and DOCX tests; its YAML twin
/// is `proseTwinYAML`. It draws findings on purpose (section 7 and most structured parts are
/// missing, one function is not in the architecture), so "same findings" compares something.
let proseTwinMarkdown = """
    ---
    kind: technical_assignment
    id: "ТЗ-МЗ-2025-099"
    title: "Техническое задание на создание ИС «Пример»"
    state_body: {id: mz, name: "Министерство здравоохранения Республики Казахстан"}
    object: {name: "ИС «Пример»", class: "Государственная информационная система ограниченного доступа", system_id: null}
    date: "2025-02-10"
    language: ru
    budget: {currency: KZT, methodology: "Приказ МЦРИАП № 140/НҚ от 27.06.2019"}
    ---

    # Техническое задание на создание ИС «Пример»

    ## 1. Общие сведения

    Полное наименование системы.

    ## 2. Назначение и цели создания системы

    Цели создания.

    ## 3. Характеристика объекта автоматизации

    Объект автоматизации.

    ## 4. Требования к системе

    ### 4.2 Требования к функциям

    | Код | Наименование | Домен |
    |---|---|---|
    | MZ.03.01 | Проведение телемедицинских консультаций | healthcare |
    | MZ.09.99 | Несуществующая функция | healthcare |

    | Смежная система | Канал | Вид обмена | Назначение |
    |---|---|---|---|
    | ГБД ФЛ | ШЭП | data_exchange | Сведения о пациенте по ИИН |

    | Сущность | Атрибут | Источник | Система-источник |
    |---|---|---|---|
    | Пациент | ИИН | own |  |

    ## 5. Состав и содержание работ

    | Год | Сумма |
    |---|---|
    | 2025 | 60 000 000 |
    | 2026 | 30 000 000 |
    | Итого | 100 000 000 |

    | Этап | Вид | Начало | Окончание |
    |---|---|---|---|
    | Опытная эксплуатация | trial_operation | 2025-06-01 | 2026-11-30 |
    | Ввод в промышленную эксплуатацию | commissioning | 2026-12-01 | 2026-12-30 |

    ## 6. Порядок контроля и приемки системы

    Приемка.

    ## 8. Требования к документированию

    Документация.

    ## 9. Источники разработки

    Источники.

    """

/// The YAML twin of `proseTwinMarkdown`.
let proseTwinYAML = """
    kind: technical_assignment
    id: "ТЗ-МЗ-2025-099"
    title: "Техническое задание на создание ИС «Пример»"
    state_body: {id: mz, name: "Министерство здравоохранения Республики Казахстан"}
    object: {name: "ИС «Пример»", class: "Государственная информационная система ограниченного доступа", system_id: null}
    date: "2025-02-10"
    language: ru
    budget:
      currency: KZT
      methodology: "Приказ МЦРИАП № 140/НҚ от 27.06.2019"
      years: [{year: 2025, amount: 60000000}, {year: 2026, amount: 30000000}]
      total: 100000000
    sections:
      - {number: "1", title: "Общие сведения", level: 2, text: "Полное наименование системы."}
      - {number: "2", title: "Назначение и цели создания системы", level: 2, text: "Цели создания."}
      - {number: "3", title: "Характеристика объекта автоматизации", level: 2, text: "Объект автоматизации."}
      - number: "4"
        title: "Требования к системе"
        level: 2
        subsections:
          - {number: "4.2", title: "Требования к функциям", level: 3}
      - {number: "5", title: "Состав и содержание работ", level: 2}
      - {number: "6", title: "Порядок контроля и приемки системы", level: 2, text: "Приемка."}
      - {number: "8", title: "Требования к документированию", level: 2, text: "Документация."}
      - {number: "9", title: "Источники разработки", level: 2, text: "Источники."}
    functions:
      - {code: MZ.03.01, name: "Проведение телемедицинских консультаций", domain: healthcare}
      - {code: MZ.09.99, name: "Несуществующая функция", domain: healthcare}
    integrations:
      - {system: "ГБД ФЛ", via: ШЭП, purpose_kind: data_exchange, purpose: "Сведения о пациенте по ИИН"}
    data:
      entities:
        - name: "Пациент"
          attributes:
            - {name: "ИИН", source: {kind: own}}
    schedule:
      stages:
        - {name: "Опытная эксплуатация", kind: trial_operation, start: "2025-06-01", end: "2026-11-30"}
        - {name: "Ввод в промышленную эксплуатацию", kind: commissioning, start: "2026-12-01", end: "2026-12-30"}
    """

/// Rule id and path of each finding, sorted: what twins must agree on.
func findingKeys(_ result: DocumentResult) -> [String] {
    result.findings.map { "\($0.ruleID) \($0.path)" }.sorted()
}
