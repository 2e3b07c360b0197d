import Foundation
@testable import SaraptamaLoading
import Testing
@testable import Saraptama

/// The diagnostics' message catalogue: every code the sources use has its sentence in Russian,
/// Kazakh and English; templates agree on their placeholders; the Russian and Kazakh texts hold
/// no English word and no internal file name; and diagnostics a document's author meets render
/// in the chosen language, with their caret.
@Suite("Diagnostics' messages in three languages")
struct DiagnosticCatalogueTests {
    /// Latin words a Russian or Kazakh message may hold: names of formats and programs, the keys
    /// of a document's header and a dossier's manifest and the YAML tags an author types, an
    /// environment variable.
    static let allowed: Set<String> = [
        "YAML", "UTF", "ZIP", "Word", "Markdown", "pandoc", "docx", "PATH", "apt", "get", "install", "SARAPTAMA_PANDOC",
        "str", "int", "float", "bool", "null", "map", "seq", "true", "false", "kind", "id", "date", "ru", "kk", "en", "exclude",
        "dossier", "documents", "route", "title", "fail_on", "error", "warning", "info", "never", "waivers", "expires", "fingerprint", "JSON",
        "I", "x",
    ]
    /// The stage prefixes of codes; `registry-…` codes belong to `RegistryError`, not `Diagnostic`.
    static var codePattern: Regex<(Substring, Substring)> { /"((?:yaml|io|doc|docx|prose|eval|expr|rule|ruleset|question|requirement|arch|ref|schema|waiver|baseline|case|config|input|dossier)-[a-z0-9-]+|(?:extraction|reading)\.[a-z-]+)"/ }

    /// Every code literal in `Sources/`.
    static let codesInSources: Set<String> = {
        var codes: Set<String> = []
        let sources = Repository.root + "/Sources"
        let walker = FileManager.default.enumerator(atPath: sources)
        while let relative = walker?.nextObject() as? String {
            guard relative.hasSuffix(".swift"), !relative.contains("SaraptamaRegistry/"),
                let text = try? String(contentsOfFile: sources + "/" + relative, encoding: .utf8)
            else { continue }
            for match in text.matches(of: codePattern) { codes.insert(String(match.output.1)) }
        }
        // The field reader's problems are renamed for the waivers file and the configuration.
        for code in ["wrong-type", "missing-field", "unknown-field", "missing-language"] {
            codes.insert("waiver-" + code)
            codes.insert("config-" + code)
        }
        return codes
    }()

    @Test("every code used in the sources has a sentence in ru, kk and en")
    func everyCode() {
        #expect(Self.codesInSources.count > 100, "the scan found \(Self.codesInSources.count) codes")
        for code in Self.codesInSources.sorted() {
            guard let entry = DiagnosticCatalogue.entries[code] else {
                Issue.record("no catalogue entry for \(code)")
                continue
            }
            #expect(!entry.ru.isEmpty && !entry.kk.isEmpty && !entry.en.isEmpty, "\(code)")
            // A code's own entry is its summary: it renders without arguments.
            #expect(DiagnosticCatalogue.placeholders(entry.en).isEmpty, "\(code): a summary with placeholders")
        }
    }

    /// Russian and Kazakh may leave out a part that would only name an internal identifier (a
    /// table profile's name, the program as configured), never add one English lacks.
    @Test("each variant belongs to a code and its texts fill only the placeholders English has")
    func placeholdersAgree() {
        for (key, entry) in DiagnosticCatalogue.entries {
            let names = Set(DiagnosticCatalogue.placeholders(entry.en))
            #expect(Set(DiagnosticCatalogue.placeholders(entry.ru)).isSubset(of: names), "\(key) ru")
            #expect(Set(DiagnosticCatalogue.placeholders(entry.kk)).isSubset(of: names), "\(key) kk")
            if let dot = key.lastIndex(of: "."), !key.hasPrefix("extraction."), !key.hasPrefix("reading.") || key.filter({ $0 == "." }).count > 1 {
                #expect(DiagnosticCatalogue.entries[String(key[..<dot])] != nil, "\(key): no entry for its code")
            }
        }
    }

