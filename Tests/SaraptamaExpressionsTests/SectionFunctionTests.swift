import Testing

@testable import SaraptamaExpressions

@Suite("Evaluator: section text")
struct SectionFunctionTests {
    /// A TA's sections as the YAML documents and the Markdown loader give them: numbers as ints
    /// or strings, nested subsections, a flat "5.1", an unnumbered heading.
    static let sections: Value = Y.sequence([
        ["number": 1, "title": "Общие сведения", "text": "Полное наименование системы."],
        ["number": "4", "title": "Требования к системе", "text": "Требования приведены в подразделах.",
         "subsections": [
            ["number": "4.1", "title": "Требования к системе в целом", "text": "Режим работы круглосуточный."],
            ["number": "4.2", "title": "Требования к функциям",
             "subsections": [["number": "4.2.1", "title": "Резервное копирование", "text": "Ежедневно в 02:00."]]],
         ]],
        ["number": "5.", "title": "Состав и содержание работ", "text": "Этапы работ."],
        ["number": "5.1", "title": "Проектирование", "text": "Технический проект."],
        ["title": "Источники разработки", "text": "Закон «Об информатизации»."],
        ["number": 6.1, "title": "Приемка", "text": "Акт приемки."],
    ]).value

    @Test("section_text finds a section by number at any depth, with its subsections", arguments: [
        ("section_text(doc, '1')", Outcome.value(.string("Общие сведения\nПолное наименование системы."))),
        ("section_text(doc, 1)", .value(.string("Общие сведения\nПолное наименование системы."))),
        ("section_text(doc, 4)", .value(.string(
            "Требования к системе\nТребования приведены в подразделах.\nТребования к системе в целом\n"
                + "Режим работы круглосуточный.\nТребования к функциям\nРезервное копирование\nЕжедневно в 02:00."))),
        ("section_text(doc, '4.1')", .value(.string("Требования к системе в целом\nРежим работы круглосуточный."))),
        ("section_text(doc, '4.2.1')", .value(.string("Резервное копирование\nЕжедневно в 02:00."))),
        // "5." is 5; the flat "5.1" belongs to 5 as well.
        ("section_text(doc, 5)", .value(.string("Состав и содержание работ\nЭтапы работ.\nПроектирование\nТехнический проект."))),
        ("section_text(doc, '5.1')", .value(.string("Проектирование\nТехнический проект."))),
        ("section_text(doc, 6.1)", .value(.string("Приемка\nАкт приемки."))),
        ("section_text(doc, ' 4.1. ')", .value(.string("Требования к системе в целом\nРежим работы круглосуточный."))),
        // "4" is not a prefix of "41", and absent numbers give "".
        ("section_text(doc, '7')", .value(.string(""))),
        ("section_text(doc, '')", .value(.string(""))),
        ("section_text([], '4')", .value(.string(""))),
        ("section_text(null, '4')", .value(.string(""))),
        ("contains_any(section_text(doc, '4'), ['резервн']) && contains_any(section_text(doc, '4'), ['ежедневн'])",
         .value(.bool(true))),
        ("contains_any(section_text(doc, '1'), ['резервн'])", .value(.bool(false))),
    ])
    func sectionText(source: String, expected: Outcome) {
        #expect(run(source, ["doc": Self.sections]) == expected, "\(source)")
    }

    @Test("full_text joins every title and text of the given sections, depth first", arguments: [
        ("full_text(doc.filter(s, !has(s.number)))", Outcome.value(.string("Источники разработки\nЗакон «Об информатизации».")),),
        ("full_text(doc[0])", .value(.string("Общие сведения\nПолное наименование системы."))),
        ("full_text(doc[1].subsections[1])", .value(.string("Требования к функциям\nРезервное копирование\nЕжедневно в 02:00."))),
        ("full_text([])", .value(.string(""))),
        ("full_text(null)", .value(.string(""))),
        ("size(full_text(doc)) > size(section_text(doc, 4))", .value(.bool(true))),
    ])
    func fullText(source: String, expected: Outcome) {
        #expect(run(source, ["doc": Self.sections]) == expected, "\(source)")
    }

    @Test("a number matching several sections gives all of them; one section may be passed alone")
    func severalAndSingle() {
        let twice: Value = Y.sequence([["number": 2, "text": "a"], ["number": "2", "text": "b"]]).value
        #expect(run("section_text(doc, 2)", ["doc": twice]) == .value(.string("a\nb")))
        #expect(run("section_text(doc[0], '2')", ["doc": twice]) == .value(.string("a")))
    }

    @Test("non-string titles and texts are skipped; malformed sections are errors, not silent passes")
    func malformed() {
        let odd: Value = Y.sequence([["number": 4, "title": 12, "text": nil, "subsections": [["text": "x"]]]]).value
        #expect(run("section_text(doc, 4)", ["doc": odd]) == .value(.string("x")))
        #expect(run("section_text(doc, 4)", ["doc": Y.sequence(["text"]).value])
            == .error("eval-no-matching-overload", 0))
        #expect(run("full_text(doc)", ["doc": .string("text")]) == .error("eval-no-matching-overload", 0))
        #expect(run("section_text(doc, x)", ["doc": Self.sections, "x": .bool(true)])
            == .error("eval-no-matching-overload", 0))
        #expect(evaluationError("full_text(doc)", ["doc": Y.sequence([1]).value])?.message
            == "full_text() needs sections that are maps; element 0 is int")
    }

    @Test("the checker knows both functions and their arity")
    func checked() {
        #expect(compileIssues("section_text(doc.sections, '4')").isEmpty)
        #expect(compileIssues("full_text(doc.sections)").isEmpty)
        #expect(compileIssues("section_text(doc.sections)").map(\.code) == ["expr-arity"])
        #expect(compileIssues("section_text('text', '4')").map(\.code) == ["expr-type"])
        #expect(compileIssues("section_text(doc.sections, true)").map(\.code) == ["expr-type"])
    }
}
