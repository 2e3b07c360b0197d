import Foundation
import SaraptamaLoading
import Testing
@testable import Saraptama

/// A rule file's `defaults:` (PackDefaults.swift): what a rule leaves out is the default, what it
/// states replaces the default whole, and a malformed default is reported once, at its position.
@Suite("Pack defaults")
struct PackDefaultsTests {
    static func rule(_ id: String, _ extra: String = "") -> String {
        """
          - id: \(id)
            title: {ru: "Т", kk: "Т", en: "T"}
            message: {ru: "м", kk: "м", en: "m"}
            severity: error
            implements: [R40]
        \(extra)    assert: "has(doc.ok)"
            fix: {ru: "ф", kk: "ф", en: "f"}
            examples:
              pass: [{doc: {kind: technical_assignment, date: "2024-01-01", ok: 1}}]
              fail: [{doc: {kind: technical_assignment, date: "2024-01-01"}, findings: ["$"]}]

        """
    }

    static let file = """
        defaults:
          kinds: [technical_assignment, investment_proposal]
          tags: [pack-tag]
          basis:
            - {edition: law_418v, clause: "art. 43 p. 2", confidence: verified, note: "shared"}
        rules:

        """
        + rule("TST-001")
        + rule("TST-002", """
                kinds: [technical_assignment]
                tags: [own]
                basis: [{edition: act, clause: "art. 1", confidence: inferred}]

            """)

    static func load(_ text: String) throws -> (RuleSet, TemporaryTree) {
        let tree = try TemporaryTree(["ruleset.yaml": RuleCompilerTests.manifest, "p/r.yaml": text])
        do { return (try RuleSetLoader.load(directory: tree.path), tree) } catch {
            tree.remove()
            throw error
        }
    }

    static func diagnostics(_ text: String) throws -> [String] {
        let tree = try TemporaryTree(["ruleset.yaml": RuleCompilerTests.manifest, "p/r.yaml": text])
        defer { tree.remove() }
        let error = try #require(throws: DiagnosticError.self) { try RuleSetLoader.load(directory: tree.path) }
        return error.diagnostics.map { "\($0.code) \($0.mark?.line ?? 0):\($0.mark?.column ?? 0)" }
    }

    @Test func aRuleThatLeavesAFieldOutTakesTheDefaultAndKnowsWhereItIsWritten() throws {
        let (ruleSet, tree) = try Self.load(Self.file)
        defer { tree.remove() }
        let rule = try #require(ruleSet.rule("TST-001"))
        #expect(rule.kinds == [.technicalAssignment, .investmentProposal])
        #expect(rule.tags == ["pack-tag"])
        #expect(rule.basis.map(\.editionKey) == ["law_418v"])
        #expect(rule.basis.first?.clause.en == "art. 43 p. 2")
        #expect(rule.basis.first?.note == "shared")
        // The edition's dates apply to a defaulted entry as to a rule's own.
        #expect(rule.validFrom == CalendarDay.parse("2016-01-01"))
        #expect(rule.defaulted.mapValues { [$0.line, $0.column] } == ["kinds": [2, 10], "tags": [3, 9], "basis": [5, 5]])
    }

    @Test func aRuleThatStatesAFieldReplacesTheDefaultWhole() throws {
        let (ruleSet, tree) = try Self.load(Self.file)
        defer { tree.remove() }
        let rule = try #require(ruleSet.rule("TST-002"))
        #expect(rule.kinds == [.technicalAssignment])
        #expect(rule.tags == ["own"], "tags are replaced, not merged with the pack's")
        #expect(rule.basis.map(\.editionKey) == ["act"])
        #expect(rule.basis.map(\.confidence) == [.inferred])
        #expect(rule.defaulted.isEmpty)
    }

    @Test func withoutDefaultsBasisAndKindsAreStillRequired() throws {
        let found = try Self.diagnostics("rules:\n" + Self.rule("TST-003"))
        // A rule file without defaults: the rule must state kinds and basis, at the rule's position.
        #expect(found.filter { $0.hasPrefix("rule-missing-field") }.count == 2, "\(found)")
    }

    @Test func aMalformedDefaultIsReportedOnceAtItsPositionWithAStableCode() throws {
        let text = """
            defaults:
              kinds: [technical_assigment]
              severity: warning
              basis: [{edition: law_999, clause: "art. 1", confidence: verified}]
              colour: red
            rules:

            """ + Self.rule("TST-004") + Self.rule("TST-005")
        let found = try Self.diagnostics(text)
        #expect(found.contains("rule-bad-kind 2:11"), "\(found)")
        #expect(found.contains("rule-defaults-field 3:3"), "\(found)")
        #expect(found.contains("rule-bad-edition 4:21"), "\(found)")
        #expect(found.contains("rule-unknown-field 5:3"), "\(found)")
        // Reported once for the file, not once per rule that relies on the default, and the rules
        // add no "missing field" of their own.
        #expect(found.count { $0.hasPrefix("rule-bad-edition") } == 1, "\(found)")
        #expect(!found.contains { $0.hasPrefix("rule-missing-field") }, "\(found)")
    }

    @Test func aDefaultsBlockThatIsNotAMappingIsReported() throws {
        let found = try Self.diagnostics("defaults: [kinds]\nrules:\n" + Self.rule("TST-006", "    kinds: [technical_assignment]\n    basis: [{edition: act, clause: \"art. 1\", confidence: verified}]\n"))
        #expect(found == ["rule-wrong-type 1:11"], "\(found)")
    }

    @Test func rulesShowNamesWhereADefaultedValueIsWritten() throws {
        let (_, tree) = try Self.load(Self.file)
        defer { tree.remove() }
        let output = try CommandLineTests.run(["rules", "show", "TST-001", "--rules", tree.path, "--lang", "en"]).stdout
        #expect(output.contains("kinds:       technical_assignment, investment_proposal  (the file's defaults, "), "\(output)")
        #expect(output.contains("p/r.yaml:2:10)\n"), "\(output)")
        #expect(output.contains("tags:        pack-tag  (the file's defaults, "), "\(output)")
        #expect(output.contains("p/r.yaml:3:9)\n"), "\(output)")
        #expect(output.contains("basis:       (the file's defaults, "), "\(output)")
        #expect(output.contains("p/r.yaml:5:5)\n"), "\(output)")
        // The effective values follow, as for a rule's own.
        #expect(output.contains("Law, art. 43 p. 2 — verified (law_418v, 2016-01-01 – …)"), "\(output)")
    }
}
