import Testing

@testable import SaraptamaLoading

/// The tree builder's bookkeeping: children of nested collections kept apart, large mappings
/// (with a key index) and small ones alike, and scalar texts that repeat.
@Suite struct BuilderTests {
    @Test func nestedCollectionsKeepTheirOwnChildren() throws {
        let root = try loadRoot(
            """
            a: [1, [2, 3], {x: 4, y: [5, {z: 6}]}, 7]
            b:
              - c: 8
                d: [9]
              - 10
            e: {}
            f: []
            """)
        #expect(root.mapping?.keys == ["a", "b", "e", "f"])
        let a = try #require(root["a"]?.sequence)
        #expect(a.count == 4)
        #expect(a[1].sequence?.map(\.scalar) == [.int(2), .int(3)])
        #expect(a[2].mapping?.keys == ["x", "y"])
        #expect(a[2]["y"]?.sequence?[1]["z"]?.scalar == .int(6))
        #expect(a[3].scalar == .int(7))
        let b = try #require(root["b"]?.sequence)
        #expect(b[0].mapping?.keys == ["c", "d"])
        #expect(b[0]["d"]?.sequence?.map(\.scalar) == [.int(9)])
        #expect(b[1].scalar == .int(10))
        #expect(root["e"]?.mapping?.count == 0)
        #expect(root["f"]?.sequence?.isEmpty == true)
    }

