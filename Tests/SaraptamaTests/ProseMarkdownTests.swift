import Foundation
import SaraptamaLoading
import Testing
@testable import Saraptama

@Suite("Prose: Markdown structure")
struct ProseMarkdownTests {
    @Test("front matter keys keep the Markdown file's line:col")
    func frontMatterPositions() throws {
        let build = proseBuild(proseHeader + "\n\n## 1. Общие сведения\n\nТекст.\n")
        let root = try #require(build.document?.root)
        #expect(build.problems.isEmpty)
        #expect(root["kind"]?.string == "technical_assignment")
        #expect(root["kind"]?.mark.line == 2)
        #expect(root["kind"]?.mark.column == 7)
        #expect(root.at("state_body.name")?.mark.line == 4)
        #expect(root.at("date")?.mark.line == 5)
        // The document's own lines are quoted, not the YAML's.
        #expect(build.source.line(8).map(String.init) == "## 1. Общие сведения")
    }

    @Test("a YAML error in the front matter is reported at the Markdown line:col")
    func frontMatterYAMLError() {
        let build = proseBuild("---\nkind: technical_assignment\nid: [unclosed\n---\n\n## 1. A\n")
        #expect(build.document == nil)
        let problem = build.problems.first
        #expect(problem?.code == "yaml-syntax")
        #expect(problem?.file == "doc.md")
        #expect((problem?.mark?.line ?? 0) >= 3 && (problem?.mark?.line ?? 0) <= 4)
    }

    @Test("sections: numbers as strings, nesting by number, title heading skipped, text plain")
    func sectionTree() throws {
        let markdown = proseHeader + """

            # Техническое задание на создание ИС «Пример»

            Утверждаю.

            ## 1. Общие сведения

            Первый абзац с **жирным** и *курсивом*, `кодом` и [ссылкой](http://x.kz).
            Продолжение абзаца.

            - пункт один
            - пункт два

            ## 4 Требования к системе

            ### 4.1. Требования к системе в целом

            #### 4.2 Требования к функциям

            Текст 4.2.

            ##### 4.2.1 Подфункции

            ## Приложение А

            ### Лист согласования

            ## 5. Состав работ

            """
        let build = proseBuild(markdown)
        let root = try #require(build.document?.root, "\(build.problems)")
        let sections = try #require(root["sections"]?.sequence)
        #expect(sections.count == 4)
        #expect(root["preamble"]?.string == "Утверждаю.")
        #expect(root.at("sections[0].number")?.string == "1")
        #expect(root.at("sections[0].title")?.string == "Общие сведения")
        #expect(root.at("sections[0].level")?.scalar == .int(2))
        #expect(root.at("sections[0].text")?.string == "Первый абзац с жирным и курсивом, кодом и ссылкой. Продолжение абзаца.\n\nпункт один\n\nпункт два")
        #expect(root.at("sections[0].text")?.mark.description == "13:1")
        #expect(root.at("sections[0]")?.mark.description == "11:1")
        #expect(root.at("sections[0].title")?.mark.description == "11:7")
        // 4.2 is under 4 although its heading level is deeper than 4.1's: numbers decide.
        #expect(root.at("sections[1].number")?.string == "4")
        #expect(root.at("sections[1].subsections[0].number")?.string == "4.1")
        #expect(root.at("sections[1].subsections[1].number")?.string == "4.2")
        #expect(root.at("sections[1].subsections[1].subsections[0].number")?.string == "4.2.1")
        #expect(root.at("sections[1].subsections[1].text")?.string == "Текст 4.2.")
        // Unnumbered headings nest by level and carry no number.
        #expect(root.at("sections[2].title")?.string == "Приложение А")
        #expect(root.at("sections[2].number") == nil)
        #expect(root.at("sections[2].subsections[0].title")?.string == "Лист согласования")
        #expect(root.at("sections[3].number")?.string == "5")
        #expect(root.at("sections[1].text") == nil)
    }

    @Test("heading numbers in Russian, Kazakh and English forms; years and glued numbers are not numbers")
    func headingNumbers() {
        #expect(HeadingNumber.split("4.2 Требования к функциям").number == "4.2")
        #expect(HeadingNumber.split("4.2 Требования к функциям").title == "Требования к функциям")
        #expect(HeadingNumber.split("4. Требования").number == "4")
        #expect(HeadingNumber.split("Раздел 4. Требования к системе").number == "4")
        #expect(HeadingNumber.split("Раздел 4. Требования к системе").title == "Требования к системе")
        #expect(HeadingNumber.split("4-бөлім. Жүйеге қойылатын талаптар").number == "4")
        #expect(HeadingNumber.split("4-бөлім. Жүйеге қойылатын талаптар").title == "Жүйеге қойылатын талаптар")
        #expect(HeadingNumber.split("Section 9: Sources").number == "9")
        #expect(HeadingNumber.split("2025 год").number == nil)
        #expect(HeadingNumber.split("1С:Предприятие").number == nil)
        #expect(HeadingNumber.split("Общие сведения").number == nil)
    }

