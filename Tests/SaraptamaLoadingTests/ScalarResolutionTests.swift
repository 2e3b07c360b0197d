import Testing

@testable import SaraptamaLoading

/// One plain scalar and the value the YAML 1.2 core schema gives it.
struct ScalarCase: Sendable, CustomTestStringConvertible {
    let text: String
    let expected: Scalar
    init(_ text: String, _ expected: Scalar) {
        self.text = text
        self.expected = expected
    }
    var testDescription: String { "'\(text)'" }
}

@Suite struct ScalarResolutionTests {
    static let coreSchema: [ScalarCase] = [
        // null
        .init("~", .null), .init("null", .null), .init("Null", .null), .init("NULL", .null),
        .init("", .null), .init("nULL", .string("nULL")), .init("nullx", .string("nullx")),
        .init("~x", .string("~x")),
        // bool (1.1 forms like yes/no/on are plain strings in 1.2)
        .init("true", .bool(true)), .init("True", .bool(true)), .init("TRUE", .bool(true)),
        .init("false", .bool(false)), .init("False", .bool(false)), .init("FALSE", .bool(false)),
        .init("tRUE", .string("tRUE")), .init("yes", .string("yes")), .init("no", .string("no")),
        .init("on", .string("on")), .init("y", .string("y")),
        // int
        .init("0", .int(0)), .init("42", .int(42)), .init("+12", .int(12)), .init("-12", .int(-12)),
        .init("007", .int(7)), .init("0o17", .int(15)), .init("0x1F", .int(31)), .init("0xff", .int(255)),
        .init("9223372036854775807", .int(.max)), .init("-9223372036854775808", .int(.min)),
        .init("0x7FFFFFFFFFFFFFFF", .int(.max)),
        .init("0o8", .string("0o8")), .init("0x", .string("0x")), .init("0xG1", .string("0xG1")),
        .init("0b101", .string("0b101")), .init("1_000", .string("1_000")),
        .init("-0x1", .string("-0x1")), .init("0O17", .string("0O17")), .init("0X1F", .string("0X1F")),
        // float
        .init("1.5", .double(1.5)), .init("-1.5", .double(-1.5)), .init("+.5", .double(0.5)),
        .init(".5", .double(0.5)), .init("1.", .double(1)), .init("0.", .double(0)),
        .init("1e3", .double(1000)), .init("1.5E-2", .double(0.015)), .init("-2.5e+3", .double(-2500)),
        .init("1.e2", .double(100)), .init("1e400", .double(.infinity)),
        .init(".inf", .double(.infinity)), .init("-.Inf", .double(-.infinity)),
        .init("+.INF", .double(.infinity)), .init(".nan", .double(.nan)), .init(".NaN", .double(.nan)),
        .init(".NAN", .double(.nan)),
        .init("-.nan", .string("-.nan")), .init(".iNf", .string(".iNf")), .init(".", .string(".")),
        .init("+", .string("+")), .init("-a", .string("-a")), .init("1e", .string("1e")),
        .init("e5", .string("e5")), .init(".e5", .string(".e5")), .init("1.2.3", .string("1.2.3")),
        .init("1e+", .string("1e+")), .init("+-1", .string("+-1")),
        // strings, including things other schemas would resolve
        .init("2024-03-15", .string("2024-03-15")), .init("12:30", .string("12:30")),
        .init("1,000", .string("1,000")), .init("hello world", .string("hello world")),
        .init("Ёлка", .string("Ёлка")),
    ]

    @Test(arguments: coreSchema)
    func plainScalarsFollowTheCoreSchema(_ testCase: ScalarCase) throws {
        let root = try loadRoot("v: \(testCase.text)\n")
        let value = try #require(root["v"])
        #expect(sameScalar(value.scalar, testCase.expected))
        #expect(value.content.style == .plain)
    }

    @Test(arguments: ["'true'", "\"123\"", "\"null\"", "''", "\"\"", "'0x1F'", "\".inf\"", "'~'"])
    func quotedScalarsStayStrings(_ text: String) throws {
        let root = try loadRoot("v: \(text)\n")
        let unquoted = String(text.dropFirst().dropLast())
        #expect(root["v"]?.scalar == .string(unquoted))
    }

    @Test func blockScalarsAreStrings() throws {
        let root = try loadRoot("lit: |\n  12\n  true\nfold: >\n  a\n  b\nstrip: |-\n  null\n")
        #expect(root["lit"]?.scalar == .string("12\ntrue\n"))
        #expect(root["lit"]?.content.style == .literal)
        #expect(root["fold"]?.scalar == .string("a b\n"))
        #expect(root["fold"]?.content.style == .folded)
        #expect(root["strip"]?.scalar == .string("null"))
    }

