import Foundation
import SaraptamaLoading
import Testing
@testable import Saraptama

/// The pieces of reading a Word document: the table grid, the headings Word authors make, the
/// title page.
@Suite("Reading Word: tables, headings, title page")
struct WordReadingTests {
    typealias Cell = WordTable.Cell

    @Test("a two-row header with merged cells names each column by its lowest text under its group; merged body cells continue down")
    func tableGrid() {
        let table = WordTable(
            caption: nil,
            headRows: [
                [Cell(paragraphs: ["№"], rowSpan: 2, columnSpan: 1), Cell(paragraphs: ["Этап"], rowSpan: 2, columnSpan: 1),
                 Cell(paragraphs: ["Сроки выполнения"], rowSpan: 1, columnSpan: 2)],
                [Cell(paragraphs: ["начало"], rowSpan: 1, columnSpan: 1), Cell(paragraphs: ["окончание"], rowSpan: 1, columnSpan: 1)],
            ],
            bodyRows: [
                [Cell(paragraphs: ["1"], rowSpan: 1, columnSpan: 1), Cell(paragraphs: ["Испытания на соответствие требованиям", "информационной безопасности"], rowSpan: 2, columnSpan: 1),
                 Cell(paragraphs: ["01.10.2027"], rowSpan: 1, columnSpan: 1), Cell(paragraphs: ["ГБД ФЛ", "(через ШЭП)"], rowSpan: 1, columnSpan: 1)],
                [Cell(paragraphs: ["2"], rowSpan: 1, columnSpan: 1), Cell(paragraphs: ["a"], rowSpan: 1, columnSpan: 1), Cell(paragraphs: ["b"], rowSpan: 1, columnSpan: 1)],
            ],
            columnCount: 4)
        let grid = WordTableGrid(table)
        #expect(grid.header == ["№", "Этап", "Сроки выполнения / начало", "Сроки выполнения / окончание"])
        #expect(grid.body[0] == ["1", "Испытания на соответствие требованиям информационной безопасности", "01.10.2027", "ГБД ФЛ (через ШЭП)"])
        #expect(grid.body[1] == ["2", "", "a", "b"])
        #expect(WordTableGrid.joined(["Акт", "Протокол"]) == "Акт; Протокол")
    }

    @Test("headings from bold numbered paragraphs and numbered lists; Word's automatic numbers recomputed; a nested list a table broke goes on")
    func headings() {
        let bold = WordRendition.render([
            .paragraph(text: "ТЕХНИЧЕСКОЕ ЗАДАНИЕ", bold: true),
            .paragraph(text: "4.2 Требования к функциям", bold: true),
            .paragraph(text: "1. Система должна:", bold: true),
        ])
        #expect(bold.lines.contains("## 4.2 Требования к функциям"))
        #expect(!bold.lines.contains { $0.hasPrefix("#") && $0.contains("Система") }, "\(bold.lines)")
        #expect(!bold.lines.contains { $0.hasPrefix("#") && $0.contains("ТЕХНИЧЕСКОЕ") })

        let automatic = WordRendition.render([
            .heading(level: 1, text: "Техническое задание на создание ИС"),
            .heading(level: 1, text: "Общие сведения"),
            .heading(level: 1, text: "Назначение"),
            .heading(level: 2, text: "Цели"),
            .heading(level: 1, text: "Характеристика"),
        ])
        #expect(automatic.lines.filter { $0.hasPrefix("#") } == ["# Техническое задание на создание ИС", "# 1 Общие сведения", "# 2 Назначение", "## 2.1 Цели", "# 3 Характеристика"])

        let table = WordTable(caption: nil, headRows: [[Cell(paragraphs: ["A"], rowSpan: 1, columnSpan: 1)]], bodyRows: [], columnCount: 1)
        let listed = WordRendition.render([
            .orderedList(start: 4, items: [[.paragraph(text: "Требования к ИС", bold: true),
                                            .orderedList(start: 1, items: [[.paragraph(text: "В целом", bold: true)], [.paragraph(text: "К функциям", bold: true), .table(table)]])]]),
            .orderedList(start: 3, items: [[.paragraph(text: "К видам обеспечения", bold: true)]]),
            .orderedList(start: 5, items: [[.paragraph(text: "Состав работ", bold: true)]]),
        ])
        #expect(listed.lines.filter { $0.hasPrefix("#") } == ["# 4 Требования к ИС", "## 4.1 В целом", "## 4.2 К функциям", "## 4.3 К видам обеспечения", "# 5 Состав работ"])
    }

