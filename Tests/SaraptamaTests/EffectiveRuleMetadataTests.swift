import Foundation
import Testing
@testable import Saraptama

/// The effective basis, kinds, tags and severity of every shipped rule, compared with
/// `Tests/SaraptamaTests/Golden/effective-rules.json`. The snapshot was generated from the rule set
/// before the packs declared `defaults:`, so moving a repeated value into a pack's defaults (or back)
/// must leave it unchanged: a difference means a rule's meaning changed.
///
/// After an intended change of a rule's basis, kinds, tags or severity, regenerate and review the diff:
/// `SARAPTAMA_UPDATE_GOLDEN=1 swift test --filter EffectiveRuleMetadataTests`.
@Suite("Effective rule metadata")
struct EffectiveRuleMetadataTests {
    static let golden = Repository.root + "/Tests/SaraptamaTests/Golden/effective-rules.json"

    /// One line per rule, so that a difference names the rule.
    static func snapshot(_ rules: [Rule]) -> String {
        let lines = rules.sorted { $0.id < $1.id }.map { rule -> String in
            let basis: [[String: Any]] = rule.basis.map { entry in
                var fields: [String: Any] = [
                    "edition": entry.editionKey, "clause": entry.clause.en, "clause_ru": entry.clause.ru, "clause_kk": entry.clause.kk,
                    "confidence": entry.confidence.rawValue,
                ]
                if let note = entry.note { fields["note"] = note }
                if let from = entry.validFrom { fields["from"] = CalendarDay.format(from) }
                if let until = entry.validUntil { fields["until"] = CalendarDay.format(until) }
                return fields
            }
            let object: [String: Any] = [
                "id": rule.id, "severity": rule.severity.rawValue, "kinds": rule.kinds.map(\.rawValue), "tags": rule.tags,
                "basis": basis,
            ]
            let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self)
        }
        return "[\n" + lines.joined(separator: ",\n") + "\n]\n"
    }

    @Test func everyShippedRuleKeepsItsBasisKindsAndTags() throws {
        let actual = Self.snapshot(Repository.engine.ruleSet.rules)
        if ProcessInfo.processInfo.environment["SARAPTAMA_UPDATE_GOLDEN"] == "1" {
            try actual.write(toFile: Self.golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: Self.golden, encoding: .utf8)
        let expectedLines = expected.split(separator: "\n"), actualLines = actual.split(separator: "\n")
        #expect(actualLines.count == expectedLines.count, "the number of rules changed")
        for (want, got) in zip(expectedLines, actualLines) where want != got {
            Issue.record("effective metadata changed:\nexpected \(want)\n     got \(got)")
        }
        // The snapshot is of the whole shipped set, not of an empty or partial one.
        #expect(actualLines.count - 2 == Repository.engine.ruleSet.rules.count)
        #expect(Repository.engine.ruleSet.rules.count >= 60)
    }
}
