import Testing

@testable import SaraptamaLoading

/// The full text the command line prints for load errors: header, quoted line, caret.
@Suite struct RenderingTests {
    @Test func duplicateKey() {
        let text = "name: a\nother: 1\nname: b\n"
        #expect(rendered(bytes: Array(text.utf8)) == """
            t.yaml:3:1: error: yaml-duplicate-key: duplicate key 'name' (first defined on line 1)
                name: b
                ^
            """)
    }

    @Test func unknownTagAfterCyrillicText() {
        let text = "заголовок: !custom значение\n"
        #expect(rendered(bytes: Array(text.utf8)) == """
            t.yaml:1:12: error: yaml-unknown-tag: unknown tag '!custom'; only !!str, !!int, !!float, !!bool, !!null, !!map and !!seq are supported
                заголовок: !custom значение
                           ^
            """)
    }

    @Test func syntaxErrorTogetherWithASemanticError() {
        let text = "a: 1\nb: *missing\nc: d: e\n"
        #expect(rendered(bytes: Array(text.utf8)) == """
            t.yaml:2:4: error: yaml-undefined-alias: alias '*missing' refers to no anchor defined before it
                b: *missing
                   ^
            t.yaml:3:5: error: yaml-syntax: mapping values are not allowed in this context
                c: d: e
                    ^
            """)
    }

    @Test func invalidUTF8IsQuotedFromTheLossySource() {
        let bytes = Array("a: ok\nb: caf".utf8) + [0xE9, 0x0A]
        #expect(rendered(bytes: bytes) == """
            t.yaml:2:7: error: yaml-invalid-utf8: invalid UTF-8: byte 0xE9 at byte offset 12
                b: caf\u{FFFD}
                      ^
            """)
    }

    @Test func tooLargeQuotesTheFirstLine() {
        let text = "key: value\n"
        #expect(rendered(bytes: Array(text.utf8), options: LoadOptions(maxBytes: 4)) == """
            t.yaml:1:1: error: yaml-too-large: the input is 11 bytes, more than the limit of 4 bytes (LoadOptions.maxBytes)
                key: value
                ^
            """)
    }

    @Test func aliasBudget() {
        let text = "a: &a [1, 2, 3]\nb: [*a, *a]\n"
        #expect(rendered(bytes: Array(text.utf8), options: LoadOptions(maxAliasExpansion: 5)) == """
            t.yaml:2:9: error: yaml-alias-budget: alias '*a' would take the nodes materialised through aliases beyond 5 (LoadOptions.maxAliasExpansion)
                b: [*a, *a]
                        ^
            """)
    }
}
