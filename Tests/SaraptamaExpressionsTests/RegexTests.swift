import Testing

@testable import SaraptamaExpressions

/// `matches`: RE2 syntax, run by PCRE2 under a match limit (RegexSupport.swift, RE2Dialect.swift).
@Suite("Regular expressions")
struct RegexTests {
    @Test("RE2 semantics", arguments: [
        ("''.matches('')", true),
        ("'abc'.matches('')", true),
        ("'a\\n'.matches('a$')", false),  // `$` is the very end, as in RE2 (not before a final newline)
        ("'a\\nb'.matches('(?m)a$')", true),
        ("'ПРИКАЗ'.matches('(?i)приказ')", true),  // case folding across Unicode
        ("'١٢٣'.matches('^\\\\d+$')", false),  // \\d is ASCII, as in RE2
        ("'Алматы'.matches('^\\\\pL+$')", true),
        ("'x-1'.matches('^(?P<k>[a-z])-\\\\d$')", true),
        ("'aaa'.matches('^a{2,3}$')", true),
        ("'a.b'.matches('\\\\Qa.b\\\\E')", true),
    ])
    func semantics(source: String, expected: Bool) {
        #expect(run(source) == .value(.bool(expected)), "\(source)")
    }

    @Test("constructs RE2 lacks are rejected when the rule is compiled", arguments: [
        #"'a'.matches('(a)\\1')"#, "'a'.matches('a(?=b)')", "'a'.matches('(?<!b)a')", "'a'.matches('(?>a)')",
        "'a'.matches('a*+')", "'a'.matches('(*ACCEPT)a')", "'a'.matches('(?x)a')", #"'a'.matches('a\\Z')"#,
    ])
    func rejected(source: String) {
        #expect(run(source) == .issues([issue("expr-bad-regex", 12)]), "\(source)")
        #expect(RegexSupport.compile("[(?=x)]").isSuccess, "inside a class, '(?=' is three characters")
    }

    @Test("a catastrophic pattern on 50 KB stops with eval-regex-limit within milliseconds")
    func catastrophic() {
        let hostile: [String: Value] = ["x": .string(String(repeating: "a", count: 50_000) + "!")]
        let clock = ContinuousClock()
        let start = clock.now
        #expect(run("x.matches('(a+)+$')", hostile) == .error("eval-regex-limit", 2))
        let elapsed = clock.now - start
        // About 1.5 ms in a release build; the bound leaves room for a debug build on a busy machine.
        #expect(elapsed < .milliseconds(500), "took \(elapsed)")
        #expect(evaluationError("x.matches('(a+)+$')", hostile)?.message.contains("backtracking steps") == true)
        #expect(run("x.matches('^a+!$')", hostile) == .value(.bool(true)))
    }

    @Test("a pattern computed at run time goes through the same checks")
    func dynamic() {
        #expect(run("'a'.matches(x)", ["x": .string("a(?=b)")]) == .error("eval-invalid-argument", 4))
        #expect(run("'ab'.matches(x)", ["x": .string("^a[b]$")]) == .value(.bool(true)))
    }
}

extension Result {
    var isSuccess: Bool { if case .success = self { true } else { false } }
}
