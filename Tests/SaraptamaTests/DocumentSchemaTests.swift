import Foundation
import SaraptamaLoading
import Testing
@testable import Saraptama

/// The document schema (`Rules/schema/document.schema.json`): what the loader warns about, that
/// every shipped document and rule example fits it, that a real JSON Schema validator agrees,
/// and that it names the same fields as `Rules/documents.md`.
@Suite("Document schema")
struct DocumentSchemaTests {
    static let schemaPath = DocumentSchema.path(inRuleSet: Repository.rules)

    static var schema: DocumentSchema {
        get throws { try #require(Repository.engine.ruleSet.documentSchema, "the shipped rule set has no document schema") }
    }

    static func warnings(_ yaml: String) throws -> [Diagnostic] {
        try schema.validate(document(yaml, path: "doc.yaml"))
    }

    static let header = """
        kind: technical_assignment
        id: "ТЗ-1"
        date: "2025-02-10"

        """

    @Test func anUnknownKeyIsWarnedAboutAtItsLineAndColumnWithDidYouMean() throws {
        let warnings = try Self.warnings(Self.header + """
            fucntions:
              - {code: MZ.03.01, name: "Консультации", domain: healthcare}
            security:
              backups: {periodicty: "ежедневно", retention: "90 дней"}
            """)
        #expect(warnings.map(\.code) == ["doc-unknown-key", "doc-unknown-key"])
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.file == "doc.yaml" })
        #expect(warnings[0].mark?.line == 4)
        #expect(warnings[0].mark?.column == 1)
        #expect(warnings[0].message.contains("unknown key 'fucntions' at the top level"))
        #expect(warnings[0].message.hasSuffix("did you mean 'functions'?"))
        #expect(warnings[1].mark?.line == 7)
        #expect(warnings[1].mark?.column == 13)
        #expect(warnings[1].message.contains("in 'security.backups'"))
        #expect(warnings[1].message.hasSuffix("did you mean 'periodicity'?"))
    }

    @Test func aKeyFarFromAnyKnownOneListsTheKnownKeys() throws {
        let warnings = try Self.warnings(Self.header + "warranty: {months: 12, from: commissioning, guarantor: \"ТОО\"}\n")
        #expect(warnings.count == 1)
        #expect(warnings.first?.message.contains("known keys: months, from") == true)
    }

    @Test func extensionKeysDrawNothing() throws {
        #expect(try Self.warnings(Self.header + "x-internal-note: \"для эксперта\"\nbudget: {total: 1, x-source: \"смета\"}\n").isEmpty)
    }

    @Test func aWrongTypeIsWarnedAboutAtTheValue() throws {
        let warnings = try Self.warnings(Self.header + """
            sections: "text"
            budget: {total: "много", years: [{year: 2025, amount: 10}]}
            object: {name: 2024, system_id: null}
            schedule:
              stages:
                - {name: "ОЭ", kind: trial_operation, start: 20250601, end: "2025-11-30"}
            """)
        #expect(warnings.map(\.code) == Array(repeating: "doc-wrong-type", count: 4))
        #expect(warnings[0].message == "'sections' should be a list, found a string 'text'")
        #expect(warnings[0].mark?.line == 4)
        #expect(warnings[0].mark?.column == 11)
        #expect(warnings[1].message == "'budget.total' should be an integer, found a string 'много'")
        #expect(warnings[2].message == "'object.name' should be a string, found an integer '2024'")
        #expect(warnings[3].message == "'schedule.stages[0].start' should be a string, found an integer '20250601'")
        #expect(warnings[3].mark?.line == 9)
    }

    @Test func aValueOutsideItsEnumerationOrFormIsWarnedAbout() throws {
        let warnings = try Self.warnings(Self.header + """
            schedule:
              stages:
                - {name: "ОЭ", kind: trail_operation, start: "01.06.2025", end: "2025-11-30"}
            """)
        #expect(warnings.map(\.code) == ["doc-bad-value", "doc-bad-value"])
        #expect(warnings[0].message.hasSuffix("did you mean 'trial_operation'?"))
        #expect(warnings[1].message == "'schedule.stages[0].start' is a string '01.06.2025', which is not of the expected form (a date YYYY-MM-DD, or empty)")
    }

    @Test func warningsReachTheResultWithoutMakingTheCheckIncomplete() throws {
        let text = try String(contentsOfFile: Repository.cases + "/ta-mz-telemedicine/document.yaml", encoding: .utf8)
        let misspelt = text.replacingOccurrences(of: "\nschedule:", with: "\nshedule:")
        let result = Repository.engine.check(try document(misspelt, path: "misspelt.yaml"), language: .en)
        #expect(result.problems.map(\.code) == ["doc-unknown-key"])
        #expect(result.problems.first?.message.contains("did you mean 'schedule'?") == true)
        #expect(result.verdict == .negative)
        let report = CheckReport(ruleSet: Repository.engine.ruleSet, language: .en, documents: [result])
        #expect(!report.hasProblems)
    }

    @Test func anUnsupportedKeywordKeepsTheSchemaFromLoading() {
        let text = #"{"type": "object", "properties": {"total": {"type": "integer", "minimum": 0}}}"#
        #expect(throws: DiagnosticError.self) { try DocumentSchema.load(bytes: Array(text.utf8), path: "s.json") }
        do {
            _ = try DocumentSchema.load(bytes: Array(text.utf8), path: "s.json")
        } catch {
            #expect(error.diagnostics.map(\.code) == ["schema-unsupported-keyword"])
        }
    }

    /// Every shipped document (YAML, Markdown, dossier members) fits the schema: no warning.
    @Test(arguments: ShippedDocuments.all)
    func aShippedDocumentDrawsNoWarning(_ file: String) throws {
        guard case .loaded(let loaded) = DocumentLoader.load(path: Repository.cases + "/" + file, tables: Repository.tables) else {
            Issue.record("\(file) does not load")
            return
        }
        let warnings = try Self.schema.validate(loaded)
        #expect(warnings.isEmpty, "\(warnings.map(\.description).joined(separator: "\n"))")
    }

    /// Every rule example's document fits the schema (the example runner also fails on them).
    @Test func everyRuleExampleDrawsNoWarning() throws {
        let schema = try Self.schema
        var count = 0
        for rule in Repository.engine.ruleSet.rules {
            for example in rule.examples {
                let documents = example.dossier.map { $0.map(\.node) } ?? [example.document]
                for node in documents {
                    count += 1
                    let warnings = schema.validate(RuleExampleRunner.completed(node, for: rule), file: rule.file)
                    #expect(warnings.isEmpty, "\(rule.id): \(warnings.map(\.description).joined(separator: "\n"))")
                }
            }
        }
        #expect(count > 100)
    }

    /// A real JSON Schema validator (Python's jsonschema) accepts every shipped YAML document, so
    /// the schema means in editors what it means here.
    @Test(arguments: ShippedDocuments.yaml)
    func jsonschemaAcceptsAShippedDocument(_ file: String) throws {
        let loaded = try YAMLLoader.load(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: Repository.cases + "/" + file))), path: file)
        let errors = try SchemaValidator.errors(json: ShippedDocuments.json(loaded.root).text(), schema: Self.schemaPath)
        #expect(errors.isEmpty, "\(errors.joined(separator: "\n"))")
    }

    /// Every shipped YAML document and dossier manifest names its schema on its first line, for
    /// editors (yaml-language-server), and the path leads to the schema; the manifests fit theirs.
    @Test(arguments: ShippedDocuments.yaml + ShippedDocuments.manifests)
    func aShippedFileNamesItsSchemaOnItsFirstLine(_ file: String) throws {
        let text = try String(contentsOfFile: Repository.cases + "/" + file, encoding: .utf8)
        let first = try #require(text.split(separator: "\n").first)
        let prefix = "# yaml-language-server: $schema="
        #expect(first.hasPrefix(prefix))
        let relative = String(first.dropFirst(prefix.count))
        let folder = ((Repository.cases + "/" + file) as NSString).deletingLastPathComponent
        let target = ((folder + "/" + relative) as NSString).standardizingPath
        let expected = file.hasSuffix(DossierLoader.manifestName) ? "dossier.schema.json" : "document.schema.json"
        #expect(target == ((Repository.rules + "/schema/" + expected) as NSString).standardizingPath)
        if file.hasSuffix(DossierLoader.manifestName) {
            let loaded = try YAMLLoader.load(text: text, path: file)
            let errors = try SchemaValidator.errors(json: ShippedDocuments.json(loaded.root).text(), schema: target)
            #expect(errors.isEmpty, "\(errors.joined(separator: "\n"))")
        }
    }

    @Test func jsonschemaAgreesAboutAnUnknownKey() throws {
        let loaded = try YAMLLoader.load(text: Self.header + "fucntions: []\n", path: "doc.yaml")
        let errors = try SchemaValidator.errors(json: ShippedDocuments.json(loaded.root).text(), schema: Self.schemaPath)
        #expect(errors.count == 1)
        #expect(errors.first?.contains("fucntions") == true)
    }

    /// documents.md and the schema name the same fields: a field documented but not in the
    /// schema, or in the schema but not documented, fails here (see `DocumentedFields`).
    @Test func documentsMarkdownAndTheSchemaNameTheSameFields() throws {
        let documented = try DocumentedFields(markdown: String(contentsOfFile: Repository.rules + "/documents.md", encoding: .utf8))
        let schema = try Self.schema
        let inSchema = SchemaFields(schema)
        #expect(documented.names.subtracting(inSchema.names).sorted() == [], "named in documents.md, missing from the schema")
        #expect(inSchema.names.subtracting(documented.names).sorted() == [], "in the schema, not named in documents.md")
        #expect(documented.parts == inSchema.topLevel, "top-level parts: documents.md §1–2 against the schema's root properties")
        #expect(documented.names.count > 100)
    }
}

