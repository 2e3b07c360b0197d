import Foundation
import Testing
@testable import Saraptama

/// What a rule says to a document's author in Russian and Kazakh names things by their words,
/// never by the codes of the document format: no YAML path (`budget.items`), no `snake_case`
/// value (`not_applicable`), nothing in backticks, no file of the rule set. The document's words
/// are read by a civil servant who wrote a Word file and has never seen its YAML.
@Suite("Rule texts without codes")
struct RuleTextCodeTests {
    /// A backtick, a `snake_case` token, a dotted path of lower-case names, a YAML `key: value`,
    /// a rule set's file.
    static var code: Regex<Substring> { /`|\b[a-z]+_[a-z0-9_]+\b|\b[a-z]+(?:\.[a-z_]+)+\b|\b[a-z]+: [{a-z0-9]|Rules\// }
    /// Public addresses a basis may name.
    static let addresses: Set<String> = ["govtec.kz", "egov.kz", "adilet.zan.kz", "e.g", "i.e"]

    static func codes(in text: String) -> [String] {
        text.matches(of: code).map { String($0.output) }.filter { !addresses.contains($0) }
    }

    @Test("the literal text of every rule's title, message and fix has no code", arguments: [Language.ru, .kk])
    func literalTexts(language: Language) {
        for rule in Repository.engine.ruleSet.rules {
            var texts = [("title", rule.title[language])]
            if let fix = rule.fix { texts.append(("fix", fix[language])) }
            for part in rule.message.parts[language] ?? [] {
                switch part {
                case .text(let text): texts.append(("message", text))
                case .expression(let expression):
                    // Words inside the template's expressions: its quoted strings that hold
                    // Cyrillic (the others are codes the expression compares with).
                    for literal in expression.compiled.source.matches(of: /'((?:[^'\\]|\\.)*)'/) {
                        let text = String(literal.output.1)
                        if text.contains(/[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]/) { texts.append(("message expression", text)) }
                    }
                }
            }
            for (field, text) in texts {
                let found = Self.codes(in: text)
                #expect(found.isEmpty, "\(rule.id) \(field) \(language): \(found)")
            }
        }
    }

    @Test("the findings over every case have no snake_case value of the format in their sentences", arguments: [Language.ru, .kk])
    func renderedFindings(language: Language) {
        for directory in CaseRunner.caseDirectories(under: Repository.cases) {
            let report = ReportFixtures.report(caseDirectory: directory, language: language)
            for document in report.documents {
                for finding in document.result.findings {
                    for text in [finding.message, finding.fix ?? ""] {
                        let found = text.matches(of: /\b[a-z]+_[a-z0-9_]+\b/).map { String($0.output) }
                        #expect(found.isEmpty, "\((directory as NSString).lastPathComponent) \(finding.ruleID) \(language): \(found)")
                    }
                }
            }
        }
    }
}