    @Test("a Kazakh document: headings, text and locator")
    func kazakhDocument() throws {
        let markdown = proseHeader + """

            ## 1-бөлім. Жалпы мәліметтер

            Жүйенің толық атауы.

            ## 2. Жүйені құрудың мақсаты мен міндеттері

            """
        let build = proseBuild(markdown)
        let root = try #require(build.document?.root, "\(build.problems)")
        #expect(root.at("sections[0].number")?.string == "1")
        #expect(root.at("sections[0].title")?.string == "Жалпы мәліметтер")
        #expect(root.at("sections[0].text")?.string == "Жүйенің толық атауы.")
        #expect(build.locator.locate(Mark(line: 9, column: 1)) == "§1 «Жалпы мәліметтер», ¶1")
        #expect(build.locator.locate(Mark(line: 7, column: 1)) == "§1 «Жалпы мәліметтер»")
        #expect(build.locator.locate(Mark(line: 8, column: 1)) == "§1 «Жалпы мәліметтер»")
        #expect(build.locator.locate(Mark(line: 2, column: 1)) == "front matter")
    }

    @Test("CRLF line ends and a missing final newline give the same tree and marks as LF")
    func crlf() throws {
        let lf = proseHeader + "\n\n## 1. Общие\n\nТекст.\n\n| Год | Сумма |\n|---|---|\n| 2025 | 10 |"
        let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
        let a = try #require(proseBuild(lf).document?.root)
        let b = try #require(proseBuild(crlf).document?.root, "\(proseBuild(crlf).problems)")
        #expect(b.at("sections[0].text")?.string == "Текст.")
        #expect(b.at("sections[0].title")?.string == "Общие")
        #expect(b.at("budget.years[0].amount")?.scalar == .int(10))
        #expect(a.at("budget.years[0].amount")?.mark.description == b.at("budget.years[0].amount")?.mark.description)
        #expect(b["id"]?.string == "ТЗ-1")
    }

    @Test("every problem of a file is collected, each with a code and line:col")
    func problemsCollected() {
        let markdown = """
            # Нет заголовка документа

            ## 1. Раздел

            | Год | Сумма |
            |---|---|
            | 2025 | 10 | лишняя |
            | 2026 | десять |

            """
        let build = proseBuild(markdown)
        // No header block: the header is read from the title page, and what cannot be read there or
        // in the tables is a problem of the reading (the check goes on, inconclusive), not a refusal.
        #expect(build.document != nil)
        #expect(build.problems.isEmpty)
        let found = build.reading.problems.map { "\($0.code)@\($0.mark?.line ?? 0):\($0.mark?.column ?? 0)" }.sorted()
        #expect(found == ["prose-bad-number@8:10", "prose-table-cells@7:1", "reading.date-unknown@1:1", "reading.kind-unknown@1:1"])
    }

    @Test("unterminated front matter, a non-mapping header and invalid UTF-8 are diagnosed")
    func headerProblems() {
        #expect(proseBuild("---\nkind: technical_assignment\n\n## 1. A\n").problems.map(\.code) == ["prose-front-matter-unterminated"])
        #expect(proseBuild("---\n- a\n- b\n---\n## 1. A\n").problems.map(\.code) == ["prose-header-not-mapping"])
        let bad = MarkdownDocumentBuilder.build(bytes: Array("---\nkind: x\n---\n\nтекст ".utf8) + [0xFF, 0x0A], path: "bad.md", tables: Repository.tables)
        #expect(bad.problems.map(\.code) == ["yaml-invalid-utf8"])
        #expect(bad.problems.first?.mark?.line == 5)
    }

    @Test("headings and text that would be in the front matter too are a conflict, not a silent merge")
    func sectionsConflict() {
        let markdown = "---\nkind: technical_assignment\nid: x\ndate: \"2025-01-01\"\nsections: []\n---\n\n## 1. A\n"
        let build = proseBuild(markdown)
        #expect(build.problems.map(\.code) == ["prose-conflict"])
        #expect(build.problems.first?.mark?.line == 8)
    }

    @Test("pathological input ends quickly: deep numbering, huge tables, unclosed markup, no newline")
    func pathological() throws {
        let clock = ContinuousClock()
        let started = clock.now
        var deep = proseHeader + "\n"
        var number = "1"
        for _ in 0..<40 {
            deep += "\n###### \(number) Раздел\n\nТекст.\n"
            number += ".1"
        }
        let deepBuild = proseBuild(deep)
        #expect(deepBuild.problems.contains { $0.code == "prose-heading-too-deep" })

        let columns = 10_000
        let header = "|" + (0..<columns).map { "c\($0)" }.joined(separator: "|") + "|"
        let delimiter = "|" + String(repeating: "---|", count: columns)
        let row = "|" + String(repeating: "x|", count: columns)
        let wide = proseBuild(proseHeader + "\n\n## 1. A\n\n" + header + "\n" + delimiter + "\n" + row)
        let table = try #require(wide.document?.root.at("sections[0].tables[0]"))
        #expect(table["columns"]?.sequence?.count == columns)

        let brackets = proseBuild(proseHeader + "\n\n## 1. A\n\n" + String(repeating: "[`<*_", count: 40_000))
        #expect(brackets.document?.root.at("sections[0].text")?.string?.isEmpty == false)

        let headings = proseBuild(proseHeader + "\n" + String(repeating: "#", count: 5000) + " x\n" + String(repeating: "```\n", count: 3))
        #expect(headings.problems.isEmpty)
        #expect(clock.now - started < .seconds(20))
    }
}
