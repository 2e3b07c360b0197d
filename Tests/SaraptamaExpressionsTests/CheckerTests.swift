import Testing

@testable import SaraptamaExpressions

@Suite("Checker")
struct CheckerTests {
    @Test("each issue code, at the exact offset", arguments: [
        ("size(doc.x) > sizee(1)", "expr-unknown-function", 14),
        ("doc.x + unknownVar", "expr-unknown-identifier", 8),
        ("[1].all(v, true) && v", "expr-unknown-identifier", 20),
        ("size(1, 2)", "expr-arity", 0),
        ("'a'.contains()", "expr-arity", 4),
        ("doc.title.size(1)", "expr-arity", 10),
        ("[1].all(v)", "expr-arity", 4),
        ("doc.l.map(a, b, c, d)", "expr-arity", 6),
        ("has(doc.a, doc.b)", "expr-arity", 0),
        ("contains('a', 'b')", "expr-unknown-function", 0),
        ("doc.sum()", "expr-unknown-function", 4),
        ("all(doc, v, true)", "expr-unknown-function", 0),
        ("'a'.matches('[')", "expr-bad-regex", 12),
        ("doc.code.matches('(?<x')", "expr-bad-regex", 17),
        ("1 + 'a'", "expr-type", 2),
        ("1 + 1.0", "expr-type", 2),
        ("2.5 % 2.0", "expr-type", 4),
        ("'a' - 'b'", "expr-type", 4),
        ("[1] * 2", "expr-type", 4),
        ("true + doc", "expr-type", 5),
        ("!5", "expr-type", 0),
        ("-'a'", "expr-type", 0),
        ("size(true)", "expr-type", 5),
        ("'a'.startsWith(1)", "expr-type", 15),
        ("(1).contains('a')", "expr-type", 1),
        ("'a' < 1", "expr-type", 4),
        ("[1] < [2]", "expr-type", 4),
        ("1 && true", "expr-type", 0),
        ("true || 'x'", "expr-type", 8),
        ("1 ? 2 : 3", "expr-type", 0),
        ("5 in 3", "expr-type", 2),
        ("[1].all(v, 1)", "expr-type", 11),
        ("[1].filter(v, 'yes')", "expr-type", 14),
        ("[1].map(v, 2, v)", "expr-type", 11),
        ("(5).all(v, true)", "expr-type", 1),
        ("'text'.x", "expr-type", 7),
        ("has((1).x)", "expr-type", 5),
        ("'a'[0]", "expr-type", 3),
        ("[1]['a']", "expr-type", 4),
        ("{'a': 1}[[1]]", "expr-type", 9),
        ("date(5)", "expr-type", 5),
        ("add_days('2024-01-01', 'x')", "expr-type", 23),
        ("sum('abc')", "expr-type", 4),
        ("lookup('services', true)", "expr-type", 19),
        ("lookup('nope', doc.x)", "expr-unknown-catalogue", 7),
        ("lookup_all('nope', 'k')", "expr-unknown-catalogue", 11),
        ("arch_lookup('nope', 'k')", "expr-unknown-index", 12),
        ("arch_lookup_all('services', 'k')", "expr-unknown-index", 16),
        ("{1.5: 'a'}", "expr-map-key-type", 1),
        ("{'a': 1, null: 2}", "expr-map-key-type", 9),
    ])
    func issueCodes(source: String, code: String, offset: Int) {
        #expect(run(source) == .issues([issue(code, offset)]), "\(source)")
    }

    @Test("valid expressions produce no issue", arguments: [
        "doc.title == 'x' && size(doc.sections) >= 9",
        "x + y",  // dyn operands: checked at run time
        "x + 1",
        "1 < 1.5",
        "1 == 'a'",  // equality across types is false, not an error
        "doc.sections.all(s, has(s.title))",
        "[1, 2].map(doc, doc * 2)",  // an iteration variable may shadow a variable
        "lookup('services', doc.name) != null",
        "lookup(doc.catalogue, 'k')",  // a dynamic catalogue name is checked at run time
        "arch_lookup('systems', null)",
        "doc.code.matches(doc.pattern)",
        "'a'.matches('^[a-z]+$')",
        "sum([1, 2.5]) > 3",
        "sum(doc.values) + 1",
        "contains_any(doc.title, ['a', 'b'])",
        "{doc.key: 1}",
        "x ? 1 : 'a'",
        "int(doc.n) + 1",
        "size(doc) == size('a')",
        "date(doc.date) < date('2024-01-01')",
        "doc.title.size()",
    ])
    func valid(source: String) {
        #expect(compileIssues(source).isEmpty, "\(source): \(compileIssues(source))")
    }

