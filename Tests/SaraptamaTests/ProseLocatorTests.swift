import SaraptamaLoading
import Testing
@testable import Saraptama

@Suite("Prose: the locator in the report's language")
struct ProseLocatorTests {
    /// Front matter (lines 1–6), a title, a preamble with a table, a numbered section with a
    /// paragraph and a table, an unnumbered section with a table.
    static let markdown = proseHeader + """


        # Техническое задание на создание ИС «Пример»

        Вводный текст.

        | Термин | Определение |
        |---|---|
        | ИС | информационная система |

        ## 4.2 Требования к функциям

        Первый абзац.

        | № | Показатель |
        |---|---|
        | 1 | Доступность |
        | 2 | Время отклика |

        ## Приложение

        | A | B |
        |---|---|
        | x | y |

        """

    /// Line → the locator in ru, kk and en.
    static let expected: [(line: Int, ru: String, kk: String, en: String)] = [
        (2, "титульные данные — front matter", "титулдық деректер — front matter", "front matter"),
        (8, "название документа", "құжат атауы", "title"),
        (10, "преамбула, ¶1", "кіріспе, ¶1", "preamble, ¶1"),
        (12, "преамбула, таблица 1", "кіріспе, 1-кесте", "preamble, table 1"),
        (14, "преамбула, таблица 1, строка 1", "кіріспе, 1-кесте, 1-жол", "preamble, table 1, row 1"),
        (16, "§4.2 «Требования к функциям»", "4.2-бөлім «Требования к функциям»", "§4.2 «Требования к функциям»"),
        (18, "§4.2 «Требования к функциям», ¶1", "4.2-бөлім «Требования к функциям», ¶1", "§4.2 «Требования к функциям», ¶1"),
        (19, "§4.2 «Требования к функциям»", "4.2-бөлім «Требования к функциям»", "§4.2 «Требования к функциям»"),
        (23, "§4.2, таблица 1, строка 2", "4.2-бөлім, 1-кесте, 2-жол", "§4.2, table 1, row 2"),
        (29, "«Приложение», таблица 1, строка 1", "«Приложение», 1-кесте, 1-жол", "«Приложение», table 1, row 1"),
    ]

    @Test("the same Markdown document gives its locator in Russian, Kazakh and English; numbers and titles stay as written")
    func threeLanguages() throws {
        let build = proseBuild(Self.markdown)
        #expect(build.document != nil, "\(build.problems)")
        for row in Self.expected {
            let mark = Mark(line: row.line, column: 1)
            #expect(build.locator.locate(mark, language: .ru) == row.ru, "line \(row.line)")
            #expect(build.locator.locate(mark, language: .kk) == row.kk, "line \(row.line)")
            #expect(build.locator.locate(mark, language: .en) == row.en, "line \(row.line)")
            // Without a language the locator is English, as before.
            #expect(build.locator.locate(mark) == row.en, "line \(row.line)")
        }
    }

    @Test("a header block (the DOCX convention) and an untitled section are worded in each language")
    func headerBlockAndUntitled() throws {
        let markdown = """
            ```yaml
            kind: technical_assignment
            id: "ТЗ-1"
            state_body: {id: mz, name: "МЗ РК"}
            date: "2025-02-10"
            ```

            ## 1. Общие сведения

            """
        let build = proseBuild(markdown)
        #expect(build.document != nil, "\(build.problems)")
        let mark = Mark(line: 3, column: 1)
        #expect(build.locator.locate(mark, language: .ru) == "титульные данные — блок YAML")
        #expect(build.locator.locate(mark, language: .kk) == "титулдық деректер — YAML блогы")
        #expect(build.locator.locate(mark, language: .en) == "header block")

        let untitled = ProseLocator.Label(.section(number: nil, title: ""), .paragraph(2))
        #expect(untitled.text(.ru) == "раздел без названия, ¶2")
        #expect(untitled.text(.kk) == "атаусыз бөлім, ¶2")
        #expect(untitled.text(.en) == "untitled section, ¶2")
        // A long title is shortened the same way in every language.
        let long = ProseLocator.Label(.section(number: "3", title: String(repeating: "а", count: 70)))
        #expect(long.text(.ru) == "§3 «" + String(repeating: "а", count: 59) + "…»")
        #expect(long.text(.en) == long.text(.ru))
        #expect(long.text(.kk) == "3-бөлім «" + String(repeating: "а", count: 59) + "…»")
    }

    @Test("a DOCX's note follows the language; its load problems stay English")
    func docxNote() {
        let build = proseBuild(Self.markdown)
        let noted = build.locator.noting(ProseLoader.docxNotes)
        let mark = Mark(line: 23, column: 3)
        #expect(noted.locate(mark, language: .en) == "§4.2, table 1, row 2; " + ProseLoader.docxNote)
        #expect(noted.locate(mark, language: .ru) == "§4.2, таблица 1, строка 2; " + ProseLoader.docxNotes.ru)
        #expect(noted.locate(mark, language: .kk) == "4.2-бөлім, 1-кесте, 2-жол; " + ProseLoader.docxNotes.kk)
        #expect(ProseLoader.docxNote == "line:col are in the text read from the .docx (saraptama read)")
        #expect(Set([ProseLoader.docxNotes.ru, ProseLoader.docxNotes.kk, ProseLoader.docxNotes.en]).count == 3)
    }

    // Needs `RuleEvaluation` to pass the check's language to the locator
    // (`document.locator?.locate(mark, language: language)`).
    @Test("a finding's locator is in the language of the check, and reaches the text report")
    func findingsFollowTheLanguage() throws {
        guard case .loaded(let markdown) = DocumentLoader.load(bytes: Array(proseTwinMarkdown.utf8), path: "twin.md", tables: Repository.tables) else {
            Issue.record("the Markdown twin does not load")
            return
        }
        let wording: [Language: String] = [.ru: "§4.2, таблица 1, строка 2", .kk: "4.2-бөлім, 1-кесте, 2-жол", .en: "§4.2, table 1, row 2"]
        for language in Language.allCases {
            let result = Repository.engine.check(markdown, language: language)
            let arc = try #require(result.findings.first { $0.ruleID == "ARC-001" })
            #expect(arc.locator == wording[language], "\(language)")
            let report = CheckReport(ruleSet: Repository.engine.ruleSet, language: language, documents: [result])
            #expect(TextReport.render(report).contains("functions[1]  (\(wording[language]!))"), "\(language)")
        }
    }
}