    @Test func largeMappingsFindDuplicatesAndKeys() throws {
        let lines = (1...20).map { "k\($0): \($0)" }
        let root = try loadRoot(lines.joined(separator: "\n"))
        #expect(root.mapping?.keys == (1...20).map { "k\($0)" })
        #expect(root["k17"]?.scalar == .int(17))
        #expect(root["k3"]?.scalar == .int(3))
        #expect(root["k21"] == nil)

        // Duplicates before and after the mapping grows past the index threshold.
        let duplicated = lines + ["k2: again", "k15: again", "k20: again"]
        let diagnostics = loadDiagnostics(duplicated.joined(separator: "\n"))
        #expect(
            located(diagnostics) == ["yaml-duplicate-key@21:1", "yaml-duplicate-key@22:1", "yaml-duplicate-key@23:1"])
        #expect(
            diagnostics.map(\.message) == [
                "duplicate key 'k2' (first defined on line 2)", "duplicate key 'k15' (first defined on line 15)",
                "duplicate key 'k20' (first defined on line 20)",
            ])
        // A duplicate in the 13th position, where the index is about to be built.
        let thirteenth = (1...12).map { "k\($0): \($0)" } + ["k1: again", "k13: 13"]
        #expect(located(loadDiagnostics(thirteenth.joined(separator: "\n"))) == ["yaml-duplicate-key@13:1"])
    }

    /// Small mappings are scanned by key digest (length and first seven bytes) before the key:
    /// keys that share a digest must still be told apart, and duplicates among them found. Keys
    /// of up to 15 bytes are made directly, longer ones through the scalar table: both kinds.
    @Test func keysSharingADigestStayApart() throws {
        let keys = ["prefix_a", "prefix_b", "атрибут1", "атрибут2", "\"quoted\\tkey1\"", "\"quoted\\tkey2\"", "long_key_one_x", "long_key_one_y", "a_rather_long_key_number_1", "a_rather_long_key_number_2"]
        let root = try loadRoot(keys.enumerated().map { "\($0.element): \($0.offset)" }.joined(separator: "\n"))
        let texts = ["prefix_a", "prefix_b", "атрибут1", "атрибут2", "quoted\tkey1", "quoted\tkey2", "long_key_one_x", "long_key_one_y", "a_rather_long_key_number_1", "a_rather_long_key_number_2"]
        let mapping = try #require(root.mapping)
        for (index, text) in texts.enumerated() {
            #expect(root[text]?.scalar == .int(Int64(index)), "\(text)")
            // A field name (digest computed once, as expressions do) finds the same entry.
            #expect(mapping.index(of: FieldName(text)).map { mapping.entries[$0].value.scalar } == .int(Int64(index)), "\(text)")
            #expect(mapping.contains(FieldName(text)))
            // Any hint, right, wrong (a key sharing the digest), out of range or none, finds it too.
            for hint in [index, index ^ 1, -1, texts.count, Int.max] {
                #expect(mapping.index(of: FieldName(text), hint: hint) == index, "\(text) hinted at \(hint)")
            }
        }
        #expect(mapping.index(of: FieldName("prefix_c"), hint: 0) == nil)
        #expect(root["prefix_c"] == nil)
        #expect(!mapping.contains(FieldName("атрибут3")))
        #expect(KeyDigest("prefix_a") == KeyDigest(String(decoding: Array("prefix_a".utf8), as: UTF8.self)))

        let duplicated = keys.enumerated().map { "\($0.element): \($0.offset)" } + ["атрибут2: again", "prefix_a: again", "a_rather_long_key_number_2: again"]
        #expect(
            located(loadDiagnostics(duplicated.joined(separator: "\n")))
                == ["yaml-duplicate-key@11:1", "yaml-duplicate-key@12:1", "yaml-duplicate-key@13:1"])
    }

    @Test func largeMappingsMergeAndKeepOrder() throws {
        let base = (1...14).map { "  b\($0): \($0)" }.joined(separator: "\n")
        let root = try loadRoot(
            """
            base: &base
            \(base)
            target:
              first: 0
              <<: *base
              b3: own
            """)
        let target = try #require(root["target"]?.mapping)
        #expect(target.keys == ["first"] + (1...14).map { "b\($0)" }.filter { $0 != "b3" } + ["b3"])
        #expect(target["b3"]?.string == "own")
        #expect(target["b14"]?.scalar == .int(14))
    }

    @Test func repeatedTextsLoadTheSame() throws {
        let root = try loadRoot(
            """
            - {name: "ИИН", kind: own, text: "exactly15bytes!", long: "sixteen bytes!!!"}
            - {name: "ИИН", kind: own, text: "exactly15bytes!", long: "sixteen bytes!!!"}
            - {name: "a\\0", kind: "a", text: "", long: "Министерство здравоохранения"}
            - {name: "a\\0b", kind: "a\\0", text: "", long: "Министерство здравоохранения"}
            """)
        let items = try #require(root.sequence)
        for item in items[0...1] {
            #expect(item["name"]?.string == "ИИН")
            #expect(item["kind"]?.string == "own")
            #expect(item["text"]?.string == "exactly15bytes!")
            #expect(item["long"]?.string == "sixteen bytes!!!")
        }
        #expect(items[2]["name"]?.string == "a\u{0}")
        #expect(items[2]["kind"]?.string == "a")
        #expect(items[2]["text"]?.string == "")
        #expect(items[3]["name"]?.string == "a\u{0}b")
        #expect(items[3]["kind"]?.string == "a\u{0}")
        #expect(items[3]["long"]?.string == "Министерство здравоохранения")
    }

    @Test func manyChildrenGrowTheStacks() throws {
        // More children than the builder's child stacks start with (deep nesting, which grows
        // the stack of open collections, is covered by the guard tests).
        let count = 300
        let text = (0..<count).map { "- [t\($0), t\($0)]" }.joined(separator: "\n")
        let items = try #require(try loadRoot(text).sequence)
        #expect(items.count == count)
        for (number, item) in items.enumerated() {
            #expect(item.sequence?.map(\.string) == ["t\(number)", "t\(number)"])
        }
    }

    @Test func escapedAndNonASCIITextsAreTheSameStrings() throws {
        let root = try loadRoot(
            #"""
            - "\u00e9t\u00E9"
            - "\x41\x42"
            - "\U0001F600 smile"
            - "tab\there"
            - "Министерство здравоохранения Республики Казахстан"
            - 'ИС «Скрининг»'
            - plain ascii text that is longer than fifteen bytes
            """#)
        let texts = try #require(root.sequence).map(\.string)
        let expected = [
            "\u{E9}t\u{E9}", "AB", "\u{1F600} smile", "tab\there", "Министерство здравоохранения Республики Казахстан",
            "ИС «Скрининг»", "plain ascii text that is longer than fifteen bytes",
        ]
        #expect(texts == expected)
        for (text, wanted) in zip(texts, expected) {
            #expect(text?.count == wanted.count)
            #expect(text?.utf8.count == wanted.utf8.count)
            #expect(text?.hashValue == wanted.hashValue)
        }
    }

    @Test func escapesOfInvalidCharactersAreSyntaxErrors() {
        // libyaml refuses them, so no scalar value can hold invalid UTF-8.
        for text in [#"a: "\ud800""#, #"a: "\uDFFF""#, #"a: "\U00110000""#] {
            #expect(loadDiagnostics(text).map(\.code) == ["yaml-syntax"])
        }
    }
}