    @Test("the title page: kind, date from the approval stamp, number, state body's name, object, language")
    func titlePage() {
        let mark = Mark.start
        let page = TitlePage(
            title: nil,
            preamble: [("БЕКІТЕМІН", mark), ("2026 жылғы «10» желтоқсан", mark), ("ТЕХНИКАЛЫҚ ТАПСЫРМА", mark),
                       ("«Ұлттық вакцинация тіркелімі» цифрлық жүйесін құруға", mark), ("Тіркеу нөмірі: ТТ-ДСМ-2026-061", mark),
                       ("Тапсырыс беруші: Қазақстан Республикасының Денсаулық сақтау министрлігі", mark), ("Объект коды: MZ-IS-15", mark)],
            all: ["Жүйе ЭҮ АКП-да орналастырылады, интерфейсі қазақ және орыс тілдерінде."], path: "ta.docx")
        #expect(page.problems.isEmpty)
        #expect(page.root["kind"]?.string == "technical_assignment")
        #expect(page.root["date"]?.string == "2026-12-10")
        #expect(page.root["id"]?.string == "ТТ-ДСМ-2026-061")
        #expect(page.root["state_body"]?["name"]?.string == "Қазақстан Республикасының Денсаулық сақтау министрлігі")
        #expect(page.root["object"]?["system_id"]?.string == "MZ-IS-15")
        #expect(page.root["language"]?.string == "kk")
        #expect(TitlePage.date(in: "«15» декабря 2026 г.") == "2026-12-15")
        #expect(TitlePage.date(in: "г. Астана, 03.12.2026") == "2026-12-03")
        let bare = TitlePage(title: nil, preamble: [("Астана, 2026 г.", mark)], all: [], path: "x.docx")
        #expect(bare.problems.map(\.code).sorted() == ["reading.date-year-only", "reading.kind-unknown"])
    }

    // Needs pandoc to write the .odt; skipped where it is not installed.
    @Test("an .odt is read like a .docx", .enabled(if: PandocConverter().executable != nil, "pandoc is not installed"))
    func odt() throws {
        let folder = try TemporaryTree(["ta.md": "**ТЕХНИЧЕСКОЕ ЗАДАНИЕ**\n\nна создание ИС «Пример»\n\n«1» декабря 2026 г.\n\n# Общие сведения\n\nТекст.\n"])
        defer { folder.remove() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(PandocConverter().executable))
        process.arguments = [folder.path + "/ta.md", "-o", folder.path + "/ta.odt"]
        try process.run()
        process.waitUntilExit()
        guard case .loaded(let document) = DocumentLoader.load(path: folder.path + "/ta.odt", tables: Repository.tables) else {
            Issue.record("the .odt does not load")
            return
        }
        #expect(document.header.dateText == "2026-12-01")
        #expect(document.reading?.format.en.contains(".odt") == true)
    }

    @Test("what could not be read makes the check inconclusive (exit 3), not an input error (exit 2)")
    func readingProblemsAreNotInputErrors() throws {
        let markdown = "**ТЕХНИЧЕСКОЕ ЗАДАНИЕ**\n\nна создание ИС «Пример»\n\n# Общие сведения\n\nТекст.\n"
        guard case .loaded(let document) = DocumentLoader.load(bytes: Array(markdown.utf8), path: "ta.md", tables: Repository.tables) else {
            Issue.record("does not load")
            return
        }
        let result = Repository.engine.check(document, language: .en)
        #expect(result.problems.map(\.code).contains("reading.date-unknown"))
        #expect(!result.hasInputProblems)
        #expect(result.verdict != .positive)
    }
}
