import Testing

@testable import SaraptamaExpressions

@Suite("Evaluator: domain functions")
struct DomainFunctionTests {
    @Test("dates", arguments: [
        ("date('2024-02-29')", Outcome.value(.date(19782))),
        ("date('1970-01-01')", .value(.date(0))),
        ("date('1969-12-31')", .value(.date(-1))),
        ("date('0001-01-01')", .value(.date(-719_162))),
        ("date('9999-12-31')", .value(.date(2_932_896))),
        ("date(date('2000-03-01'))", .value(.date(11017))),
        ("date('2023-02-29')", .error("eval-invalid-argument", 0)),
        ("date('2024-13-01')", .error("eval-invalid-argument", 0)),
        ("date('2024-1-01')", .error("eval-invalid-argument", 0)),
        ("date('2024-01-01T00:00')", .error("eval-invalid-argument", 0)),
        ("date('0000-01-01')", .error("eval-invalid-argument", 0)),
        ("date('２０２４-01-01')", .error("eval-invalid-argument", 0)),
        ("date(x)", .error("eval-invalid-argument", 0)),
        ("days_between('2024-01-01', '2024-03-01')", .value(.int(60))),
        ("days_between(date('2024-03-01'), '2024-01-01')", .value(.int(-60))),
        ("days_between('2023-01-01', '2024-01-01')", .value(.int(365))),
        ("days_between('2024-01-01', 'soon')", .error("eval-invalid-argument", 0)),
        ("add_days('2024-02-28', 2)", .value(.date(19783))),
        ("add_days(date('2024-03-01'), -1)", .value(.date(19782))),
        ("add_days('9999-12-31', 1)", .error("eval-overflow", 0)),
        ("add_days('2024-01-01', 9223372036854775807)", .error("eval-overflow", 0)),
        ("year(date('2024-05-06'))", .value(.int(2024))),
        ("year('1999-12-31')", .value(.int(1999))),
        ("year(add_days('2024-12-31', 1))", .value(.int(2025))),
        ("date('2024-03-01') > add_days('2024-02-28', 1)", .value(.bool(true))),
        ("string(add_days('2024-02-28', 1))", .value(.string("2024-02-29"))),
    ])
    func dates(source: String, expected: Outcome) {
        #expect(run(source, ["x": .string("1 марта 2024")]) == expected, "\(source)")
    }

    @Test("a bad date string names the function and the text")
    func dateMessage() {
        #expect(evaluationError("date(x)", ["x": .string("2024/01/01")])?.message
            == "date(): '2024/01/01' is not a date in YYYY-MM-DD form")
    }

    @Test("norm and contains_any use the lookup normalization", arguments: [
        ("norm('  «Электронное_Правительство» ')", Outcome.value(.string("электронное правительство"))),
        ("norm('ЁЛКА-ПАЛКА')", .value(.string("елка палка"))),
        ("contains_any('Портал ЭЛЕКТРОННОГО   правительства', ['электронного правительства', 'x'])",
         .value(.bool(true))),
        ("contains_any('Портал', ['электронного', 'x'])", .value(.bool(false))),
        ("contains_any('Ёмкость', ['емкость'])", .value(.bool(true))),
        ("contains_any('abc', [])", .value(.bool(false))),
        ("contains_any('abc', ['', ' '])", .value(.bool(false))),
        ("contains_any(doc, x)", .value(.bool(true))),
        ("contains_any(doc, ['a', 1])", .error("eval-no-matching-overload", 0)),
        ("contains_any(doc, y)", .error("eval-no-matching-overload", 0)),
        ("norm(y)", .error("eval-no-matching-overload", 0)),
    ])
    func normalization(source: String, expected: Outcome) {
        let bindings: [String: Value] = [
            "doc": .string("Государственная услуга «Выдача справки»"),
            "x": .list([.string("нет"), .string("ВЫДАЧА_СПРАВКИ")]),
            "y": .int(3),
        ]
        #expect(run(source, bindings) == expected, "\(source)")
    }

    static let provider = MockLookupProvider(
        catalogues: [
            "services": [
                ("Электронное правительство", .map(ValueMap([("name", .string("Egov")), ("id", .int(1))]))),
                ("дубль", .string("first")),
                ("дубль", .string("second")),
                ("42", .string("by number")),
            ],
        ],
        architecture: ["systems": [("«ИС Е-лицензирование»", .string("elicense"))]])

    @Test("lookups go through the provider with a normalized key", arguments: [
        ("lookup('services', '«Электронное  Правительство»').name", Outcome.value(.string("Egov"))),
        ("lookup('services', 'missing')", .value(.null)),
        ("lookup('services', 'Дубль')", .value(.string("first"))),
        ("lookup_all('services', 'дубль')", .value(.list([.string("first"), .string("second")]))),
        ("lookup_all('services', 'missing')", .value(.list([]))),
        ("lookup('services', 42)", .value(.string("by number"))),
        ("lookup('services', null)", .value(.null)),
        ("lookup_all('services', null)", .value(.list([]))),
        ("arch_lookup('systems', 'ис е-лицензирование')", .value(.string("elicense"))),
        ("arch_lookup_all('systems', 'ИС Е_ЛИЦЕНЗИРОВАНИЕ')", .value(.list([.string("elicense")]))),
        ("arch_lookup('systems', 'nothing')", .value(.null)),
        ("lookup(x, 'дубль')", .value(.string("first"))),  // catalogue named at run time
        ("lookup('services', y)", .error("eval-no-matching-overload", 0)),
        ("lookup(y, 'k')", .error("eval-no-matching-overload", 0)),
        ("lookup('services', doc.name) == null", .value(.bool(false))),
    ])
    func lookups(source: String, expected: Outcome) {
        let bindings: [String: Value] = [
            "x": .string("services"), "y": .list([]),
            "doc": .map(ValueMap([("name", .string("электронное правительство"))])),
        ]
        #expect(run(source, bindings, lookups: Self.provider) == expected, "\(source)")
    }

    @Test("providers receive the catalogue name and the normalized key")
    func providerArguments() {
        let echo = EchoLookupProvider()
        #expect(run("lookup('services', '  ГОС_Услуга ')", lookups: echo) == .value(.string("services:гос услуга")))
        #expect(run("arch_lookup_all('systems', 'A-B')", lookups: echo) == .value(.list([.string("arch systems:a b")])))
        #expect(run("lookup('services', 'x')", lookups: EmptyLookupProvider()) == .value(.null))
    }
}
