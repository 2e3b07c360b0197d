import Testing

@testable import SaraptamaLoading

@Suite struct GuardTests {
    // MARK: Alias budget

    /// 9 levels of 9 aliases: about 4·10⁸ nodes if expanded.
    static let billionLaughs: String = {
        var lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        let names = ["a", "b", "c", "d", "e", "f", "g", "h", "i"]
        for level in 1..<names.count {
            let aliases = Array(repeating: "*\(names[level - 1])", count: 9).joined(separator: ", ")
            lines.append("\(names[level]): &\(names[level]) [\(aliases)]")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    @Test func billionLaughsFailsAtTheAliasThatCrossesTheBudget() {
        // Per use: *a costs 10 nodes, *b 91, *c 820, *d 7381, *e 66430. After lines b–e the total
        // is 74718, so the first *e on line f (column 8) goes past 100 000.
        let diagnostics = loadDiagnostics(Self.billionLaughs)
        #expect(located(diagnostics) == ["yaml-alias-budget@6:8"])
        #expect(diagnostics.first?.message
            == "alias '*e' would take the nodes materialised through aliases beyond 100000 (LoadOptions.maxAliasExpansion)")
    }

    @Test func theBudgetBoundaryIsInclusive() throws {
        let text = "a: &a [1, 2, 3]\nb: [*a, *a]\n"  // each *a materialises 4 nodes
        let root = try loadRoot(text, options: LoadOptions(maxAliasExpansion: 8))
        #expect(root["b"]?.sequence?.count == 2)
        #expect(located(loadDiagnostics(text, options: LoadOptions(maxAliasExpansion: 7)))
            == ["yaml-alias-budget@2:9"])
    }

