import Foundation
import SaraptamaExpressions
import SaraptamaLoading
import Testing
@testable import Saraptama

/// The Digital Code's renamed terms: both wordings are accepted by lookups, and findings on a
/// document dated under the Code use the Code's words.
@Suite("Renamed terms")
struct RenamedTermsTests {
    static let terms = Repository.engine.ruleSet.renamedTerms!

    @Test func theTermsApplyFromTheDigitalCode() {
        #expect(Self.terms.since == Repository.engine.ruleSet.edition("digital_code")?.date)
    }

    @Test func textsAreModernizedWithTheirInflection() {
        #expect(Self.terms.modernized("Интеграция объектов информатизации «электронного правительства»", language: .ru)
            == "Интеграция цифровых объектов «цифрового правительства»")
        #expect(Self.terms.modernized("Требования к информационной системе", language: .ru) == "Требования к цифровой системе")
        #expect(Self.terms.modernized("Информационная система «Регистр»", language: .ru) == "Цифровая система «Регистр»")
        #expect(Self.terms.modernized("«Электрондық үкімет» ақпараттандыру объектілерінің интеграциясы", language: .kk)
            == "«Цифрлық үкімет» цифрлық объектілердің интеграциясы")
        #expect(Self.terms.modernized("E-government informatization objects", language: .en) == "Digital government digital objects")
        let before = CalendarDay.parse("2026-07-10")!, after = CalendarDay.parse("2026-07-11")!
        #expect(Self.terms.modernized("электронного правительства", language: .ru, on: before) == "электронного правительства")
        #expect(Self.terms.modernized("электронного правительства", language: .ru, on: after) == "цифрового правительства")
    }

    @Test func lookupsAcceptBothWordings() {
        let reference = Repository.engine.ruleSet.reference
        let old = reference.lookup(catalogue: "gost_34_602_sections", key: TextNormalization.key("Назначение и цели создания информационной системы"))
        let new = reference.lookup(catalogue: "gost_34_602_sections", key: TextNormalization.key("Назначение и цели создания цифровой системы"))
        #expect(!old.isEmpty)
        #expect(new.count == old.count)
    }

    @Test func findingsOnADocumentUnderTheCodeUseTheCodesWords() throws {
        let text = { (date: String) in """
            kind: technical_assignment
            id: TA-T
            date: "\(date)"
            integrations:
              - {system: "ГБД ФЛ", counterpart: state, via: direct, purpose_kind: data_exchange, purpose: "Сведения"}
            """ }
        let message = { (date: String) throws -> String in
            let result = Repository.engine.check(try document(text(date)), language: .ru)
            return try #require(result.findings.first { $0.ruleID == "INF-001" }).message
        }
        #expect(try message("2026-12-01").contains("шлюз «цифрового правительства»"))
        #expect(try !message("2026-12-01").contains("электронного правительства"))
        #expect(try message("2025-03-01").contains("шлюз «электронного правительства»"))
    }
}
