import Foundation
import SaraptamaLoading
import Testing
@testable import Saraptama

@Suite("Rule compiler diagnostics")
struct RuleCompilerTests {
    static let manifest = """
        ruleset: test
        version: 0.0.1
        editions:
          law_418v: {date: 2016-01-01, title: {ru: "Закон", kk: "Заң", en: "Law"}}
          act: {title: {ru: "Акт", kk: "Акт", en: "Act"}}
        """

    static let brokenRule = """
        rules:
          - id: TST-001
            title: {ru: "Т", kk: "Т", en: "T"}
            message: {ru: "м", kk: "м", en: "m {{ item.nme + }}"}
            severity: fatal
            kinds: [technical_assigment]
            implements: [R99X]
            basis: [{edition: act, clause: "art. 1", confidence: sure}]
            valid_from: law_1999
            select: "sections[*"
            assert: "size(doc.sections) > sizee(1)"
            fix: {ru: "ф", kk: "ф", en: "f"}
            examples: {pass: [{doc: {}}], fail: [{doc: {}, findings: ["$"]}]}
            colour: red
        """

    @Test func collectsEveryProblemWithItsPosition() throws {
        let tree = try TemporaryTree([
            "ruleset.yaml": Self.manifest,
            "structure/broken.yaml": Self.brokenRule,
        ])
        defer { tree.remove() }
        let error = try #require(throws: DiagnosticError.self) { try RuleSetLoader.load(directory: tree.path) }
        let found = error.diagnostics.map { "\($0.code) \($0.mark?.line ?? 0):\($0.mark?.column ?? 0)" }
        #expect(found.contains("rule-bad-severity 5:15"), "rule-bad-severity expected at 5:15; got \(found)")
        #expect(found.contains("rule-bad-kind 6:13"), "rule-bad-kind expected at 6:13; got \(found)")
        #expect(found.contains("rule-bad-requirement 7:18"), "rule-bad-requirement expected at 7:18; got \(found)")
        #expect(found.contains("rule-bad-confidence 8:58"), "rule-bad-confidence expected at 8:58; got \(found)")
        #expect(found.contains("rule-unknown-field 9:17"), "rule-unknown-field (valid_from moved into basis) expected at 9:17; got \(found)")
        #expect(found.contains("rule-bad-path 10:22"), "rule-bad-path expected at 10:22; got \(found)")
        #expect(found.contains("expr-unknown-function 11:35"), "expr-unknown-function expected at 11:35; got \(found)")
        #expect(found.contains("rule-unknown-field 14:5"), "rule-unknown-field expected at 14:5; got \(found)")
        // The message's broken interpolation is reported on its own line.
        #expect(error.diagnostics.contains { $0.code == "expr-syntax" && $0.mark?.line == 4 })
        // Sorted by location, every diagnostic names the file.
        #expect(error.diagnostics.map { $0.mark?.line ?? 0 } == error.diagnostics.map { $0.mark?.line ?? 0 }.sorted())
        #expect(error.diagnostics.allSatisfy { $0.file?.hasSuffix("structure/broken.yaml") == true })
        // The unknown field gets a suggestion only when one is close; 'colour' is not close to any field.
        let unknown = try #require(error.diagnostics.last { $0.code == "rule-unknown-field" })
        #expect(unknown.message.contains("'colour'"))
    }

    @Test func rendersTheSourceLineAndCaretInsideAnExpression() throws {
        let tree = try TemporaryTree(["ruleset.yaml": Self.manifest, "structure/broken.yaml": Self.brokenRule])
        defer { tree.remove() }
        let error = try #require(throws: DiagnosticError.self) { try RuleSetLoader.load(directory: tree.path) }
        let diagnostic = try #require(error.diagnostics.first { $0.code == "expr-unknown-function" })
        let source = SourceFile(path: diagnostic.file!, text: Self.brokenRule)
        let rendered = DiagnosticRenderer(sources: [source]).render(diagnostic)
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0].hasSuffix(":11:35: error: expr-unknown-function: \(diagnostic.message)"))
        #expect(lines[1] == "        assert: \"size(doc.sections) > sizee(1)\"")
        #expect(lines[2] == "    " + String(repeating: " ", count: 34) + "^")
    }

    @Test func duplicateIdsAcrossFilesAreReported() throws {
        let rule = """
            rules:
              - id: TST-002
                title: {ru: "Т", kk: "Т", en: "T"}
                message: {ru: "м", kk: "м", en: "m"}
                severity: info
                kinds: [technical_assignment]
                implements: [R40]
                basis: [{edition: act, clause: "art. 1", confidence: verified}]
                assert: "true"
                fix: {ru: "ф", kk: "ф", en: "f"}
                examples: {pass: [{doc: {}}], fail: [{doc: {}, findings: ["$"]}]}
            """
        let tree = try TemporaryTree(["ruleset.yaml": Self.manifest, "a/one.yaml": rule, "b/two.yaml": rule])
        defer { tree.remove() }
        let error = try #require(throws: DiagnosticError.self) { try RuleSetLoader.load(directory: tree.path) }
        #expect(error.diagnostics.map(\.code) == ["rule-duplicate-id"])
        #expect(error.diagnostics.first?.file?.hasSuffix("b/two.yaml") == true)
        #expect(error.diagnostics.first?.message.contains("a/one.yaml:2:5") == true)
    }

    @Test func missingLanguagesAndFieldsAreErrors() throws {
        let rule = """
            rules:
              - id: TST-003
                title: {ru: "Т", en: "T"}
                message: {ru: "м", kk: "м", en: "m"}
                severity: warning
                kinds: [feasibility_study]
                implements: [R33]
                basis: [{edition: act, clause: "art. 1", confidence: verified}]
                fix: {ru: "ф", kk: "ф", en: "f"}
                examples: {pass: [{doc: {}}], fail: []}
            """
        let tree = try TemporaryTree(["ruleset.yaml": Self.manifest, "p/r.yaml": rule])
        defer { tree.remove() }
        let error = try #require(throws: DiagnosticError.self) { try RuleSetLoader.load(directory: tree.path) }
        let codes = Set(error.diagnostics.map(\.code))
        #expect(codes == ["rule-missing-language", "rule-missing-field", "rule-missing-examples"])
        #expect(error.diagnostics.first { $0.code == "rule-missing-field" }?.message.contains("'assert'") == true)
    }

    @Test func brokenYAMLInARuleFileIsALoadError() throws {
        let tree = try TemporaryTree(["ruleset.yaml": Self.manifest, "p/r.yaml": "rules:\n  - id: [unclosed\n"])
        defer { tree.remove() }
        let error = try #require(throws: DiagnosticError.self) { try RuleSetLoader.load(directory: tree.path) }
        #expect(error.diagnostics.map(\.code) == ["yaml-syntax"])
    }
}