    @Test func keysCountTowardsTheBudget() {
        let text = "a: &a {k: 1}\nb: *a\n"  // the mapping, its key and its value
        #expect(loadDiagnostics(text, options: LoadOptions(maxAliasExpansion: 3)).isEmpty)
        #expect(located(loadDiagnostics(text, options: LoadOptions(maxAliasExpansion: 2)))
            == ["yaml-alias-budget@2:4"])
    }

    @Test func theBudgetIsSharedByAllDocumentsOfAStream() throws {
        let document = "a: &a [1, 2, 3]\nb: [*a, *a]\n"
        let stream = Array((document + "---\n" + document).utf8)
        #expect(try YAMLLoader.loadAll(bytes: stream, path: testPath, options: LoadOptions(maxAliasExpansion: 16)).count == 2)
        do {
            _ = try YAMLLoader.loadAll(bytes: stream, path: testPath, options: LoadOptions(maxAliasExpansion: 12))
            Issue.record("expected the alias budget to be exceeded")
        } catch {
            #expect(located(error.diagnostics) == ["yaml-alias-budget@5:9"])
        }
    }

    // MARK: Depth

    @Test func tenThousandOpenBracketsAreTooDeep() {
        let diagnostics = loadDiagnostics(String(repeating: "[", count: 10_000))
        #expect(located(diagnostics) == ["yaml-too-deep@1:129"])
        #expect(diagnostics.first?.message
            == "this collection nests collections deeper than 128 levels (LoadOptions.maxDepth)")
        #expect(located(loadDiagnostics(String(repeating: "{a: ", count: 10_000))) == ["yaml-too-deep@1:513"])
    }

    @Test func deepBlockNestingIsTooDeep() {
        let text = String(repeating: "- ", count: 10_000) + "x\n"
        #expect(located(loadDiagnostics(text)) == ["yaml-too-deep@1:257"])
    }

    @Test func theDepthLimitIsInclusive() throws {
        let text = String(repeating: "[", count: 128) + String(repeating: "]", count: 128)
        var node = try loadRoot(text)
        var depth = 0
        while let items = node.sequence {
            depth += 1
            guard let first = items.first else { break }
            node = first
        }
        #expect(depth == 128)
        let deeper = "[" + text + "]"
        #expect(located(loadDiagnostics(deeper)) == ["yaml-too-deep@1:129"])
    }

    @Test func blockMappingsCountLevels() {
        let text = "a:\n  b:\n    c: 1\n"
        #expect(loadDiagnostics(text, options: LoadOptions(maxDepth: 3)).isEmpty)
        #expect(located(loadDiagnostics(text, options: LoadOptions(maxDepth: 2))) == ["yaml-too-deep@3:5"])
    }

    @Test func aliasesCountAtTheDepthWhereTheyAreUsed() {
        let text = "a: &a [[1]]\nb: [*a]\n"
        #expect(loadDiagnostics(text, options: LoadOptions(maxDepth: 4)).isEmpty)
        let diagnostics = loadDiagnostics(text, options: LoadOptions(maxDepth: 3))
        #expect(located(diagnostics) == ["yaml-too-deep@2:5"])
        #expect(diagnostics.first?.message
            == "alias '*a' nests collections deeper than 3 levels (LoadOptions.maxDepth)")
    }

    // MARK: Size

    @Test func inputsLargerThanMaxBytesAreRejectedBeforeParsing() throws {
        let options = LoadOptions(maxBytes: 10)
        #expect(try loadRoot("a: 1234567", options: options)["a"]?.scalar == .int(1_234_567))
        // Not even valid YAML: the size is checked first.
        let diagnostics = loadDiagnostics("a: [1234567", options: options)
        #expect(located(diagnostics) == ["yaml-too-large@1:1"])
        #expect(diagnostics.first?.message
            == "the input is 11 bytes, more than the limit of 10 bytes (LoadOptions.maxBytes)")
        #expect(diagnostics.first?.file == testPath)
    }

    // MARK: Duplicate and complex keys

    @Test func everyDuplicateKeyIsReported() {
        let diagnostics = loadDiagnostics(
            """
            name: a
            other: 1
            name: b
            nested:
              k: 1
              k: 2
            name: c
            flow: {x: 1, x: 2}
            1: one
            "1": also one
            """)
        #expect(located(diagnostics) == [
            "yaml-duplicate-key@3:1", "yaml-duplicate-key@6:3", "yaml-duplicate-key@7:1",
            "yaml-duplicate-key@8:14", "yaml-duplicate-key@10:1",
        ])
        #expect(diagnostics.map(\.message) == [
            "duplicate key 'name' (first defined on line 1)", "duplicate key 'k' (first defined on line 5)",
            "duplicate key 'name' (first defined on line 1)", "duplicate key 'x' (first defined on line 8)",
            "duplicate key '1' (first defined on line 9)",
        ])
    }

    @Test func collectionKeysAreRejected() {
        let diagnostics = loadDiagnostics("? [a, b]\n: v\n? {a: 1}\n: w\nflow: {[1]: 2}\n")
        #expect(located(diagnostics) == ["yaml-complex-key@1:3", "yaml-complex-key@3:3", "yaml-complex-key@5:8"])
        #expect(diagnostics.first?.message == "a sequence cannot be a mapping key")
        #expect(diagnostics[1].message == "a mapping cannot be a mapping key")
    }

    // MARK: UTF-8

    static let invalidUTF8: [([UInt8], String)] = [
        (Array("a: ok\nb: caf".utf8) + [0xE9, 0x0A], "2:7"),  // Latin-1 é
        (Array("имя: ".utf8) + [0xFF], "1:6"),
        ([0xC0, 0x80], "1:1"),  // overlong NUL
        (Array("x: ".utf8) + [0xED, 0xA0, 0x80], "1:4"),  // surrogate
        (Array("x: ".utf8) + [0xE2, 0x82], "1:4"),  // truncated at the end
        ([0xF4, 0x90, 0x80, 0x80], "1:1"),  // above U+10FFFF
        (Array("123456789".utf8) + [0x80], "1:10"),  // after the 8-byte ASCII fast path
        (Array("a: 1\r\nb: ".utf8) + [0xFE], "2:4"),
        ([0xFF, 0xFE, 0x61, 0x00], "1:1"),  // a UTF-16 file
    ]

    @Test(arguments: invalidUTF8)
    func invalidUTF8IsReportedAtTheFirstBadByte(_ bytes: [UInt8], _ position: String) {
        #expect(located(loadDiagnostics(bytes: bytes)) == ["yaml-invalid-utf8@\(position)"])
    }

    @Test func invalidUTF8Message() {
        let diagnostics = loadDiagnostics(bytes: Array("a: ok\nb: caf".utf8) + [0xE9])
        #expect(diagnostics.first?.message == "invalid UTF-8: byte 0xE9 at byte offset 12")
    }

    @Test func validMultiByteTextLoads() throws {
        let root = try loadRoot("e: 😀 ü € 中\n")
        #expect(root["e"]?.string == "😀 ü € 中")
    }

    // MARK: Syntax

    @Test func syntaxErrorsCarryLibyamlsProblemAndContext() {
        let diagnostics = loadDiagnostics("a: [1, 2\nb: 3\n")
        #expect(located(diagnostics) == ["yaml-syntax@2:2"])
        #expect(diagnostics.first?.message
            == "did not find expected ',' or ']' (while parsing a flow sequence at 1:4)")
    }

    @Test func aSyntaxErrorIsReportedWithTheProblemsFoundBeforeIt() {
        let diagnostics = loadDiagnostics("a: 1\na: 2\nb: !!int x\nc: d: e\n")
        #expect(located(diagnostics) == ["yaml-duplicate-key@2:1", "yaml-bad-tagged-value@3:10", "yaml-syntax@4:5"])
        #expect(diagnostics.last?.message == "mapping values are not allowed in this context")
    }

    @Test func controlCharactersAreSyntaxErrors() {
        let diagnostics = loadDiagnostics("ok: 1\na: \u{01}\n")
        #expect(located(diagnostics) == ["yaml-syntax@2:4"])
        #expect(diagnostics.first?.message == "control characters are not allowed (U+0001)")
    }

    @Test func tabIndentedBlockYAMLIsStillAnError() {
        #expect(located(loadDiagnostics("a:\n\tb: 1\n")).first == "yaml-syntax@2:1")
    }

    // MARK: Several documents

    @Test func loadRejectsASecondDocument() {
        let diagnostics = loadDiagnostics("a: 1\n---\nb: 2\n")
        #expect(located(diagnostics) == ["yaml-multiple-documents@2:1"])
        #expect(diagnostics.first?.message == "a second document starts here; only one document is expected")
    }

    @Test func problemsOfTheFirstDocumentAreKeptWithTheSecondDocumentError() {
        #expect(located(loadDiagnostics("--- \na: 1\na: 2\n--- \nb: 1\n"))
            == ["yaml-duplicate-key@3:1", "yaml-multiple-documents@4:1"])
    }

    @Test func everyDiagnosticNamesTheFile() {
        let diagnostics = loadDiagnostics("a: 1\na: 2\nb: *x\n")
        #expect(diagnostics.count == 2)
        #expect(diagnostics.allSatisfy { $0.file == testPath && $0.mark != nil && $0.severity == .error })
    }
}
