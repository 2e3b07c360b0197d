import Foundation
import SaraptamaExpressions
import SaraptamaLoading
import Testing
@testable import Saraptama

/// A rule author's mistakes, reported in Russian and Kazakh from the catalogue (the English
/// text stays what it was), and a ceiling on the diagnostics still built in English only.
@Suite("Rule authors' diagnostics in three languages")
struct AuthoringDiagnosticsTests {
    static let manifest = """
        ruleset: test
        version: 0.0.1
        editions:
          act: {date: 2016-01-01, title: {ru: "Акт", kk: "Акт", en: "Act"}}
        """

    static let brokenRule = """
        rules:
          - id: tst-1
            title: {ru: "Т", kk: "Т", en: "T"}
            message: {ru: "м", kk: "м", en: "m"}
            severity: fatal
            kinds: [technical_assigment]
            implements: [R01]
            basis: [{edition: act, clause: "art. 1", confidence: sure}]
            scope: dosier
            assert: "1 && true"
            examples: {pass: [], fail: [{doc: {}, findings: ["$"]}]}
        """

    static func diagnostics() throws -> [Diagnostic] {
        let tree = try TemporaryTree(["ruleset.yaml": Self.manifest, "structure/broken.yaml": Self.brokenRule])
        defer { tree.remove() }
        let error = try #require(throws: DiagnosticError.self) { try RuleSetLoader.load(directory: tree.path) }
        return error.diagnostics
    }

    /// Code, English (unchanged), Russian, Kazakh.
    static let expected: [(code: String, en: String, ru: String, kk: String)] = [
        ("rule-bad-id", "rule id 'tst-1' must look like PACK-NNN (capital letters, a dash, digits), e.g. STR-001",
         "идентификатор правила «tst-1» должен иметь вид PACK-NNN (заглавные латинские буквы, дефис, цифры), например STR-001",
         "«tst-1» ереже сәйкестендіргіші PACK-NNN түрінде болуы керек (бас латын әріптері, сызықша, цифрлар), мысалы STR-001"),
        ("rule-bad-severity", "severity must be error, warning or info, found 'fatal'",
         "«severity» — error, warning или info, а не «fatal»", "«severity» — error, warning немесе info, «fatal» емес"),
        ("rule-bad-kind", "unknown document kind 'technical_assigment'; did you mean 'technical_assignment'?",
         "неизвестный вид документа «technical_assigment»; возможно, имелось в виду «technical_assignment»?",
         "белгісіз «technical_assigment» құжат түрі; мүмкін, «technical_assignment» деген болар?"),
        ("rule-bad-confidence", "confidence must be 'verified' or 'inferred', found 'sure'",
         "«confidence» — «verified» или «inferred», а не «sure»", "«confidence» — «verified» немесе «inferred», «sure» емес"),
        ("rule-bad-scope", "scope must be 'document' or 'dossier', found 'dosier'; did you mean 'dossier'?",
         "«scope» — «document» или «dossier», а не «dosier»; возможно, имелось в виду «dossier»?",
         "«scope» — «document» немесе «dossier», «dosier» емес; мүмкін, «dossier» деген болар?"),
        ("rule-missing-examples", "'examples.pass' must be a non-empty list: every rule has passing and failing examples",
         "«examples.pass» должно быть непустым списком: у каждого правила есть примеры, проходящие и не проходящие проверку",
         "«examples.pass» бос емес тізім болуы керек: әр ереженің тексеруден өтетін және өтпейтін мысалдары бар"),
        ("expr-type", "an operand of '&&' must be bool, found int",
         "операнд «&&»: нужно логическое значение (bool), а не int", "«&&» операнды: логикалық мән (bool) қажет, int емес"),
    ]

    @Test("the rule compiler's and the expression checker's mistakes in ru and kk, English unchanged")
    func ruleFileMistakes() throws {
        let diagnostics = try Self.diagnostics()
        for (code, en, ru, kk) in Self.expected {
            guard let found = diagnostics.first(where: { $0.code == code }) else {
                Issue.record("\(code) not reported: \(diagnostics.map(\.code))")
                continue
            }
            #expect(found.template != nil, "\(code) is still built in English only")
            #expect(found.message == en)
            #expect(found.message(in: "ru") == ru)
            #expect(found.message(in: "kk") == kk)
        }
    }

