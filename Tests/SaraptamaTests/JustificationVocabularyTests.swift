@testable import SaraptamaExpressions
import SaraptamaLoading
import Testing
@testable import Saraptama

/// The justification vocabulary (Rules/reference/justification_vocabulary.yaml) keeps empty words
/// from counting: an empty formula must not contain a stem of a gap, a scope or a reason, or it
/// would make itself count; and the roles are the four the rules read.
@Suite("Justification vocabulary")
struct JustificationVocabularyTests {
    static let name = "justification_vocabulary"

    static func roles(_ text: String) -> [String] {
        Repository.engine.ruleSet.reference.stemLookup(catalogue: name, text: TextNormalization.key(text)).compactMap { value in
            if case .mapping(let entry) = value { return entry["role"]?.string }
            return nil
        }
    }

    @Test func everyEntryHasAKnownRoleAndStems() throws {
        let catalogue = try #require(Repository.engine.ruleSet.reference.catalogues[Self.name])
        for entry in catalogue.entries {
            #expect(["gap", "scope", "reason", "empty"].contains(entry["role"]?.string ?? ""), "\(entry["id"]?.string ?? "?")")
            let stems = entry["stems"]?.sequence?.compactMap(\.string) ?? []
            #expect(stems.count > 0, "\(entry["id"]?.string ?? "?")")
        }
    }

    @Test func emptyFormulasDoNotCount() throws {
        let catalogue = try #require(Repository.engine.ruleSet.reference.catalogues[Self.name])
        for entry in catalogue.entries where entry["role"]?.string == "empty" {
            for stem in entry["stems"]?.sequence?.compactMap(\.string) ?? [] {
                let found = Self.roles(stem).filter { $0 != "empty" }
                #expect(found.isEmpty, "empty formula «\(stem)» contains a stem of role \(found)")
            }
        }
    }

    @Test(arguments: [
        ("Не требуется, так как не требуется.", false),
        ("Нецелесообразно в связи с необходимостью собственной разработки.", false),
        ("Басшылықтың шешімі бойынша қажет емес деп танылды.", false),
        ("Перенос на ИКП ЭП запланирован в 2026 году вместе с другими системами акимата.", false),
        ("ЕСЭДО не поддерживает подписание заключений в формате HL7 CDA, которого требует приказ МЗ РК.", true),
        ("Свободные решения не обеспечивают связь на каналах 512 кбит/с по итогам пилота 2024 года.", true),
        ("ЭҚАБЖ медициналық құжаттардың HL7 CDA форматын қолдамайды, ал бұл формат бұйрықпен бекітілген.", true),
    ])
    func aJustificationCountsWithAGapAndAReason(text: String, counts: Bool) {
        let roles = Self.roles(text)
        let substantive = roles.contains { $0 == "gap" || $0 == "scope" } && roles.contains("reason")
        #expect(substantive == counts, "\(text): \(roles)")
    }
}
