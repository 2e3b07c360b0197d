import Testing

@testable import SaraptamaExpressions

@Suite("Public API: environment, activation, normalization")
struct ApiTests {
    @Test("TextNormalization.key", arguments: [
        ("Электронное Правительство", "электронное правительство"),
        ("  «Электронное   правительство»  ", "электронное правительство"),
        ("\"Egov\"", "egov"),
        ("'egov'", "egov"),
        ("« “Quoted” »", "quoted"),
        ("ЁЛКА", "елка"),
        ("е\u{0308}лка", "елка"),  // decomposed ё
        ("ӘҒҚҢӨҰҮҺІ", "әғқңөұүһі"),
        ("ИС_Е-лицензирование", "ис е лицензирование"),
        ("a__--  b", "a b"),
        ("tab\tand\nnewline\u{00A0}nbsp", "tab and newline nbsp"),
        ("-_leading and trailing_-", "leading and trailing"),
        ("ÄÖÜ \u{130}", "äöü i\u{307}"),
        ("", ""),
        ("«»", ""),
        ("it's", "it's"),
    ])
    func normalization(input: String, expected: String) {
        #expect(TextNormalization.key(input) == expected)
    }

    @Test("normalization is idempotent")
    func idempotent() {
        for text in ["  «Электронное_Правительство» ", "ЁЛКА-ПАЛКА", "\"x\" y"] {
            let once = TextNormalization.key(text)
            #expect(TextNormalization.key(once) == once)
        }
    }

    @Test("a compiled expression keeps its source and runs many times with changing items")
    func reuse() throws {
        let compiled = try environment.compile("item.pages > 5 && doc.version == 3").get()
        #expect(compiled.source == "item.pages > 5 && doc.version == 3")
        var activation = Activation(environment: environment, lookups: EmptyLookupProvider())
        activation.set("doc", document)
        var results: [Bool] = []
        for pages: Int64 in [1, 6, 10] {
            activation.set("item", .map(ValueMap([("pages", .int(pages))])))
            results.append(try compiled.evaluate(activation) == .bool(true))
        }
        #expect(results == [false, true, true])
    }

    @Test("variables default to null and can be set by slot")
    func slots() throws {
        var activation = Activation(environment: environment, lookups: EmptyLookupProvider())
        let compiled = try environment.compile("y == null").get()
        #expect(try compiled.evaluate(activation) == .bool(true))
        let slot = try #require(activation.slot(of: "y"))
        activation.set(slot: slot, .int(1))
        #expect(activation["y"] == .int(1))
        #expect(try compiled.evaluate(activation) == .bool(false))
        #expect(activation.slot(of: "nope") == nil)
        #expect(environment.variables == ["doc", "item", "x", "y"])
    }

    @Test("an activation made for other variables is refused, not misread")
    func environmentMismatch() throws {
        let other = ExpressionEnvironment(variables: ["y", "x"])
        let compiled = try environment.compile("x").get()
        let activation = Activation(environment: other, lookups: EmptyLookupProvider())
        #expect(throws: EvaluationError.self) { try compiled.evaluate(activation) }
        // A distinct environment with the same variables is compatible.
        let same = ExpressionEnvironment(variables: ["doc", "item", "x", "y"])
        var compatible = Activation(environment: same, lookups: EmptyLookupProvider())
        compatible.set("x", .int(4))
        #expect(try compiled.evaluate(compatible) == .int(4))
    }

    @Test("constant sub-expressions are folded at compile time")
    func folding() throws {
        if planIsOptimized { #expect(try environment.compile("1 + 2 * 3").get().isConstant) }
        if planIsOptimized { #expect(try environment.compile("date('2024-01-01') < date('2024-02-01')").get().isConstant) }
        if planIsOptimized { #expect(try environment.compile("true ? 'a' : x").get().isConstant) }
        #expect(try !environment.compile("x + 1").get().isConstant)
        #expect(try !environment.compile("lookup('services', 'k')").get().isConstant)
        // A constant that fails is left to run time, so the error is reported per document.
        #expect(run("1 / 0") == .error("eval-division-by-zero", 2))
    }

    @Test("compiled expressions are shared safely between concurrent evaluations")
    func concurrency() async throws {
        let compiled = try environment.compile("x.matches(y) && [1, 2, 3].map(v, v * 2)[2] == 6").get()
        let results = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<16 {
                group.addTask {
                    var activation = Activation(environment: environment, lookups: EmptyLookupProvider())
                    activation.set("x", .string("item-\(index)"))
                    activation.set("y", .string(index % 2 == 0 ? "^item-[0-9]+$" : "^none$"))
                    return (try? compiled.evaluate(activation)) == .bool(true)
                }
            }
            var all: [Bool] = []
            for await result in group { all.append(result) }
            return all
        }
        #expect(results.filter { $0 }.count == 8)
    }

    @Test("issues carry code, message, offset and the catalogue entry of the message")
    func issuesShape() {
        guard case .failure(let failure) = environment.compile("size(doc.x) > sizee(1)") else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.issues.map { [$0.code, $0.message, String($0.offset)] } == [
            ["expr-unknown-function", "unknown function 'sizee' (did you mean 'size'?)", "14"]
        ])
        // The message is rendered from the catalogue, so it exists in Russian and Kazakh too.
        #expect(failure.issues.first?.template == "expr-unknown-function.name")
        #expect(failure.issues.first?.arguments["name"] == "sizee")
    }
}

@Suite("Normalization fast paths")
struct NormalizationFastPathTests {
    @Test("the Cyrillic table agrees with Unicode's lowercase mapping for the whole block")
    func cyrillicTable() {
        for value in UInt32(0x0400)...0x04FF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let unicode = String(scalar).lowercased().unicodeScalars.map(\.value)
            let expected = unicode == [0x0451] ? [0x0435] : unicode
            #expect([TextNormalization.lowercaseCyrillic(value)] == expected, "U+\(String(value, radix: 16))")
        }
    }

    @Test("punctuation kept without the property tables is neither whitespace nor lowercased")
    func plainPunctuation() {
        for value in UInt32(0x00A0)...0x2200 where TextNormalization.isPlainPunctuation(value) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(!scalar.properties.isWhitespace, "U+\(String(value, radix: 16))")
            #expect(!scalar.properties.changesWhenLowercased, "U+\(String(value, radix: 16))")
        }
        #expect(TextNormalization.key("«ГБД» №\u{00A0}5 — ФЛ…") == "гбд» № 5 — фл…")
        #expect(TextNormalization.key("„Е-Собес“") == "е собес")
    }

    @Test("other scripts go through Unicode's tables")
    func otherScripts() {
        #expect(TextNormalization.key("ΑΒΓ Straße ǅ") == "αβγ straße ǆ")
        #expect(TextNormalization.key("a\u{3000}b\u{2028}c") == "a b c")
    }
}
