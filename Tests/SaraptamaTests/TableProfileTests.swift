import Foundation
import SaraptamaLoading
import Testing
@testable import Saraptama

/// The table profiles are data (Rules/extraction/tables.yaml): their examples are tests, their
/// mistakes are rule-set errors with a position, and a rule author adds a synonym without Swift.
@Suite("Reading: table profiles as data")
struct TableProfileTests {
    @Test("every table profile's examples read their header, rows, total and cell problems as declared")
    func examples() {
        let outcomes = TableExampleRunner(tables: Repository.tables).run()
        #expect(outcomes.count >= 30)
        // Every profile carries at least one example, and both kinds of example are there.
        #expect(Set(outcomes.map(\.profile)) == Set(Repository.tables.profiles.map(\.name)))
        #expect(Repository.tables.profiles.count == 10)
        for outcome in outcomes where !outcome.passed {
            Issue.record("\(outcome.file):\(outcome.mark.line):\(outcome.mark.column) \(outcome.profile): \(outcome.failure!)")
        }
    }

    @Test("a wrong example fails with what it read")
    func failingExample() throws {
        let folder = try TemporaryTree([
            "ruleset.yaml": "ruleset: t\nversion: 1\n",
            "extraction/tables.yaml": """
                tables:
                  profiles:
                    - name: software
                      target: software
                      fields:
                        - {key: name, synonyms: {ru: [ПО]}}
                        - {key: license, synonyms: {ru: [Лицензия]}}
                      examples:
                        - {header: [ПО, Лицензия], columns: [license, name]}
                        - table: [[ПО, Лицензия], [PostgreSQL, open_source]]
                          rows: [{name: PostgreSQL}]
                """,
        ])
        defer { folder.remove() }
        let tables = try RuleSetLoader.load(directory: folder.path).tables
        let failures = TableExampleRunner(tables: tables).run().compactMap(\.failure)
        #expect(failures == [
            "| ПО | Лицензия | gives the columns [name, license], expected [license, name]",
            "rows [{license: \"open_source\", name: \"PostgreSQL\"}], expected [{name: \"PostgreSQL\"}]",
        ])
    }

    @Test("mistakes in tables.yaml are rule-set errors at their file:line:column with stable codes")
    func parserProblems() throws {
        let folder = try TemporaryTree([
            "ruleset.yaml": "ruleset: t\nversion: 1\n",
            "extraction/tables.yaml": """
                tables:
                  units: [тенге]
                  colour: red
                  profiles:
                    - name: budget_years
                      target: budget.years
                      grouping: {column: entity, name: name, rows: rows}
                      fields:
                        - {key: year, value: calendar, synonyms: {ru: [Год]}}
                        - {key: amount, synonyms: {ru: [Сумма], kk: [Год], de: [Betrag]}}
                        - {key: note_text, synonyms: {ru: ["Сумма, тенге"]}}
                      examples:
                        - {header: [Год, Сумма], columns: [year]}
                    - name: software
                      target: software
                      fields: [{key: name, synonyms: {ru: [ПО]}}]
                """,
        ])
        defer { folder.remove() }
        var diagnostics: [Diagnostic] = []
        do { _ = try RuleSetLoader.load(directory: folder.path) } catch { diagnostics = error.diagnostics }
        let found = diagnostics.map { "\($0.code)@\($0.mark?.line ?? 0):\($0.mark?.column ?? 0)" }
        #expect(found.contains("extraction.unknown-field@3:3"))
        #expect(found.contains("extraction.unknown-key@7:26"))
        #expect(found.contains("extraction.unknown-value-kind@9:30"))
        // «Год» is the year's and the amount's; «Сумма, тенге» is «Сумма» once the unit is dropped.
        #expect(found.contains("extraction.duplicate-synonym@10:54"))
        #expect(found.contains("extraction.duplicate-synonym@11:44"))
        #expect(found.contains("extraction.unknown-language@10:60"))
        // Two header cells, one column named; the profile is then left without a header example.
        #expect(found.contains("extraction.bad-example@13:43"))
        #expect(found.contains("extraction.missing-examples@13:9"))
        #expect(found.contains("extraction.missing-examples@14:7"))
        #expect(found.count == 9)
        #expect(diagnostics.allSatisfy { ($0.file ?? "").hasSuffix("extraction/tables.yaml") && $0.severity == .error })
    }

    @Test("a rule author adds a header synonym in a copy of the rule set, and a table in that wording is read: no Swift changes")
    func synonymWithoutCode() throws {
        let markdown = proseHeader + """


            ## 4.3 Интеграция

            | Внешний ресурс | Способ взаимодействия | Передаваемые данные |
            |---|---|---|
            | ГБД ФЛ | ШЭП | Сведения о пациенте |

            """
        // The shipped vocabulary does not know «Внешний ресурс»: the table stays unrecognised.
        let shipped = proseBuild(markdown)
        #expect(shipped.reading.tables.map(\.profile) == [nil])
        #expect(shipped.document?.root["integrations"] == nil)

        let copy = NSTemporaryDirectory() + "saraptama-rules-" + UUID().uuidString
        try FileManager.default.copyItem(atPath: Repository.rules, toPath: copy)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        let file = copy + "/extraction/tables.yaml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let shippedLine = "            ru: [Система, Смежная система,"
        #expect(text.contains(shippedLine))
        try text.replacingOccurrences(of: shippedLine, with: "            ru: [Внешний ресурс, Система, Смежная система,")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let tables = try RuleSetLoader.load(directory: copy).tables
        let build = MarkdownDocumentBuilder.build(bytes: Array(markdown.utf8), path: "doc.md", tables: tables)
        let root = try #require(build.document?.root, "\(build.problems)")
        #expect(build.reading.tables.map(\.profile) == ["integrations"])
        #expect(root.at("integrations[0].system")?.string == "ГБД ФЛ")
        #expect(root.at("integrations[0].system")?.mark.description == "12:3")
        #expect(root.at("integrations[0].via")?.string == "ШЭП")
    }

    @Test("prose read without the rule set's profiles keeps its tables generic and says so")
    func withoutProfiles() throws {
        let markdown = proseHeader + """


            ## 4.2 Функции

            | Код | Наименование |
            |---|---|
            | MZ.03.01 | Телемедицина |

            """
        let build = MarkdownDocumentBuilder.build(bytes: Array(markdown.utf8), path: "doc.md", tables: nil)
        let root = try #require(build.document?.root)
        #expect(root["functions"] == nil)
        #expect(root.at("sections[0].tables[0].rows[0].Код")?.string == "MZ.03.01")
        #expect(build.reading.tables.map(\.profile) == [nil])
        #expect(build.reading.problems.map(\.code) == ["prose-tables-not-recognised"])
        #expect(build.reading.problems.first?.severity == .error)
        // With them, the same text gives its functions and no such problem.
        let read = proseBuild(markdown)
        #expect(read.document?.root.at("functions[0].code")?.string == "MZ.03.01")
        #expect(read.reading.problems.isEmpty)
    }
}