/// The documents shipped under `Cases/` (paths relative to it), expectation and golden files left out.
enum ShippedDocuments {
    static let all: [String] = {
        InputFiles.files(under: Repository.cases, extensions: ["yaml", "md"]).compactMap { path in
            let relative = String(path.dropFirst(Repository.cases.count + 1))
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix("expected") || name == DossierLoader.manifestName || name.lowercased() == "readme.md" { return nil }
            // The Word cases' sources become .docx at test time and are read as Word (WordCaseTests).
            if relative.hasPrefix("word/") { return nil }
            return relative.contains("/golden/") ? nil : relative
        }
    }()

    static var yaml: [String] { all.filter { $0.hasSuffix(".yaml") } }

    /// The dossier manifests under `Cases/`.
    static let manifests: [String] = InputFiles.files(under: Repository.cases, extensions: ["yaml"])
        .filter { ($0 as NSString).lastPathComponent == DossierLoader.manifestName }
        .map { String($0.dropFirst(Repository.cases.count + 1)) }

    /// The JSON form of a loaded YAML tree.
    static func json(_ node: Node) -> JSONValue {
        switch node.content {
        case .mapping(let mapping): .object(mapping.entries.map { ($0.key, json($0.value)) })
        case .sequence(let items): .array(items.map(json))
        case .scalar(let scalar, _):
            switch scalar {
            case .null: .null
            case .bool(let value): .bool(value)
            case .int(let value): .int(value)
            case .double(let value): .double(value)
            case .string(let value): .string(value)
            }
        }
    }
}

/// The property names of a schema, over every nested object and definition.
struct SchemaFields {
    var names: Set<String> = []
    var topLevel: Set<String>

    init(_ schema: DocumentSchema) {
        topLevel = Set(schema.root.propertyNames)
        var pending = [schema.root] + Array(schema.definitions.values)
        var seen = Set<ObjectIdentifier>()
        while let shape = pending.popLast() {
            guard seen.insert(ObjectIdentifier(shape)).inserted else { continue }
            names.formUnion(shape.propertyNames)
            pending += Array(shape.properties.values) + (shape.items.map { [$0] } ?? [])
        }
    }
}
