import Foundation
import Testing
@testable import Saraptama

/// `cost_note:` — why a rule's cost above the typical one is inherent: read by the compiler,
/// shown by `rules show`, listed by `bench --only rules` instead of the rule being named as one to rewrite.
@Suite("Rule cost notes")
struct CostNoteTests {
    @Test func aCostNoteIsReadAndShownAndAnUnnotedRuleHasNone() throws {
        let note = "walks every attribute of every entity"
        let text = "rules:\n" + PackDefaultsTests.rule("TST-001", """
                kinds: [technical_assignment]
                basis: [{edition: act, clause: "art. 1", confidence: verified}]
                cost_note: "\(note)"

            """) + PackDefaultsTests.rule("TST-002", """
                kinds: [technical_assignment]
                basis: [{edition: act, clause: "art. 1", confidence: verified}]

            """)
        let (ruleSet, tree) = try PackDefaultsTests.load(text)
        defer { tree.remove() }
        #expect(ruleSet.rule("TST-001")?.costNote == note)
        #expect(ruleSet.rule("TST-002")?.costNote == nil)
        let output = try CommandLineTests.run(["rules", "show", "TST-001", "--rules", tree.path, "--lang", "en"]).stdout
        #expect(output.contains("  cost note:   \(note)\n"), "\(output)")
    }

    /// Every shipped note says something: an empty note would silence the bench without a reason.
    @Test func everyShippedCostNoteGivesAReason() {
        for rule in Repository.engine.ruleSet.rules {
            if let note = rule.costNote { #expect(note.split(separator: " ").count >= 8, "\(rule.id): '\(note)'") }
        }
    }
}
