import Foundation
import SaraptamaLoading
import Testing
@testable import Saraptama

/// A rule's `variables` (RuleCompiler+Variables.swift), and what an expression's failure inside
/// a rule looks like (a catastrophic regex, an error inside a variable).
@Suite("Rule variables and bounded matching")
struct RuleVariablesTests {
    static let rule = """
        rules:
          - id: TST-010
            title: {ru: "Т", kk: "Т", en: "T"}
            message: {ru: "{{ code }}", kk: "{{ code }}", en: "code {{ code }} of {{ owner }}"}
            severity: error
            kinds: [technical_assignment]
            implements: [R40]
            basis: [{edition: act, clause: "art. 1", confidence: verified}]
            select: "items[*]"
            variables:
              - name: code
                expression: "string(item.code)"
              - name: owner
                expression: "item.owner.name"
            assert: "code.matches('(a+)+$') || code.startsWith('ok')"
            fix: {ru: "ф", kk: "ф", en: "f"}
            examples:
              pass: [{doc: {kind: technical_assignment, date: "2024-01-01", items: [{code: ok-1}]}}]
              fail: [{doc: {kind: technical_assignment, date: "2024-01-01", items: [{code: bad, owner: {name: X}}]}, findings: ["items[0]"]}]
        """

    static func engine(_ rule: String = rule) throws -> (Engine, TemporaryTree) {
        let tree = try TemporaryTree(["ruleset.yaml": RuleCompilerTests.manifest, "p/r.yaml": rule])
        return (Engine(ruleSet: try RuleSetLoader.load(directory: tree.path), architectures: ArchitectureLibrary()), tree)
    }

    @Test func variablesAreSharedByTheAssertionAndTheMessage() throws {
        let (engine, tree) = try Self.engine()
        defer { tree.remove() }
        let result = engine.check(try document("kind: technical_assignment\nid: T-1\ndate: 2024-01-01\nitems: [{code: bad, owner: {name: X}}]\n"), language: .en)
        #expect(result.problems.isEmpty)
        #expect(result.findings.map(\.message) == ["code bad of X"])
    }

    @Test func aCatastrophicPatternStopsWithAClearErrorAtTheRulesLineAndColumn() throws {
        let (engine, tree) = try Self.engine()
        defer { tree.remove() }
        let hostile = String(repeating: "a", count: 50_000) + "!"
        let doc = try document("kind: technical_assignment\nid: T-1\ndate: 2024-01-01\nitems: [{code: \(hostile)}]\n")
        let start = ContinuousClock.now
        let result = engine.check(doc, language: .en)
        #expect(ContinuousClock.now - start < .milliseconds(500))
        let problem = try #require(result.problems.first)
        #expect(problem.code == "eval-regex-limit")
        #expect(problem.message.contains("backtracking steps"))
        // `matches` in `assert: "code.matches(...)"`, line 15 of the rule file.
        #expect(problem.file?.hasSuffix("p/r.yaml") == true)
        #expect((problem.mark?.line, problem.mark?.column) == (15, 19))
    }

    @Test func anErrorInsideAVariableNamesItsPosition() throws {
        let (engine, tree) = try Self.engine()
        defer { tree.remove() }
        // No owner: the message's read of `owner` fails inside the variable's expression.
        let result = engine.check(try document("kind: technical_assignment\nid: T-1\ndate: 2024-01-01\nitems: [{code: bad}]\n"), language: .en)
        let problem = try #require(result.problems.first)
        #expect(problem.code == "eval-no-such-key")
        #expect(problem.message.contains("in variable 'owner' at "), "\(problem.message)")
        #expect(problem.message.contains("p/r.yaml:14:"), "\(problem.message)")
    }

    @Test func badVariablesAreCompileErrors() throws {
        let broken = Self.rule
            .replacingOccurrences(of: "- name: owner", with: "- name: item")
            .replacingOccurrences(of: "string(item.code)", with: "string(item.code) +")
        let tree = try TemporaryTree(["ruleset.yaml": RuleCompilerTests.manifest, "p/r.yaml": broken])
        defer { tree.remove() }
        let error = try #require(throws: DiagnosticError.self) { try RuleSetLoader.load(directory: tree.path) }
        let found = error.diagnostics.map { "\($0.code) \($0.mark?.line ?? 0)" }
        #expect(found.contains("rule-bad-variable 13"), "\(found)")
        #expect(found.contains("expr-syntax 12"), "\(found)")
    }
}
