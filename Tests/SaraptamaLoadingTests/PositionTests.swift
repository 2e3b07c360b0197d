import Testing

@testable import SaraptamaLoading

@Suite struct PositionTests {
    /// Cyrillic letters are two UTF-8 bytes each; columns and offsets must count characters.
    let document = """
        название: Проверка
        разделы:
          - имя: "Введение"
            страницы: 3
          - имя: Итог
        """

    @Test func keysAndValuesHaveCharacterPositions() throws {
        let root = try loadRoot(document)
        let mapping = try #require(root.mapping)
        #expect(root.mark == Mark(line: 1, column: 1, offset: 0))

        let title = try #require(mapping.entry("название"))
        #expect(title.keyMark == Mark(line: 1, column: 1, offset: 0))
        #expect(title.value.mark == Mark(line: 1, column: 11, offset: 10))
        #expect(title.value.end == Mark(line: 1, column: 19, offset: 18))
        #expect(title.value.string == "Проверка")

        let sections = try #require(mapping.entry("разделы"))
        #expect(sections.keyMark.description == "2:1")
        #expect(sections.value.mark.description == "3:3")

        let first = try #require(sections.value[0])
        #expect(first.mark.description == "3:5")
        let name = try #require(first.mapping?.entry("имя"))
        #expect(name.keyMark.description == "3:5")
        #expect(name.value.mark.description == "3:10")
        #expect(name.value.content.style == .doubleQuoted)
        let pages = try #require(first.mapping?.entry("страницы"))
        #expect(pages.keyMark.description == "4:5")
        #expect(pages.value.mark == Mark(line: 4, column: 15, offset: 62))
        #expect(pages.value.scalar == .int(3))

        let second = try #require(sections.value[1])
        #expect(second.mapping?.entry("имя")?.value.mark.description == "5:10")
    }

    @Test func keyOrderIsKept() throws {
        let root = try loadRoot("zeta: 1\nalpha: 2\nmid: 3\n1: x\ntrue: y\n~: z\n")
        #expect(root.mapping?.keys == ["zeta", "alpha", "mid", "1", "true", "~"])
    }

    @Test func scalarKeysAreStoredByTheirSourceText() throws {
        let root = try loadRoot("0x1F: a\n\"quoted\": b\n? \n: c\n1.50: d\n")
        #expect(root.mapping?.keys == ["0x1F", "quoted", "", "1.50"])
    }

    @Test func endMarks() throws {
        let root = try loadRoot("list: [1, 22]\nblock:\n  a: 1\n  b: xyz\n\n# trailing comment\n")
        #expect(root["list"]?.end.description == "1:14")
        // A block collection ends with its last child, not at the next token.
        #expect(root["block"]?.mark.description == "3:3")
        #expect(root["block"]?.end.description == "4:9")
        #expect(root.end.description == "4:9")
    }

    @Test func propertiesAreNotPartOfTheContentMark() throws {
        // Positions inside strings are mapped from the node's mark, so it must be the quote,
        // not the anchor or tag before it.
        let root = try loadRoot("a: &x \"quoted\"\nb: !!str\n  plain\nc: &m\n  k: 1\nd: !!seq &s [1]\n")
        #expect(root["a"]?.mark.description == "1:7")
        #expect(root["b"]?.mark.description == "3:3")
        #expect(root["c"]?.mark.description == "5:3")
        #expect(root["d"]?.mark.description == "6:13")
    }

    @Test func blockScalarStartsAtItsIndicator() throws {
        let root = try loadRoot("rule: |\n  size(x) > 1\n")
        #expect(root["rule"]?.mark.description == "1:7")
        #expect(root["rule"]?.content.style == .literal)
    }

    @Test func crlfLineEndings() throws {
        let root = try loadRoot("a: 1\r\nb:\r\n  c: x\r\nt: |\r\n  one\r\n  two\r\n")
        #expect(root["a"]?.scalar == .int(1))
        let b = try #require(root["b"]?.mapping)
        #expect(b.entry("c")?.keyMark == Mark(line: 3, column: 3, offset: 12))
        #expect(b["c"]?.mark.description == "3:6")
        // libyaml normalises line breaks inside scalars to LF.
        #expect(root["t"]?.string == "one\ntwo\n")
        #expect(root.mapping?.entry("t")?.keyMark.description == "4:1")
    }

    @Test func byteOrderMarkIsSkippedAndNotCounted() throws {
        let document = try YAMLLoader.load(bytes: [0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8), path: testPath)
        #expect(document.root.mapping?.entry("a")?.keyMark == Mark(line: 1, column: 1, offset: 0))
        #expect(document.source.line(1) == "a: 1")
    }
}

extension Node.Content {
    /// The style of a scalar node, for tests.
    var style: ScalarStyle? {
        if case .scalar(_, let style) = self { return style }
        return nil
    }
}
