import Foundation
import Testing
@testable import Saraptama

/// Every format in every language over every case: no internal file name of the people who wrote
/// the rule set (digests and notes outside the repository), no absolute path; and the issued
/// conclusion in Russian and Kazakh has no English word or raw code of its own — once the
/// document's values, the rules' messages and recommendations and the YAML paths are set aside,
/// only the words of an allow-list remain.
@Suite("Language of the output")
struct LanguageLeakTests {
    static let internalNames = ["NORMS.md", "CATALOGUE.md", "seed 00", "seeds 00", "quyse", "kz-laws", "../shared", "/work/"]
    static let formats: [ReportFormat] = [.text, .json, .sarif, .junit, .markdown, .html, .github, .conclusion]
    /// Latin words the issued conclusion may show in ru and kk: the tool, the rule set's name,
    /// Roman numerals of act numbers, "YAML" in a location.
    static let allowed: Set<String> = ["saraptama", "core", "YAML", "VIII", "VII", "VI", "V", "IV", "III", "II", "I", "RK"]

    @Test("no internal file name in any format or language", arguments: Language.allCases)
    func noInternalNames(language: Language) {
        for directory in CaseRunner.caseDirectories(under: Repository.cases) {
            let report = ReportFixtures.report(caseDirectory: directory, language: language)
            for format in Self.formats {
                let text = format.render(report, options: ReportFixtures.options)
                for name in Self.internalNames where text.contains(name) {
                    Issue.record("\((directory as NSString).lastPathComponent) \(format) \(language): «\(name)»")
                }
                #expect(!text.contains(Repository.root), "\(format) \(language) holds an absolute path")
            }
        }
    }

    @Test("the issued conclusion's own words are in the report's language", arguments: [Language.ru, .kk])
    func conclusionWords(language: Language) {
        for directory in CaseRunner.caseDirectories(under: Repository.cases) {
            let report = ReportFixtures.report(caseDirectory: directory, language: language)
            var text = IssuedConclusion.render(report, options: ReportFixtures.options)
            // Raw blocks and style names are markup, not words.
            text = text.replacingOccurrences(of: IssuedConclusion.pageBreak, with: " ")
            text = text.replacing(/\{custom-style="[A-Za-z]+"\}/, with: " ")
            text = text.replacingOccurrences(of: "\\", with: "")
            // What comes from documents and rules is checked elsewhere (rules' texts by the glossary test).
            var foreign: [String] = []
            for document in report.documents {
                let result = document.result
                for finding in result.findings {
                    foreign += [finding.message, LocalFormat.prose(finding.message, language), finding.path.description]
                    foreign += finding.related.map(\.path.description)
                    if let fix = finding.fix { foreign += [fix, LocalFormat.prose(fix, language)] }
                    if let locator = finding.locator { foreign.append(locator) }
                }
                if let header = result.header {
                    foreign += [header.id, header.title, header.stateBodyName, header.objectName].compactMap { $0 }
                }
                foreign += result.questions.compactMap { $0.reason?[language] }
            }
            for value in foreign.sorted(by: { $0.count > $1.count }) where !value.isEmpty {
                text = text.replacingOccurrences(of: value, with: " ")
            }
            let words = text.matches(of: /[A-Za-z][A-Za-z_]+/).map { String($0.output) }
            let strange = Set(words).subtracting(Self.allowed)
            #expect(strange.isEmpty, "\((directory as NSString).lastPathComponent) \(language): \(strange.sorted())")
        }
    }

    @Test("no raw code of the engine in a conclusion's verdict or annex", arguments: [Language.ru, .kk])
    func noRawCodes(language: Language) {
        let report = ReportFixtures.report(caseDirectory: Repository.cases + "/ta-mz-telemedicine", language: language)
        let text = IssuedConclusion.render(report, options: ReportFixtures.options)
        for code in ["not_applicable", "notApplicable", "not_examined", "technical_assignment", "investment_proposal", "feasibility_study", "inconclusive", "negative", "positive"] {
            #expect(!text.contains(code), "\(language): \(code)")
        }
    }
}
