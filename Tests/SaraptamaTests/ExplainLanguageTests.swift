import Foundation
import Testing
@testable import Saraptama

/// `explain` speaks the reader's language: every sentence about the rule and its evaluation in
/// ru and kk, the title in the terms in force on the document's date, dates dd.mm.yyyy; only the
/// rule file's keys, expressions and values stay as written.
@Suite("Explain in the reader's language")
struct ExplainLanguageTests {
    static func explanation(_ ruleID: String, _ caseName: String, _ language: Language) throws -> Explanation {
        let rule = try #require(Repository.engine.ruleSet.rule(ruleID))
        return Explainer(engine: Repository.engine, language: language).explain(rule, in: try ExplainTests.load(caseName))
    }

    /// The text without what is quoted from the rule file and the document: expressions, values,
    /// paths, the file name.
    static func ownWords(_ explanation: Explanation) -> String {
        var text = ExplanationReport.text(explanation)
        let rule = explanation.rule
        var quoted = [rule.id, rule.assertionSource, rule.guardSource, rule.selector?.description, rule.file, explanation.file].compactMap { $0 }
        for item in explanation.items {
            quoted += [item.path, item.value, item.findingPath, item.findingMessage].compactMap { $0 }
            for evaluation in [item.guardEvaluation, item.assertion].compactMap({ $0 }) {
                quoted += [evaluation.source, evaluation.value, evaluation.error].compactMap { $0 }
                quoted += evaluation.operands.flatMap { [$0.source, $0.value, $0.error].compactMap { $0 } }
            }
        }
        if let fix = rule.fix { quoted.append(fix[explanation.language]) }
        for value in quoted.sorted(by: { $0.count > $1.count }) where !value.isEmpty {
            text = text.replacingOccurrences(of: value, with: " ")
        }
        for key in ["select:", "when:", "assert:", "fix:", "item", "when", "assert", "saraptama check --dossier"] {
            text = text.replacingOccurrences(of: key, with: " ")
        }
        return text
    }

    @Test("no English sentence in ru or kk", arguments: [Language.ru, .kk])
    func noEnglish(language: Language) throws {
        for (rule, caseName) in [("INF-001", "ta-mz-telemedicine-resubmitted"), ("LCY-001", "ta-mz-telemedicine"), ("DAT-001", "ta-mz-digital-code-2026"), ("BUD-001", "ip-mz-lab-register")] {
            let words = Self.ownWords(try Self.explanation(rule, caseName, language)).matches(of: /[A-Za-z][A-Za-z_]+/).map { String($0.output) }
            let strange = Set(words).subtracting(LanguageLeakTests.allowed.union(["ID", "IS", "IT"]))
            #expect(strange.isEmpty, "\(rule) on \(caseName) in \(language): \(strange.sorted())")
        }
    }

    @Test("the outcome, the result line, kinds and dates in Russian")
    func russian() throws {
        let text = ExplanationReport.text(try Self.explanation("INF-001", "ta-mz-telemedicine-resubmitted", .ru))
        #expect(text.contains("Итог: выполнено 4, нарушено 1, пропущено условием when 2, ошибок вычисления 0"))
        #expect(text.contains("→ НАРУШЕНО: замечание в integrations[4].via"))
        #expect(text.contains("применяется: вид документа техническое задание"))
        #expect(text.range(of: #"\d\d\.\d\d\.20\d\d"#, options: .regularExpression) != nil)
        let other = ExplanationReport.text(try Self.explanation("INF-001", "ip-mz-lab-register", .kk))
        #expect(other.contains("ҚОЛДАНЫЛМАЙДЫ") || other.contains("қолданылады"))
    }

    @Test("the title is the one the findings of a document under the Digital Code carry")
    func titleInTheCodesTerms() throws {
        let codeCase = "ta-mz-digital-code-2026"
        let document = try ExplainTests.load(codeCase)
        let result = Repository.engine.check(document, language: .ru)
        let finding = try #require(result.findings.first, "the case has findings")
        let explanation = try Self.explanation(finding.ruleID, codeCase, .ru)
        #expect(explanation.title == finding.title)
        let renamed = Repository.engine.ruleSet.rules.compactMap { rule -> (Rule, String)? in
            let original = rule.title[.ru]
            let modern = Repository.engine.ruleSet.renamedTerms?.modernized(original, language: .ru, on: document.header.date) ?? original
            return modern == original ? nil : (rule, modern)
        }.first
        let (rule, modern) = try #require(renamed, "some rule's title names a term the Digital Code renamed")
        let shown = Explainer(engine: Repository.engine, language: .ru).explain(rule, in: document)
        #expect(shown.title == modern)
        #expect(ExplanationReport.text(shown).hasPrefix("\(rule.id) — \(modern)"))
    }
}
