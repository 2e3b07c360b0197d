import Foundation
import SaraptamaLoading
import Testing
@testable import Saraptama

/// The terminology glossary (`Rules/glossary.yaml`): every text of the rule set in a language, and
/// every label of the reports, avoids the variants the glossary rules out for that language.
@Suite("Glossary")
struct GlossaryTests {
    struct Term {
        let id: String
        let avoid: [String: [String]]
        let except: [String: [String]]
    }

    static let terms: [Term] = {
        guard let document = try? YAMLLoader.load(file: Repository.rules + "/glossary.yaml"), let items = document.root["terms"]?.sequence else { return [] }
        func lists(_ node: Node?) -> [String: [String]] {
            var result: [String: [String]] = [:]
            for entry in node?.mapping?.entries ?? Mapping().entries {
                result[entry.key] = (entry.value.sequence ?? []).compactMap(\.string)
            }
            return result
        }
        return items.compactMap { item in
            item["id"]?.string.map { Term(id: $0, avoid: lists(item["avoid"]), except: lists(item["except"])) }
        }
    }()

    /// The avoided variants `text` uses in `language`, as «term: variant».
    static func violations(_ text: String, language: String) -> [String] {
        var found: [String] = []
        for term in terms {
            var checked = text
            for phrase in term.except[language] ?? [] { checked = checked.replacingOccurrences(of: phrase, with: "") }
            for variant in term.avoid[language] ?? [] where containsWord(variant, in: checked) {
                found.append("\(term.id): «\(variant)»")
            }
        }
        return found
    }

    /// Whether `word` occurs in `text` not inside a longer word (ШЭП is not found in ВШЭП);
    /// a variant may be the start of an inflected word (сәулет in сәулеттегі).
    static func containsWord(_ word: String, in text: String) -> Bool {
        var searchRange = text.startIndex..<text.endIndex
        while let range = text.range(of: word, options: [.caseInsensitive], range: searchRange) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            if before.map({ !$0.isLetter }) ?? true {
                let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
                let isAbbreviation = word == word.uppercased()
                if !isAbbreviation || (after.map { !$0.isLetter } ?? true) { return true }
            }
            searchRange = range.upperBound..<text.endIndex
        }
        return false
    }

    /// Every `{ru, kk, en}` text in a YAML tree, with its language and position.
    static func localizedTexts(_ node: Node, file: String, into result: inout [(language: String, text: String, place: String)]) {
        if let mapping = node.mapping {
            for entry in mapping.entries {
                if ["ru", "kk", "en"].contains(entry.key), let text = entry.value.string {
                    result.append((entry.key, text, "\(file):\(entry.value.mark.line)"))
                } else {
                    localizedTexts(entry.value, file: file, into: &result)
                }
            }
        } else if let items = node.sequence {
            for item in items { localizedTexts(item, file: file, into: &result) }
        }
    }

    @Test("the glossary lists the official terms, with variants to avoid")
    func glossaryLoads() {
        #expect(Self.terms.count >= 10)
        #expect(Self.terms.contains { $0.id == "architecture_portal" && $0.avoid["kk"] == ["сәулет портал"] })
    }

    @Test("the word check finds a variant as a word, not inside another")
    func wordCheck() {
        #expect(Self.containsWord("ШЭП", in: "интеграция через ШЭП"))
        #expect(!Self.containsWord("ШЭП", in: "интеграция через ВШЭП"))
        #expect(Self.containsWord("сәулет", in: "органның сәулеттегі жүйесі"))
        #expect(Self.violations("Сәулет және құрылыс", language: "kk").isEmpty)
    }

    @Test("every text of the rule set uses the glossary's terms")
    func ruleSetTexts() throws {
        let files = FileManager.default.enumerator(atPath: Repository.rules)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".yaml") && $0 != "glossary.yaml" } ?? []
        #expect(!files.isEmpty)
        var texts: [(language: String, text: String, place: String)] = []
        for file in files.sorted() {
            let document = try YAMLLoader.load(file: Repository.rules + "/" + file)
            Self.localizedTexts(document.root, file: "Rules/" + file, into: &texts)
        }
        #expect(texts.count > 500)
        let problems = texts.flatMap { text in Self.violations(text.text, language: text.language).map { "\(text.place) [\(text.language)] \($0)" } }
        #expect(problems.isEmpty, "texts that do not follow Rules/glossary.yaml:\n\(problems.joined(separator: "\n"))")
    }

    @Test("every label of the reports uses the glossary's terms")
    func reportLabels() throws {
        let folders = ["Sources/Saraptama/Reports", "Sources/Saraptama/Prose", "Sources/Saraptama/Support", "Sources/SaraptamaRegistry/Rendering"]
        // pick("ru", "kk", "en") and LocalizedText(ru: "...", kk: "...", en: "...") with literal texts.
        let pattern = try Regex(#"(?:pick\(|ru: )"((?:[^"\\]|\\.)*)",\s*(?:kk: )?"((?:[^"\\]|\\.)*)",\s*(?:en: )?"((?:[^"\\]|\\.)*)""#)
        var problems: [String] = []
        var labels = 0
        for folder in folders {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: Repository.root + "/" + folder)) ?? []
            for file in files where file.hasSuffix(".swift") {
                let text = try String(contentsOfFile: Repository.root + "/" + folder + "/" + file, encoding: .utf8)
                for match in text.matches(of: pattern) {
                    labels += 1
                    for (language, value) in [("ru", match.output[1].substring), ("kk", match.output[2].substring), ("en", match.output[3].substring)] {
                        problems += Self.violations(String(value ?? ""), language: language).map { "\(folder)/\(file) [\(language)] \($0)" }
                    }
                }
            }
        }
        #expect(labels > 100)
        #expect(problems.isEmpty, "labels that do not follow Rules/glossary.yaml:\n\(problems.joined(separator: "\n"))")
    }
}

/// Counts agree with their nouns by the CLDR plural rules of each language.
@Suite("Plural forms")
struct PluralFormTests {
    @Test("Russian one / few / many", arguments: [
        (1, "1 ошибка"), (2, "2 ошибки"), (4, "4 ошибки"), (5, "5 ошибок"), (11, "11 ошибок"), (12, "12 ошибок"),
        (14, "14 ошибок"), (21, "21 ошибка"), (22, "22 ошибки"), (25, "25 ошибок"), (0, "0 ошибок"), (101, "101 ошибка"), (111, "111 ошибок"),
    ])
    func russian(count: Int, expected: String) {
        #expect(CountedNoun.error.counted(count, in: .ru) == expected)
    }

    @Test("Kazakh keeps the noun singular after a numeral; English one / other")
    func kazakhAndEnglish() {
        #expect(CountedNoun.error.counted(1, in: .kk) == "1 қате")
        #expect(CountedNoun.error.counted(7, in: .kk) == "7 қате")
        #expect(CountedNoun.error.counted(1, in: .en) == "1 error")
        #expect(CountedNoun.error.counted(2, in: .en) == "2 errors")
        #expect(CountedNoun.warning.counted(0, in: .en) == "0 warnings")
        #expect(Language.kk.pluralCategory(21) == .other)
        #expect(Language.ru.pluralCategory(21) == .one)
    }
}
