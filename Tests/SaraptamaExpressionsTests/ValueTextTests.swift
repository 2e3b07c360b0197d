import Testing

@testable import SaraptamaExpressions

@Suite("Value text and type names")
struct ValueTextTests {
    @Test("jsonText", arguments: [
        (Value.null, "null"),
        (.bool(true), "true"),
        (.int(-42), "-42"),
        (.int(Int64.min), "-9223372036854775808"),
        (.double(1.5), "1.5"),
        (.double(2), "2.0"),
        (.double(1e21), "1e+21"),
        (.double(.nan), "\"NaN\""),
        (.double(.infinity), "\"Infinity\""),
        (.double(-.infinity), "\"-Infinity\""),
        (.string("Қазақ \"q\" \\ \n\t\u{01}"), "\"Қазақ \\\"q\\\" \\\\ \\n\\t\\u0001\""),
        // Control characters, U+2028/U+2029 (line breaks to JavaScript) and a neighbour of theirs.
        (.string("a\u{1F}\r\u{08}\u{0C}b\u{2028}c\u{2029}€\u{2027}"), "\"a\\u001f\\r\\b\\fb\\u2028c\\u2029€\u{2027}\""),
        (.date(19782), "\"2024-02-29\""),
        (.date(-719_162), "\"0001-01-01\""),
        (.list([.int(1), .string("a"), .list([])]), "[1,\"a\",[]]"),
        (.map(ValueMap([("b", .int(1)), ("a", .null)])), "{\"b\":1,\"a\":null}"),
        (.map(ValueMap()), "{}"),
    ])
    func json(value: Value, expected: String) {
        #expect(value.jsonText == expected)
    }

    @Test("jsonText renders nodes recursively, in mapping order")
    func jsonNodes() {
        let node: Y = ["z": 1, "a": [true, nil, 2.5, "x"], "m": ["k": "v"]]
        #expect(node.value.jsonText == "{\"z\":1,\"a\":[true,null,2.5,\"x\"],\"m\":{\"k\":\"v\"}}")
        #expect(document.jsonText.hasPrefix("{\"title\":\"Портал «Электронное правительство»\",\"version\":3,"))
    }

    @Test("displayText", arguments: [
        (Value.null, "null"),
        (.bool(false), "false"),
        (.int(7), "7"),
        (.double(0.25), "0.25"),
        (.double(.nan), "NaN"),
        (.string("raw \"text\""), "raw \"text\""),
        (.date(0), "1970-01-01"),
        (.list([.string("a"), .int(2), .date(0)]), "a, 2, 1970-01-01"),
        (.list([]), ""),
        (.map(ValueMap([("k", .string("v"))])), "{\"k\":\"v\"}"),
        (Y.sequence(["x", "y"]).value, "x, y"),
        (Y.mapping([("k", 1)]).value, "{\"k\":1}"),
    ])
    func display(value: Value, expected: String) {
        #expect(value.displayText == expected)
    }

    @Test("typeName", arguments: [
        (Value.null, "null"), (.bool(true), "bool"), (.int(1), "int"), (.double(1), "double"),
        (.string(""), "string"), (.date(0), "date"), (.list([]), "list"), (.map(ValueMap()), "map"),
        (Y.sequence([]).value, "list"), (Y.mapping([]).value, "map"),
    ])
    func typeName(value: Value, expected: String) {
        #expect(value.typeName == expected)
    }

    @Test("Value == is structural: int and double differ, nodes equal their content")
    func structuralEquality() {
        #expect(Value.int(1) != .double(1))
        #expect(Value.list([.int(1)]) != .list([.double(1)]))
        #expect(Y.sequence(["a", 1]).value == .list([.string("a"), .int(1)]))
        #expect(Y.mapping([("k", "v")]).value == .map(ValueMap([("k", .string("v"))])))
        #expect(Value.date(1) != .int(1))
    }

    @Test("dates format with zero padding and survive absurd day numbers")
    func dateFormatting() {
        #expect(CivilDate.format(CivilDate.days(year: 5, month: 3, day: 7)) == "0005-03-07")
        #expect(CivilDate.format(Int64.max) == "invalid-date(9223372036854775807)")
        #expect(Value.date(Int64.min).displayText.hasPrefix("invalid-date"))
        for days: Int64 in [-800_000, -1, 0, 59, 60, 11_016, 19_782, 2_932_896] {
            let components = CivilDate.components(days)!
            #expect(CivilDate.days(year: components.year, month: components.month, day: components.day) == days)
        }
    }
}