    @Test func singleAndDoubleQuotedStyles() throws {
        let root = try loadRoot("a: 'it''s'\nb: \"tab\\there\"\n")
        #expect(root["a"]?.scalar == .string("it's"))
        #expect(root["a"]?.content.style == .singleQuoted)
        #expect(root["b"]?.scalar == .string("tab\there"))
        #expect(root["b"]?.content.style == .doubleQuoted)
    }

    @Test func intOverflowIsAnError() {
        let diagnostics = loadDiagnostics(
            "a: 9223372036854775808\nb: -9223372036854775809\nc: 0x8000000000000000\nd: 0o7777777777777777777777\n")
        #expect(located(diagnostics) == [
            "yaml-int-overflow@1:4", "yaml-int-overflow@2:4", "yaml-int-overflow@3:4",
            "yaml-int-overflow@4:4",
        ])
        #expect(diagnostics.first?.message == "integer '9223372036854775808' does not fit in 64 bits")
    }

    @Test func hugeNumbersAreFineAsKeys() throws {
        let root = try loadRoot("12345678901234567890123: account\n")
        #expect(root.mapping?.keys == ["12345678901234567890123"])
    }

    @Test func explicitTagsAreHonoured() throws {
        let root = try loadRoot(
            """
            str: !!str 123
            int: !!int "42"
            float: !!float 1
            float2: !!float "2.5"
            bool: !!bool "true"
            null1: !!null ""
            null2: !!null ~
            map: !!map {a: 1}
            seq: !!seq [1]
            verbatim: !<tag:yaml.org,2002:int> "7"
            full: !<tag:yaml.org,2002:str> 8
            nonSpecific: ! 12
            tagged: !!str
              multi word
            """)
        #expect(root["str"]?.scalar == .string("123"))
        #expect(root["int"]?.scalar == .int(42))
        #expect(root["int"]?.content.style == .doubleQuoted)
        #expect(root["float"]?.scalar == .double(1))
        #expect(root["float2"]?.scalar == .double(2.5))
        #expect(root["bool"]?.scalar == .bool(true))
        #expect(root["null1"]?.scalar == .null)
        #expect(root["null2"]?.scalar == .null)
        #expect(root["map"]?.mapping?["a"]?.scalar == .int(1))
        #expect(root["seq"]?.sequence?.count == 1)
        #expect(root["verbatim"]?.scalar == .int(7))
        #expect(root["full"]?.scalar == .string("8"))
        #expect(root["nonSpecific"]?.scalar == .string("12"))
        #expect(root["tagged"]?.scalar == .string("multi word"))
    }

    @Test func valuesThatDoNotFitTheirTagAreRejected() {
        let diagnostics = loadDiagnostics(
            """
            a: !!int abc
            b: !!bool yes
            c: !!null 0
            d: !!float 0x10
            e: !!map [1]
            f: !!str {k: v}
            g: !!seq x
            h: !!int 99999999999999999999
            """)
        #expect(located(diagnostics) == [
            "yaml-bad-tagged-value@1:10", "yaml-bad-tagged-value@2:11", "yaml-bad-tagged-value@3:11",
            "yaml-bad-tagged-value@4:12", "yaml-bad-tagged-value@5:4", "yaml-bad-tagged-value@6:4",
            "yaml-bad-tagged-value@7:10", "yaml-int-overflow@8:10",
        ])
        #expect(diagnostics[0].message == "'abc' is not a valid !!int")
        #expect(diagnostics[4].message == "a sequence cannot have tag !!map")
        #expect(diagnostics[6].message == "a scalar cannot have tag !!seq")
    }

    @Test func unknownTagsAreRejectedAtTheTag() {
        let diagnostics = loadDiagnostics(
            "a: !custom x\nb: &anchor !local [1]\nc: !!timestamp 2024-01-01\nd: !<tag:example.com,2024:x> {}\n")
        #expect(located(diagnostics) == [
            "yaml-unknown-tag@1:4", "yaml-unknown-tag@2:12", "yaml-unknown-tag@3:4", "yaml-unknown-tag@4:4",
        ])
        #expect(diagnostics[0].message
            == "unknown tag '!custom'; only !!str, !!int, !!float, !!bool, !!null, !!map and !!seq are supported")
        #expect(diagnostics[2].message.hasPrefix("unknown tag '!!timestamp'"))
        #expect(diagnostics[3].message.hasPrefix("unknown tag 'tag:example.com,2024:x'"))
    }
}