    @Test("Russian and Kazakh texts have no English word and no internal file name", arguments: ["ru", "kk"])
    func noEnglish(language: String) {
        for (key, entry) in DiagnosticCatalogue.entries {
            let text = entry.text(language).replacing(/\{[A-Za-z]+\}/, with: " ")
            let strange = Set(text.matches(of: /[A-Za-z][A-Za-z_]*/).map { String($0.output) }).subtracting(Self.allowed)
            #expect(strange.isEmpty, "\(key) \(language): \(strange.sorted())")
            for name in LanguageLeakTests.internalNames { #expect(!text.contains(name), "\(key) \(language): \(name)") }
            #expect(text != entry.en, "\(key) \(language) is the English text")
        }
    }

    @Test("libyaml's phrases have Russian and Kazakh words", arguments: ["ru", "kk"])
    func yamlProblems(language: String) {
        let texts = YAMLProblemText.problems.values.map { language == "ru" ? $0.ru : $0.kk }
            + YAMLProblemText.contexts.values.map { language == "ru" ? $0.ru : $0.kk }
        for text in texts {
            let strange = Set(text.matches(of: /[A-Za-z][A-Za-z_]*/).map { String($0.output) }).subtracting(Self.allowed)
            #expect(strange.isEmpty, "\(language): \(text)")
        }
    }

    /// Documents with mistakes an author makes, and what each must report.
    static let mistakes: [(name: String, text: String, code: String)] = [
        ("duplicate.yaml", "kind: technical_assignment\nid: X\nid: Y\ndate: 2026-01-01\n", "yaml-duplicate-key"),
        ("date.yaml", "kind: technical_assignment\nid: X\ndate: 2026-13-01\n", "doc-bad-date"),
        ("kind.yaml", "kind: technical_asignment\nid: X\ndate: 2026-01-01\n", "doc-bad-kind"),
        ("header.yaml", "- a\n- b\n", "doc-not-a-mapping"),
        ("missing.yaml", "kind: technical_assignment\nid: X\n", "doc-missing-header"),
        ("tag.yaml", "kind: !!foo technical_assignment\nid: X\ndate: 2026-01-01\n", "yaml-unknown-tag"),
        ("alias.yaml", "kind: *nothing\nid: X\ndate: 2026-01-01\n", "yaml-undefined-alias"),
        ("key.yaml", "kind: technical_assignment\nid: X\ndate: 2026-01-01\ntitel: Система\n", "doc-unknown-key"),
        ("type.yaml", "kind: technical_assignment\nid: X\ndate: 2026-01-01\nsections: 5\n", "doc-wrong-type"),
        ("noheader.md", "# 1. Общие сведения\n\nТекст.\n", "reading.kind-unknown"),
        ("unclosed.md", "---\nkind: technical_assignment\n\n# 1. Общие\n", "prose-front-matter-unterminated"),
        ("cells.md", "---\nkind: technical_assignment\nid: X\ndate: 2026-01-01\n---\n\n# 1. Общие\n\n| a | b |\n|---|---|\n| 1 | 2 | 3 |\n", "prose-table-cells"),
        ("old.doc", "binary", "prose-unsupported-format"),
        ("flow.yaml", "kind: technical_assignment\nid: [unclosed\n", "yaml-syntax"),
        ("indent.yaml", "kind: technical_assignment\n  id: X: Y\n", "yaml-syntax"),
        ("fake.docx", "not a zip", "docx-not-a-zip"),
    ]

    @Test("the mistakes of a document's author are reported in each language from the catalogue", arguments: Language.allCases)
    func documentMistakes(language: Language) throws {
        let tree = try TemporaryTree(Dictionary(uniqueKeysWithValues: Self.mistakes.map { ($0.name, $0.text) }))
        defer { tree.remove() }
        let checker = BatchChecker(engine: Repository.engine, language: language)
        for mistake in Self.mistakes {
            let result = checker.check(file: tree.path + "/" + mistake.name)
            let problems = result.problems + (result.reading?.problems ?? [])
            let found = problems.first { $0.code == mistake.code }
            #expect(found != nil, "\(mistake.name): \(problems.map(\.code))")
            guard let problem = found else { continue }
            #expect(problem.template != nil && problem.template != problem.code, "\(mistake.code) is still built in English only")
            let message = problem.message(in: language.rawValue)
            #expect(!message.isEmpty && !message.contains("{"), "\(mistake.code): \(message)")
            if language != .en {
                let words = Set(message.matches(of: /[A-Za-z][A-Za-z_]*/).map { String($0.output) })
                // The document's own keys and values (technical_asignment, titel, nothing, foo) may be quoted.
                let strange = words.subtracting(Self.allowed).subtracting(["technical_asignment", "technical_assignment", "investment_proposal", "feasibility_study", "titel", "nothing", "foo", "a", "b", "sections", "doc", "title", "X", "Y"])
                #expect(strange.isEmpty, "\(mistake.code) \(language): \(message)")
            }
        }
    }

    @Test("a Russian and a Kazakh diagnostic with its quoted line and caret")
    func caret() {
        let source = YAMLLoader.source(bytes: Array("kind: technical_assignment\nid: X\nid: Y\n".utf8), path: "doc.yaml")
        let problem = Diagnostic(code: "yaml-duplicate-key", template: "yaml-duplicate-key.key", arguments: ["key": "id", "line": "2"], file: "doc.yaml", mark: Mark(line: 3, column: 1))
        #expect(DiagnosticRenderer(sources: [source], language: "ru").render(problem) == """
            doc.yaml:3:1: ошибка: yaml-duplicate-key: ключ «id» повторяется (впервые — в строке 2)
                id: Y
                ^
            """)
        #expect(DiagnosticRenderer(sources: [source], language: "kk").render(problem) == """
            doc.yaml:3:1: қате: yaml-duplicate-key: «id» кілті қайталанады (алғаш — 2-жолда)
                id: Y
                ^
            """)
        #expect(problem.message == "duplicate key 'id' (first defined on line 2)")
    }

    @Test("a message still built in English shows the code's summary in the language first")
    func summaryFallback() {
        let problem = Diagnostic(code: "expr-unknown-function", message: "unknown function 'sizee'")
        #expect(problem.message(in: "ru") == "неизвестная функция в выражении правила — unknown function 'sizee'")
        #expect(problem.message(in: "en") == "unknown function 'sizee'")
    }

    @Test("a Word document's problem names its place in the language of the message")
    func place() {
        var problem = Diagnostic(code: "prose-table-cells", template: "prose-table-cells.row", arguments: ["row": "2", "count": "3", "width": "2"], file: "a.docx", mark: Mark(line: 9, column: 1))
        problem.place = ["ru": "раздел 1, таблица 1", "kk": "1-бөлім, 1-кесте"]
        #expect(problem.message(in: "ru") == "в строке 2 таблицы ячеек: 3, в шапке: 2 [раздел 1, таблица 1]")
        #expect(problem.message(in: "kk") == "кестенің 2-жолындағы ұяшықтар: 3, басындағы: 2 [1-бөлім, 1-кесте]")
    }
}
