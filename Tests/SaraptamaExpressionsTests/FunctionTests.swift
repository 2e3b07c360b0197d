import Testing

@testable import SaraptamaExpressions

private func strings(_ items: String...) -> Value { .list(items.map(Value.string)) }

@Suite("Evaluator: standard functions")
struct FunctionTests {
    @Test("size counts code points, elements and entries", arguments: [
        ("size('Қазақ')", Int64(5)), ("'abc'.size()", 3), ("size('')", 0),
        ("size('👍🏽')", 2),  // two code points, one grapheme
        ("size('e\\u0301')", 2), ("size([1, 2, [3]])", 3), ("[].size()", 0),
        ("size({'a': 1})", 1), ("{}.size()", 0),
    ])
    func size(source: String, expected: Int64) {
        #expect(run(source) == .value(.int(expected)), "\(source)")
    }

    @Test("size of a non-container is no matching overload")
    func sizeError() throws {
        #expect(run("size(x)", ["x": .int(1)]) == .error("eval-no-matching-overload", 0))
        #expect(run("x.size()", ["x": .bool(true)]) == .error("eval-no-matching-overload", 2))
        let error = try #require(evaluationError("size(x)", ["x": .int(1)]))
        #expect(error.message == "no matching overload for 'size' applied to (int)")
    }

    @Test("string predicates", arguments: [
        ("'hello'.contains('ell')", true), ("'hello'.contains('')", true), ("'hello'.contains('xyz')", false),
        ("'Электронное правительство'.contains('правительство')", true),
        ("'hello'.startsWith('he')", true), ("'hello'.startsWith('lo')", false), ("''.startsWith('')", true),
        ("'hello'.endsWith('lo')", true), ("'hello'.endsWith('hello!')", false),
        ("'Қазақстан'.endsWith('стан')", true),
        ("'e\\u0301'.startsWith('e')", true),  // code points, not graphemes
        ("'ABC-123'.matches('^[A-Z]+-[0-9]+$')", true), ("'abc-123'.matches('^[A-Z]+-[0-9]+$')", false),
        ("'xx42yy'.matches('[0-9]+')", true),  // a match anywhere counts
        ("'Приказ № 15'.matches('№\\\\s*\\\\d+')", true),
        ("'Приказ № 15'.matches(r'№\\s*\\d+')", true),
        ("'Қ'.matches('^.$')", true),
    ])
    func predicates(source: String, expected: Bool) {
        #expect(run(source) == .value(.bool(expected)), "\(source)")
    }

    @Test("matches with a pattern computed at run time")
    func dynamicRegex() {
        let bindings: [String: Value] = ["x": .string("^[0-9]{3}$"), "y": .string("(")]
        #expect(run("'123'.matches(x)", bindings) == .value(.bool(true)))
        #expect(run("['123', '12', '999'].filter(v, v.matches(x))", bindings) == .value(strings("123", "999")))
        #expect(run("'a'.matches(y)", bindings) == .error("eval-invalid-argument", 4))
        #expect(run("x.matches('a')", ["x": .int(1)]) == .error("eval-no-matching-overload", 2))
    }

    @Test("string transformations", arguments: [
        ("'ABC Қазақ'.lowerAscii()", Outcome.value(.string("abc Қазақ"))),
        ("'abc қазақ'.upperAscii()", .value(.string("ABC қазақ"))),
        ("'already'.lowerAscii()", .value(.string("already"))),
        ("'  a b \\n\\t'.trim()", .value(.string("a b"))),
        ("'\\u00a0x\\u2003'.trim()", .value(.string("x"))),
        ("'   '.trim()", .value(.string(""))),
        ("'ГБД ФЛ'.trim()", .value(.string("ГБД ФЛ"))),
        ("'\\u000bx\\u000c\\r'.trim()", .value(.string("x"))),
        ("'\\u0085x\\u3000'.trim()", .value(.string("x"))),
        ("'\\u001cx'.trim()", .value(.string("\u{1c}x"))),
        ("'a,b,,c'.split(',')", .value(strings("a", "b", "", "c"))),
        ("'a, b'.split(', ')", .value(strings("a", "b"))),
        ("'abc'.split('')", .value(strings("a", "b", "c"))),
        ("''.split(',')", .value(strings(""))),
        ("'Алматы—Астана'.split('—')", .value(strings("Алматы", "Астана"))),
        ("',a,'.split(',')", .value(strings("", "a", ""))),
    ])
    func transformations(source: String, expected: Outcome) {
        #expect(run(source) == expected, "\(source)")
    }

