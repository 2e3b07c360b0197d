import SaraptamaLoading
import Testing
@testable import Saraptama

@Suite("Prose: tables")
struct ProseTableTests {
    @Test("a table keeps its generic form in its section, cells at their line:col")
    func genericTable() throws {
        let markdown = proseHeader + """


            ## 4.2 Требования к функциям

            | № | Показатель | Значение |
            |---|:---|---:|
            | 1 | Доступность | 0,995 |
            | 2 |  | 2 млн |

            """
        let build = proseBuild(markdown)
        let table = try #require(build.document?.root.at("sections[0].tables[0]"), "\(build.problems)")
        #expect(table["columns"]?.sequence?.compactMap(\.string) == ["№", "Показатель", "Значение"])
        #expect(table["profile"] == nil)
        #expect(table.at("rows[0].Показатель")?.string == "Доступность")
        #expect(table.at("rows[0].Показатель")?.mark.description == "12:7")
        #expect(table.at("rows[1].Показатель") == nil)
        #expect(table.at("rows[1].Значение")?.string == "2 млн")
        #expect(build.locator.locate(Mark(line: 13, column: 3)) == "§4.2, table 1, row 2")
    }

    @Test("functions, integrations and schedule tables reach their structured paths, header synonyms in any case and punctuation")
    func structuredProfiles() throws {
        let markdown = proseHeader + """


            ## 4.2 Требования к функциям

            | КОД ФУНКЦИИ | Наименование функции | Домен | Описание |
            |---|---|---|---|
            | MZ.03.01 | Проведение **телемедицинских** консультаций | healthcare | — |

            ## 4.3 Интеграция

            | Смежная система | Канал | Вид обмена | Назначение |
            |---|---|---|---|
            | ГБД ФЛ | ШЭП | data\\_exchange | Сведения о пациенте |

            ## 5. Состав работ

            | Этап | Вид | Дата начала | Дата окончания |
            |---|---|---|---|
            | Опытная эксплуатация | trial_operation | 01.06.2025 | 2025-11-30 |

            """
        let build = proseBuild(markdown)
        let root = try #require(build.document?.root, "\(build.problems)")
        #expect(root.at("functions[0].code")?.string == "MZ.03.01")
        #expect(root.at("functions[0].name")?.string == "Проведение телемедицинских консультаций")
        #expect(root.at("functions[0].domain")?.string == "healthcare")
        #expect(root.at("functions[0].domain")?.mark.description == "12:60")
        #expect(root.at("functions[0].description") == nil)
        #expect(root.at("functions[0]")?.mark.line == 12)
        #expect(root.at("integrations[0].system")?.string == "ГБД ФЛ")
        #expect(root.at("integrations[0].via")?.string == "ШЭП")
        #expect(root.at("integrations[0].purpose_kind")?.string == "data_exchange")
        #expect(root.at("schedule.stages[0].kind")?.string == "trial_operation")
        #expect(root.at("schedule.stages[0].start")?.string == "2025-06-01")
        #expect(root.at("schedule.stages[0].end")?.string == "2025-11-30")
        #expect(root.at("sections[0].tables[0].profile")?.string == "functions")
    }

    @Test("data attributes are grouped by entity; an empty entity cell continues the one above")
    func dataEntities() throws {
        let markdown = proseHeader + """


            ## 4.4 Данные

            | Сущность | Атрибут | Тип | Источник | Система-источник |
            |---|---|---|---|---|
            | Пациент | ИИН | string(12) | integration | ГБД ФЛ |
            |  | Диагноз |  | own |  |
            | Лаборатория | БИН |  | integration | ГБД ЮЛ |

            """
        let root = try #require(proseBuild(markdown).document?.root)
        #expect(root.at("data.entities")?.sequence?.count == 2)
        #expect(root.at("data.entities[0].name")?.string == "Пациент")
        #expect(root.at("data.entities[0].attributes[1].name")?.string == "Диагноз")
        #expect(root.at("data.entities[0].attributes[1].source.kind")?.string == "own")
        #expect(root.at("data.entities[0].attributes[1].source.system") == nil)
        #expect(root.at("data.entities[0].attributes[0].source.system")?.string == "ГБД ФЛ")
        #expect(root.at("data.entities[0].attributes[0].type")?.string == "string(12)")
        #expect(root.at("data.entities[1].attributes[0].name")?.mark.description == "14:17")
    }

    @Test("budget tables fill the front matter's budget mapping; amounts become ints; the total row gives the total")
    func budgetMerge() throws {
        let markdown = """
            ---
            kind: technical_assignment
            id: "ТЗ-1"
            date: "2025-02-10"
            budget: {currency: KZT, methodology: "Приказ № 140/НҚ"}
            ---

            ## 5. Бюджет

            | Год | Сумма, тенге |
            |---|---|
            | 2025 | 60 000 000 |
            | 2026 | 40\u{A0}000\u{A0}000,00 |
            | Итого | 100 000 000 |

            | Статья затрат | Категория | Сумма |
            |---|---|---|
            | Разработка ПО | development | 90 000 000 |
            | Испытания ИБ | is_testing | 10 000 000 |

            """
        let build = proseBuild(markdown)
        let root = try #require(build.document?.root, "\(build.problems)")
        #expect(root.at("budget.currency")?.string == "KZT")
        #expect(root.at("budget.total")?.scalar == .int(100_000_000))
        #expect(root.at("budget.years[1].amount")?.scalar == .int(40_000_000))
        #expect(root.at("budget.years[0].year")?.scalar == .int(2025))
        #expect(root.at("budget.years")?.sequence?.count == 2)
        #expect(root.at("budget.items[1].category")?.string == "is_testing")
        #expect(root.at("budget.items[0].amount")?.mark.description == "18:33")
    }

