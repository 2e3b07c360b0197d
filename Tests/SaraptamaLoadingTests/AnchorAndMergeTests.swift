import Testing

@testable import SaraptamaLoading

@Suite struct AnchorAndMergeTests {
    @Test func aliasesCopyTheAnchoredNode() throws {
        let root = try loadRoot(
            """
            base: &b
              x: 1
              y: [a, b]
            ref: *b
            list: [&n 5, *n, *n]
            """)
        let ref = try #require(root["ref"])
        #expect(ref.mapping?.keys == ["x", "y"])
        #expect(ref["y"]?.sequence?.count == 2)
        // A copy keeps the positions of the anchored text.
        #expect(ref.mark == root["base"]?.mark)
        #expect(ref.mark.description == "2:3")
        #expect(root["list"]?.sequence?.map(\.scalar) == [.int(5), .int(5), .int(5)])
    }

    @Test func aBlockCollectionEndingWithAnAliasEndsAtTheAlias() throws {
        let root = try loadRoot("base: &b {x: 1}\nderived:\n  k: *b\n")
        #expect(root["derived"]?.mark.description == "3:3")
        #expect(root["derived"]?.end.description == "3:8")
        #expect(root.end.description == "3:8")
    }

    @Test func aLaterAnchorWithTheSameNameReplacesTheEarlierOne() throws {
        let root = try loadRoot("a: &x 1\nb: *x\nc: &x two\nd: *x\n")
        #expect(root["b"]?.scalar == .int(1))
        #expect(root["d"]?.scalar == .string("two"))
    }

    @Test func anAliasOfAScalarCanBeAKey() throws {
        let root = try loadRoot("k: &k name\n*k : value\n")
        #expect(root.mapping?.keys == ["k", "name"])
        #expect(root["name"]?.string == "value")
    }

    @Test func undefinedAliasesAreAllReported() {
        let diagnostics = loadDiagnostics("a: *nope\nb: [1, *other]\nc: &late 3\n")
        #expect(located(diagnostics) == ["yaml-undefined-alias@1:4", "yaml-undefined-alias@2:8"])
        #expect(diagnostics[0].message == "alias '*nope' refers to no anchor defined before it")
    }

    @Test func anAnchorIsNotVisibleInsideItsOwnNode() {
        #expect(located(loadDiagnostics("a: &self [1, *self]\n")) == ["yaml-undefined-alias@1:14"])
    }

    @Test func anchorsAreScopedToTheirDocument() throws {
        #expect(throws: DiagnosticError.self) {
            try YAMLLoader.loadAll(bytes: Array("a: &x 1\n---\nb: *x\n".utf8), path: testPath)
        }
    }

    static let mergeDocument = """
        defaults: &d
          a: 1
          b: 2
          c: 3
        extra: &e
          c: 30
          d: 40
        item:
          b: 20
          <<: [*d, *e]
          e: 5
        later:
          <<: *d
          a: 100
        inline:
          <<: {x: 1, y: 2}
          y: 3
        """

    @Test func mergeKeysMergeEntries() throws {
        let root = try loadRoot(Self.mergeDocument)
        let item = try #require(root["item"]?.mapping)
        // Merged keys appear where `<<` is written; explicit keys win wherever they are written;
        // the earlier merge source wins over the later one.
        #expect(item.keys == ["b", "a", "c", "d", "e"])
        #expect(item["b"]?.scalar == .int(20))
        #expect(item["a"]?.scalar == .int(1))
        #expect(item["c"]?.scalar == .int(3))
        #expect(item["d"]?.scalar == .int(40))
        #expect(item["e"]?.scalar == .int(5))
        // Merged entries keep the position of the text they came from.
        #expect(item.entry("a")?.keyMark.description == "2:3")

        let later = try #require(root["later"]?.mapping)
        #expect(later.keys == ["b", "c", "a"])
        #expect(later["a"]?.scalar == .int(100))

        let inline = try #require(root["inline"]?.mapping)
        #expect(inline.keys == ["x", "y"])
        #expect(inline["y"]?.scalar == .int(3))
    }

    @Test func mergeInAFlowMapping() throws {
        let root = try loadRoot("d: &d {a: 1}\nm: {<<: *d, b: 2}\n")
        #expect(root["m"]?.mapping?.keys == ["a", "b"])
    }

    @Test func aQuotedLessLessIsAnOrdinaryKey() throws {
        let root = try loadRoot("d: &d {a: 1}\nm:\n  \"<<\": *d\n")
        #expect(root["m"]?.mapping?.keys == ["<<"])
    }

    @Test func mergedKeysAreNeverDuplicates() throws {
        let root = try loadRoot("d: &d {a: 1, b: 2}\ne: &e {a: 3}\nm:\n  a: 0\n  <<: *d\n  <<: *e\n")
        #expect(root["m"]?.mapping?.keys == ["a", "b"])
        #expect(root["m"]?["a"]?.scalar == .int(0))
    }

    @Test func invalidMergeValuesAreRejected() {
        let diagnostics = loadDiagnostics(
            "d: &d {a: 1}\nm1:\n  <<: 5\nm2:\n  <<: [*d, x, [1]]\nm3:\n  <<: [a]\n")
        #expect(located(diagnostics) == [
            "yaml-invalid-merge@3:7", "yaml-invalid-merge@5:12", "yaml-invalid-merge@5:15",
            "yaml-invalid-merge@7:8",
        ])
        #expect(diagnostics[0].message == "the value of '<<' must be a mapping or a list of mappings (found: int)")
        #expect(diagnostics[1].message == "a '<<' list may hold only mappings (found: string)")
    }

    @Test func anUndefinedAliasAsMergeValueIsReportedOnce() {
        #expect(located(loadDiagnostics("m:\n  <<: *missing\n")) == ["yaml-undefined-alias@2:7"])
    }
}