    @Test("conversions", arguments: [
        ("int(3.9)", Outcome.value(.int(3))), ("int(-3.9)", .value(.int(-3))),
        ("int('42')", .value(.int(42))), ("int('-7')", .value(.int(-7))), ("int(5)", .value(.int(5))),
        ("int('4x')", .error("eval-invalid-argument", 0)), ("int('')", .error("eval-invalid-argument", 0)),
        ("int(1e19)", .error("eval-overflow", 0)), ("int(-1e19)", .error("eval-overflow", 0)),
        ("int(x)", .error("eval-overflow", 0)),
        ("double(3)", .value(.double(3))), ("double('2.5')", .value(.double(2.5))),
        ("double('1e3')", .value(.double(1000))), ("double(1.5)", .value(.double(1.5))),
        ("double('x')", .error("eval-invalid-argument", 0)),
        ("string(42)", .value(.string("42"))), ("string(1.5)", .value(.string("1.5"))),
        ("string(true)", .value(.string("true"))), ("string('s')", .value(.string("s"))),
        ("string(date('2024-03-01'))", .value(.string("2024-03-01"))),
        ("string(y)", .error("eval-no-matching-overload", 0)),
        ("int(y)", .error("eval-no-matching-overload", 0)),
        ("double(int('12')) / 5.0", .value(.double(2.4))),
    ])
    func conversions(source: String, expected: Outcome) {
        #expect(run(source, ["x": .double(.nan), "y": .list([])]) == expected, "\(source)")
    }

    @Test("sum: ints to int, any double to double, other elements are errors", arguments: [
        ("sum([1, 2, 3])", Outcome.value(.int(6))),
        ("sum([1, 2.5])", .value(.double(3.5))),
        ("sum([0.5, 0.25])", .value(.double(0.75))),
        ("sum([])", .value(.int(0))),
        ("sum([1, 'a'])", .error("eval-no-matching-overload", 0)),
        ("sum([1, null])", .error("eval-no-matching-overload", 0)),
        ("sum([9223372036854775807, 1])", .error("eval-overflow", 0)),
        ("sum([9223372036854775807, 1, 0.5])", .value(.double(9.223372036854775808e18))),
        ("sum(x)", .error("eval-no-matching-overload", 0)),
    ])
    func sum(source: String, expected: Outcome) {
        #expect(run(source, ["x": .string("1, 2")]) == expected, "\(source)")
    }

    @Test("keys lists map keys in order")
    func keys() {
        #expect(run("keys({'b': 1, 'a': 2})") == .value(strings("b", "a")))
        #expect(run("keys({})") == .value(.list([])))
        #expect(run("keys(x)", ["x": .list([])]) == .error("eval-no-matching-overload", 0))
    }

    /// `trim` answers White_Space from a fixed list; it must agree with Unicode's property for
    /// every scalar, so a new Unicode version that changed the property would fail here.
    @Test func trimsWhitespaceListIsUnicodes() {
        var disagreements: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if StringFunctions.isWhitespace(scalar) != scalar.properties.isWhitespace { disagreements.append(value) }
        }
        #expect(disagreements.isEmpty)
        #expect(run("'\\u3000ГБД ФЛ\\u0085'.trim()") == .value(.string("ГБД ФЛ")))
    }
}