    @Test("a table never overwrites the front matter: a conflicting total or list is a diagnostic")
    func conflicts() {
        let markdown = """
            ---
            kind: technical_assignment
            id: "ТЗ-1"
            date: "2025-02-10"
            budget: {total: 5}
            functions: []
            ---

            ## 4. Функции

            | Код | Наименование | Домен |
            |---|---|---|
            | A.1 | Функция | support |

            | Год | Сумма |
            |---|---|
            | Итого | 7 |

            """
        let build = proseBuild(markdown)
        #expect(build.document == nil)
        #expect(build.problems.map { "\($0.code)@\($0.mark?.line ?? 0)" } == ["prose-conflict@11", "prose-conflict@15"])
        #expect(build.problems.first?.message.contains("line 6") == true)
    }

    @Test("cell values: thin and no-break spaces, kopecks, years with words, bad numbers")
    func cellValues() {
        #expect(CellValues.integer("1\u{202F}480\u{2009}000 000") == 1_480_000_000)
        #expect(CellValues.integer("12,00") == 12)
        #expect(CellValues.integer("12,5") == nil)
        #expect(CellValues.integer("") == nil)
        #expect(CellValues.integer("99999999999999999999") == nil)
        #expect(CellValues.year("2025 год") == 2025)
        #expect(CellValues.year("20250") == nil)
        #expect(CellValues.isoDate("01.06.2025") == "2025-06-01")
        #expect(CellValues.isoDate("июнь 2025") == nil)
    }

    @Test("profiles: the richest complete profile wins; unknown columns are ignored")
    func profileChoice() {
        #expect(Repository.tables.match(["Статья затрат", "Сумма", "Категория", "Год"])?.profile.name == "budget_items")
        #expect(Repository.tables.match(["Год", "Сумма"])?.profile.name == "budget_years")
        let functions = Repository.tables.match(["№ п/п", "Код", "Функция", "Домен"])
        #expect(functions?.profile.name == "functions")
        #expect(functions?.columns.first! == nil)
        // A table of codes and names is a table of functions: the domain comes from the approved architecture.
        #expect(Repository.tables.match(["Код", "Функция"])?.profile.name == "functions")
        #expect(Repository.tables.match(["Код", "Домен"]) == nil)
    }
}

@Suite("Prose: periods in schedule cells")
struct CellPeriodTests {
    @Test("mixed and other real forms give their first and last day; an impossible one gives none")
    func periods() {
        #expect(CellValues.period("I квартал – май 2026 г.")! == ("2026-01-01", "2026-05-31"))
        #expect(CellValues.period("март 2026 г. – II квартал 2027 г.")! == ("2026-03-01", "2027-06-30"))
        #expect(CellValues.period("2026 жылғы I тоқсан – 2026 жылғы мамыр")! == ("2026-01-01", "2026-05-31"))
        // Kazakh keyboards type the Roman numeral with the Cyrillic «І».
        #expect(CellValues.period("2026 жылғы ІV тоқсан")! == ("2026-10-01", "2026-12-31"))
        #expect(CellValues.period("III-IV кв. 2027 г.")! == ("2027-07-01", "2027-12-31"))
        // «март-май» once read as March alone.
        #expect(CellValues.period("март-май 2026 г.")! == ("2026-03-01", "2026-05-31"))
        #expect(CellValues.period("2026-03-01 – 2026-05-31")! == ("2026-03-01", "2026-05-31"))
        #expect(CellValues.period("с 01.03.2026 по 31.05.2026")! == ("2026-03-01", "2026-05-31"))
        #expect(CellValues.period("2026 жылғы наурыздан мамырға дейін")! == ("2026-03-01", "2026-05-31"))
        #expect(CellValues.period("декабрь – февраль 2027 г.")! == ("2026-12-01", "2027-02-28"))
        #expect(CellValues.period("2-ші тоқсан 2027 ж.")! == ("2027-04-01", "2027-06-30"))
        #expect(CellValues.period("I полугодие 2028 г.")! == ("2028-01-01", "2028-06-30"))
        #expect(CellValues.period("май 2027 г. – март 2026 г.") == nil)
        #expect(CellValues.period("V квартал 2026 г.") == nil)
        #expect(CellValues.period("в течение срока действия договора") == nil)
        // Days with the month's name; an impossible day is no period.
        #expect(CellValues.period("15 марта 2026 г.")! == ("2026-03-15", "2026-03-15"))
        #expect(CellValues.period("1 марта – 30 апреля 2027 г.")! == ("2027-03-01", "2027-04-30"))
        #expect(CellValues.period("31 апреля 2027 г.") == nil)
    }

    @Test("a deadline gives the last day only; a range or anything else is not a deadline")
    func deadlines() {
        #expect(CellValues.deadline("до 31.12.2026") == "2026-12-31")
        #expect(CellValues.deadline("не позднее II квартала 2027 г.") == "2027-06-30")
        #expect(CellValues.deadline("по 15 марта 2027 г.") == "2027-03-15")
        #expect(CellValues.deadline("2026 жылғы 31 желтоқсанға дейін") == "2026-12-31")
        #expect(CellValues.deadline("2027 жылғы наурыздан мамырға дейін") == nil)
        #expect(CellValues.deadline("с июня по декабрь 2026 г.") == nil)
        #expect(CellValues.deadline("март – май 2026 г.") == nil)
        #expect(CellValues.deadline("до завершения работ") == nil)
    }
}