    /// The rule set's manifest (`ruleset.yaml`): an edition's date.
    @Test("the manifest parser's mistakes in ru and kk")
    func manifestMistakes() throws {
        let manifest = """
            ruleset: test
            version: 0.0.1
            editions:
              act: {date: 2016-13-01, title: {ru: "Акт", kk: "Акт", en: "Act"}}
            """
        let tree = try TemporaryTree(["ruleset.yaml": manifest, "structure/rule.yaml": "rules: []\n"])
        defer { tree.remove() }
        let error = try #require(throws: DiagnosticError.self) { try RuleSetLoader.load(directory: tree.path) }
        let problem = try #require(error.diagnostics.first { $0.code == "rule-bad-date" }, "\(error.diagnostics.map(\.code))")
        #expect(problem.message == "edition 'act' needs a date YYYY-MM-DD, found '2016-13-01'")
        #expect(problem.message(in: "ru") == "редакции «act» нужна дата ГГГГ-ММ-ДД, а здесь «2016-13-01»")
        #expect(problem.message(in: "kk") == "«act» редакциясына ЖЖЖЖ-АА-КК күні қажет, ал мұнда «2016-13-01»")
    }

    /// A document schema's keyword the validator does not know, and a 'type' that names no JSON type.
    @Test("the schema compiler's mistakes in ru and kk")
    func schemaMistakes() throws {
        let text = #"{"type": "object", "properties": {"total": {"type": "integer", "minimun": 0}, "name": {"type": 5}}}"#
        let error = try #require(throws: DiagnosticError.self) { try DocumentSchema.load(bytes: Array(text.utf8), path: "s.json") }
        let keyword = try #require(error.diagnostics.first { $0.code == "schema-unsupported-keyword" })
        #expect(keyword.message == "the validator does not understand the keyword 'minimun' (see DocumentSchema)")
        #expect(keyword.message(in: "ru") == "проверка схем не понимает слово «minimun»")
        #expect(keyword.message(in: "kk") == "схема тексерушісі «minimun» сөзін түсінбейді")
        let type = try #require(error.diagnostics.first { $0.code == "schema-bad-value" })
        #expect(type.message(in: "ru") == "«type» должно называть типы JSON (object, array, string, integer, number, boolean, null)")
    }

    /// A reading vocabulary's statement without its 'fact' and with an unknown field.
    @Test("the statement patterns' parser's mistakes in ru and kk")
    func statementMistakes() throws {
        let loaded = try YAMLLoader.load(text: "statements:\n  - id: hosting\n    value: x\n    match: ['a']\n    colour: red\n", path: "extraction/x.yaml")
        let collector = DiagnosticCollector()
        _ = StatementPatternParser(collector: collector).parse(loaded)
        let missing = try #require(collector.diagnostics.first { $0.code == "extraction.missing-field" }, "\(collector.diagnostics.map(\.code))")
        #expect(missing.message == "statement 'hosting' needs a 'fact' (a dotted path such as hosting.platform)")
        #expect(missing.message(in: "ru") == "утверждению «hosting» нужно поле «fact» (путь через точку, например hosting.platform)")
        #expect(missing.message(in: "kk") == "«hosting» тұжырымына «fact» өрісі қажет (нүкте арқылы жол, мысалы hosting.platform)")
        let unknown = try #require(collector.diagnostics.first { $0.code == "extraction.unknown-field" })
        #expect(unknown.message(in: "ru").hasPrefix("неизвестное поле «colour» (известные: also, as, examples, fact,"))
    }