    @Test("all checker issues are collected, sorted by offset")
    func collectsAll() {
        let source =
            "sizee(1) + unknown == 1 && 'a'.matches('(') && lookup('nope', 1) == null && {[2]: 3}.size() > 0"
        let issues = compileIssues(source)
        #expect(issues.map(\.code) == [
            "expr-unknown-function", "expr-unknown-identifier", "expr-bad-regex",
            "expr-unknown-catalogue", "expr-map-key-type",
        ])
        #expect(issues.map(\.offset) == [0, 11, 39, 54, 77])
    }

    @Test("messages name what was expected and found")
    func messages() {
        func message(_ source: String) -> String { compileIssues(source).first?.message ?? "" }
        #expect(message("1 + 'a'") == "no matching overload for '+' applied to (int, string)")
        #expect(message("sizee(1)") == "unknown function 'sizee' (did you mean 'size'?)")
        #expect(message("docc.x") == "unknown identifier 'docc' (did you mean 'doc'?)")
        #expect(message("size(1, 2)") == "'size' expects 1 argument, got 2: size(string|list|map) -> int")
        #expect(message("days_between('2024-01-01')")
            == "'days_between' expects 2 arguments, got 1: days_between(date|string, date|string) -> int")
        #expect(message("[1].map(v)") == "'map' expects 2 or 3 arguments, got 1: e.map(x, [filter,] transform) -> list")
        #expect(message("contains('a', 'b')") == "'contains' must be called as string.contains(string) -> bool")
        #expect(message("size(true)") == "argument 1 of 'size' must be string|list|map, found bool")
        #expect(message("(1).contains('a')") == "the receiver of 'contains' must be string, found int")
        #expect(message("lookup('servces', 'k')") == "unknown catalogue 'servces' (did you mean 'services'?)")
        #expect(message("arch_lookup('x', 'k')") == "unknown architecture index 'x'")
        #expect(message("{1.5: 2}") == "map keys must be strings, ints or bools, found double")
        #expect(message("1 && true") == "an operand of '&&' must be bool, found int")
        #expect(message("'a'.matches('[')").hasPrefix("invalid regular expression '['"))
    }

    @Test("static inference narrows through operators and functions", arguments: [
        ("size(doc) + 'a'", 10),  // size() is an int
        ("(x + 1) + 'a'", 8),  // int + dyn can only be an int
        ("(1 < x) + 1", 8),  // a comparison is a bool
        ("int(x) + 1.5", 7),
        ("string(x) - 'a'", 10),
        ("(x ? 1 : 2) + 'a'", 12),  // both branches are ints
        ("[1].map(v, v) + 1", 14),  // map() gives a list
        ("norm(x) * 2", 8),
    ])
    func inference(source: String, offset: Int) {
        #expect(run(source) == .issues([issue("expr-type", offset)]), "\(source)")
    }

    @Test("every declared function has an implementation, and only those")
    func signaturesMatchImplementations() {
        let declared = Set(FunctionSignatures.all.map(\.name))
        #expect(declared == Set(BuiltinFunctions.implementations.keys))
        #expect(declared.isDisjoint(with: FunctionSignatures.macros.map(\.name)))
    }

    @Test("catalogue and index names come from the environment")
    func catalogueNames() {
        let custom = ExpressionEnvironment(variables: [], catalogues: ["ГосУслуги"], architectureIndexes: [])
        #expect(compileIssues("lookup('ГосУслуги', 'x')", in: custom).isEmpty)
        #expect(compileIssues("lookup('services', 'x')", in: custom).map(\.code) == ["expr-unknown-catalogue"])
    }
}