    /// Type errors of expressions met in `saraptama eval` and rules: the checker's sentences.
    @Test("the expression checker's type errors in ru and kk")
    func expressionTypeErrors() throws {
        let environment = ExpressionEnvironment(variables: RuleCompiler.variables)
        let cases: [(text: String, en: String, ru: String, kk: String)] = [
            ("1 in 2", "'in' needs a list or map on its right, found int",
             "справа от «in» нужен список или словарь, а не int", "«in» оң жағында тізім немесе сөздік қажет, int емес"),
            ("[1][true]", "a list index must be an int, found bool",
             "индекс списка должен быть целым числом (int), а не bool", "тізім индексі бүтін сан (int) болуы керек, bool емес"),
            ("'a' - 1", "no matching overload for '-' applied to (string, int)",
             "операция «-» не определена для (string, int)", "«-» амалы (string, int) үшін анықталмаған"),
            // The parser's syntax errors.
            ("1 +", "expected an expression, found end of expression",
             "ожидается: выражение; найдено: конец выражения", "күтіледі: өрнек; табылды: өрнектің соңы"),
            ("a = 1", "unexpected '='; did you mean '=='?",
             "неожиданный символ «=»; возможно, имелось в виду «==»?", "күтілмеген «=» таңбасы; мүмкін, «==» деген болар?"),
            ("'abc", "unterminated string literal", "строка в кавычках не закрыта", "тырнақшадағы жол жабылмаған"),
        ]
        for test in cases {
            guard case .failure(let failure) = environment.compile(test.text) else {
                Issue.record("\(test.text) compiled")
                continue
            }
            let issue = try #require(failure.issues.first)
            let diagnostic = issue.diagnostic(file: "<expression>", mark: Mark(line: 1, column: 1))
            #expect(diagnostic.message == test.en)
            #expect(diagnostic.message(in: "ru") == test.ru)
            #expect(diagnostic.message(in: "kk") == test.kk)
        }
        // The number of arguments takes its Russian plural form.
        guard case .failure(let failure) = environment.compile("size(1, 2)") else {
            Issue.record("size(1, 2) compiled")
            return
        }
        let arity = try #require(failure.issues.first { $0.code == "expr-arity" }).diagnostic(file: "<expression>", mark: Mark(line: 1, column: 1))
        #expect(arity.message.hasPrefix("'size' expects 1 argument, got 2: "), "\(arity.message)")
        #expect(arity.message(in: "ru").hasPrefix("«size» принимает 1 аргумент, а дано 2: "), "\(arity.message(in: "ru"))")
        #expect(arity.message(in: "kk").hasPrefix("«size» 1 аргумент қабылдайды, ал 2 берілген: "), "\(arity.message(in: "kk"))")
    }

    /// Evaluation failures (`eval-…`) as `saraptama eval` and reports show them.
    @Test("evaluation failures in ru and kk, English unchanged")
    func evaluationFailures() throws {
        let cases: [(text: String, en: String, ru: String, kk: String)] = [
            ("1 / 0", "division by zero", "деление на ноль", "нөлге бөлу"),
            ("[1, 2][3]", "index 3 out of range for a list of 2 elements", "номер 3 вне списка из 2 элементов", "3 нөмірі 2 элементтен тұратын тізімнен тыс"),
            ("[1][1]", "index 1 out of range for a list of 1 element", "номер 1 вне списка из 1 элемента", "1 нөмірі 1 элементтен тұратын тізімнен тыс"),
            ("{'a': 1}['b']", "no such key: 'b'", "нет ключа «b»", "«b» кілті жоқ"),
        ]
        for test in cases {
            guard case .failure(let error) = ExpressionPlayground.evaluate(test.text, document: nil, ruleSet: nil, architectures: ArchitectureLibrary()) else {
                Issue.record("\(test.text) evaluated")
                continue
            }
            let problem = try #require(error.diagnostics.first)
            #expect(problem.message == test.en)
            #expect(problem.message(in: "ru") == test.ru)
            #expect(problem.message(in: "kk") == test.kk)
        }
    }

    /// A rule that fails on a document: the rule and the place, then why, in the language.
    @Test("a rule's evaluation failure names the rule and the place in ru and kk")
    func ruleEvaluationFailure() throws {
        let (engine, tree) = try EngineTests.engine()
        defer { tree.remove() }
        let doc = try document("kind: technical_assignment\nid: TA-3\ndate: 2024-01-01\n")
        let problem = try #require(engine.check(doc, language: .en).problems.first)
        #expect(problem.code == "eval-no-such-key")
        #expect(problem.message == "rule DAT-902 on test.yaml:1:1 ($): no such key: 'budget'")
        #expect(problem.message(in: "ru") == "правило DAT-902 на test.yaml:1:1 ($): нет ключа «budget»")
        #expect(problem.message(in: "kk") == "test.yaml:1:1 ($) орнындағы DAT-902 ережесі: «budget» кілті жоқ")
    }

    /// Where a diagnostic's message is still built in English only, by folder of `Sources/`:
    /// `Diagnostic`/`ExpressionIssue`/`EvaluationError`/`OperationFailure` made with `message:`,
    /// `collector.error/warning(code, text)` without a template, the expression parser's
    /// `SyntaxFailure`s and the checker's `report(code, text)`. What remains (see Diagnostics.md):
    /// - SaraptamaExpressions 11: OperationFailure's English-only helpers 5 (wrong type, invalid
    ///   argument, overflow, too costly, its plain init), the checker's regex error 1 and its plain
    ///   `report` 1, CompiledExpression 1 (an activation mismatch, a programming error), the plain
    ///   inits and fallbacks that keep an English detail English (SyntaxFailure 1, ExpressionIssue 1,
    ///   ComputedVariables 1);
    /// - Rules 9: RequirementReferences 2, RuleCompiler+Variables 2, RuleCompiler 1 (a path's
    ///   syntax error), RequirementsParser 1 (a deferred requirement's reason), MessageTemplate 1,
    ///   the collector's own English `error`/`warning` 2;
    /// - Reading 33: TableProfileParser 32, StatementPatternParser 1 (a pattern's error);
    /// - Reference 1 (ArchitectureNames), Waivers 1 (a malformed path), Rounds 3 (RoundReportReader),
    ///   Engine 3 (fallbacks for an English detail), Support 1 (InputDiscovery+Notes).
    /// The numbers may only fall.
    static let ceilings: [String: Int] = [
        "SaraptamaExpressions": 11,
        "Saraptama/Rules": 9,
        "Saraptama/Reading": 33,
        "Saraptama/Reference": 1,
        "Saraptama/Documents": 0,
        "Saraptama/Configuration": 0,
        "Saraptama/Waivers": 1,
        "Saraptama/Rounds": 3,
        "Saraptama/Testing": 0,
        "Saraptama/Engine": 3,
        "Saraptama/Support": 1,
    ]

    static let englishOnly: [String] = [
        #"(?:Diagnostic|ExpressionIssue|EvaluationError|OperationFailure)\((?:[^()]|\([^()]*\))*?message:"#,
        #"collector\.(?:error|warning)\(\s*"[^"]+",(?!\s*template:)"#,
        #"throw SyntaxFailure\((?!\s*template:)"#,
        #"\breport\("[a-z-]+",(?!\s*"[a-z-]+\.[a-z-]+",)"#,
    ]

    @Test("the diagnostics still built in English only do not grow in number")
    func englishOnlyCeiling() {
        let patterns = Self.englishOnly.map { try! Regex($0) }
        var counts: [String: Int] = [:]
        let sources = Repository.root + "/Sources"
        let walker = FileManager.default.enumerator(atPath: sources)
        while let relative = walker?.nextObject() as? String {
            guard relative.hasSuffix(".swift"), !relative.hasPrefix("saraptama/"), !relative.contains("SaraptamaRegistry/"),
                !relative.contains("SaraptamaServer/"),
                let text = try? String(contentsOfFile: sources + "/" + relative, encoding: .utf8)
            else { continue }
            let parts = relative.split(separator: "/")
            let folder = parts.count > 2 ? parts[0...1].joined(separator: "/") : String(parts[0])
            let count = patterns.reduce(0) { $0 + text.matches(of: $1).count }
            if count > 0 { counts[folder, default: 0] += count }
        }
        for (folder, count) in counts.sorted(by: { $0.key < $1.key }) {
            let ceiling = Self.ceilings[folder] ?? 0
            #expect(count <= ceiling, "\(folder): \(count) messages built in English only, more than the \(ceiling) left; build new ones from the catalogue")
        }
    }
}
