import Foundation
import SaraptamaLoading

/// The document format as a JSON Schema (2020-12), read from a rule set's
/// `schema/document.schema.json` and used to warn about keys and values the rules will not see.
///
/// A small interpreter of the part of JSON Schema the file uses, so the project needs no
/// validator library; a keyword outside that part makes the schema fail to load, so the file
/// cannot grow a constraint that is silently ignored here. Understood keywords:
///
/// - `type` (a name or a list of names), `enum` and `const` (scalars), `pattern` (on strings),
///   `format: date` (a string `YYYY-MM-DD` that is a calendar date; other formats are annotations);
/// - `properties`, `patternProperties`, `additionalProperties` (`true`, `false` or a schema),
///   `required`;
/// - `items` (one schema for every item);
/// - `anyOf` (the value fits one of the schemas listed; one warning when it fits none);
/// - `$ref` to `#/$defs/NAME`, and `$defs`;
/// - annotations, which are not checked: `$schema`, `$id`, `$comment`, `title`, `description`,
///   `default`, `examples`.
///
/// Nothing here refuses a document: every violation is a *warning* (see ``validate(_:)``),
/// because documents may carry extra fields (`Rules/documents.md`, §0), and a rule that needs a
/// field reports its absence itself.
public struct DocumentSchema: Sendable {
    /// The file the schema was read from (diagnostics about the schema point at it).
    public let file: String
    let root: Shape
    let definitions: [String: Shape]

    /// The path of the document schema inside the rule set folder `directory`.
    public static func path(inRuleSet directory: String) -> String { directory + "/schema/document.schema.json" }

    /// Reads and compiles the schema file at `path`; throws every problem of the file at once.
    public static func load(path: String) throws(DiagnosticError) -> DocumentSchema {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DiagnosticError([Diagnostic(code: "io-unreadable", template: "io-unreadable.schema", file: path)])
        }
        return try load(bytes: Array(data), path: path)
    }

    /// Compiles a schema given as JSON (or YAML) text.
    public static func load(bytes: [UInt8], path: String) throws(DiagnosticError) -> DocumentSchema {
        try DocumentSchema(YAMLLoader.load(bytes: bytes, path: path))
    }

    /// Compiles a schema file already loaded.
    public init(_ loaded: LoadedDocument) throws(DiagnosticError) {
        let path = loaded.source.path
        var compiler = SchemaCompiler(file: path)
        let root = compiler.shape(loaded.root)
        var definitions: [String: Shape] = [:]
        if let defs = loaded.root["$defs"]?.mapping {
            for entry in defs.entries { definitions[entry.key] = compiler.shape(entry.value) }
        }
        compiler.checkReferences(in: root, definitions: definitions)
        for shape in definitions.values { compiler.checkReferences(in: shape, definitions: definitions) }
        if !compiler.problems.isEmpty { throw DiagnosticError(compiler.problems) }
        self.init(file: path, root: root, definitions: definitions)
    }

    private init(file: String, root: Shape, definitions: [String: Shape]) {
        self.file = file
        self.root = root
        self.definitions = definitions
    }

    /// The warnings about `root`, a document of `file`: unknown keys (`doc-unknown-key`, with a
    /// "did you mean" for a near miss, at the key), values of the wrong type (`doc-wrong-type`),
    /// values outside an enumeration or a pattern (`doc-bad-value`) and missing required fields
    /// (`doc-missing-field`), in document order. Keys starting with `x-` are extensions when the
    /// schema says so (`patternProperties`), and draw nothing.
    public func validate(_ root: Node, file: String) -> [Diagnostic] {
        var walk = SchemaWalk(schema: self, file: file, root: root)
        walk.visit(root, self.root)
        return walk.diagnostics
    }

    /// The warnings about a loaded document.
    public func validate(_ document: Document) -> [Diagnostic] { validate(document.root, file: document.file) }

    /// `shape` itself, or the definition it refers to.
    func resolved(_ shape: Shape) -> Shape {
        var current = shape
        var hops = 0
        while let name = current.reference, let target = definitions[name], hops < 16 {
            current = target
            hops += 1
        }
        return current
    }
}

extension DocumentSchema {
    /// The JSON type names a schema can require.
    enum JSONType: String, Sendable, CaseIterable {
        case object, array, string, integer, number, boolean, null

        /// This type's bit in `Shape.typeBits`.
        var bit: UInt8 {
            switch self {
            case .object: 1
            case .array: 2
            case .string: 4
            case .integer: 8
            case .number: 16
            case .boolean: 32
            case .null: 64
            }
        }

        /// How a message names a value of this type.
        /// The phrase in `language` ("ru", "kk", anything else English), as messages name the type.
        func phrase(_ language: String) -> String {
            switch (self, language) {
            case (.object, "ru"): "словарь"
            case (.object, "kk"): "сөздік"
            case (.array, "ru"): "список"
            case (.array, "kk"): "тізім"
            case (.string, "ru"): "строка"
            case (.string, "kk"): "жол"
            case (.integer, "ru"): "целое число"
            case (.integer, "kk"): "бүтін сан"
            case (.number, "ru"): "число"
            case (.number, "kk"): "сан"
            case (.boolean, "ru"): "«да» или «нет» (true или false)"
            case (.boolean, "kk"): "«иә» немесе «жоқ» (true немесе false)"
            case (.null, "ru"): "пустое значение (null)"
            case (.null, "kk"): "бос мән (null)"
            default: phrase
            }
        }

        var phrase: String {
            switch self {
            case .object: "a mapping"
            case .array: "a list"
            case .string: "a string"
            case .integer: "an integer"
            case .number: "a number"
            case .boolean: "true or false"
            case .null: "null"
            }
        }

        /// The type of `node` (an integer is also a number).
        static func of(_ node: Node) -> JSONType {
            switch node.content {
            case .mapping: .object
            case .sequence: .array
            case .scalar(let scalar, _):
                switch scalar {
                case .null: .null
                case .bool: .boolean
                case .int: .integer
                case .double: .number
                case .string: .string
                }
            }
        }
    }

    /// What a schema allows for keys it does not name.
    enum Additional: Sendable {
        /// Any key, any value (`additionalProperties` absent or `true`).
        case allowed
        /// Any key, warned about (`additionalProperties: false`).
        case warn
        /// Any key whose value fits the schema.
        case shape(Shape)
    }

    /// One compiled (sub)schema. A class, so that definitions can refer to each other by name
    /// without copying.
    final class Shape: Sendable {
        let reference: String?
        let types: Set<JSONType>?
        /// `types` as bits (`JSONType.bit`), 0 for any type; an integer also passes as a number.
        let typeBits: UInt8
        /// `enum`, or `const` as a list of one.
        let enumeration: [Scalar]?
        let pattern: SchemaPattern?
        /// `format: date`.
        let isDate: Bool
        let anyOf: [Shape]
        let properties: [String: Shape]
        /// Property names in schema order, for suggestions and messages; with their digests,
        /// the walk's lookup (a scan comparing digests, as `MappingView` does).
        let propertyNames: [String]
        let propertyFields: [FieldName]
        let propertyShapes: [Shape]
        let patternProperties: [(SchemaPattern, Shape)]
        let additional: Additional
        let required: [String]
        let items: Shape?
        let description: String?
        /// True for a schema that checks nothing (`true`, `{}`): its values are not walked.
        let acceptsAnything: Bool

        init(
            reference: String?, types: Set<JSONType>?, enumeration: [Scalar]?, pattern: SchemaPattern?, isDate: Bool = false,
            anyOf: [Shape] = [], properties: [(String, Shape)],
            patternProperties: [(SchemaPattern, Shape)], additional: Additional, required: [String], items: Shape?, description: String?
        ) {
            self.reference = reference
            self.types = types
            var bits = types.map { $0.reduce(UInt8(0)) { $0 | $1.bit } } ?? 0
            if bits & JSONType.number.bit != 0 { bits |= JSONType.integer.bit }
            typeBits = bits
            self.enumeration = enumeration
            self.pattern = pattern
            self.isDate = isDate
            self.anyOf = anyOf
            self.properties = Dictionary(properties, uniquingKeysWith: { first, _ in first })
            self.propertyNames = properties.map(\.0)
            propertyFields = properties.map { FieldName($0.0) }
            propertyShapes = properties.map(\.1)
            self.patternProperties = patternProperties
            self.additional = additional
            self.required = required
            self.items = items
            self.description = description
            acceptsAnything = reference == nil && types == nil && enumeration == nil && pattern == nil && !isDate && anyOf.isEmpty
                && properties.isEmpty
                && patternProperties.isEmpty && required.isEmpty && items == nil
                && { if case .allowed = additional { true } else { false } }()
        }
    }
}

/// A `pattern` or `patternProperties` regular expression, compiled once.
///
/// A pattern that is only `^` and literal characters (`^x-`, the extension keys) is tested as
/// a prefix: compiling the first NSRegularExpression of a process loads ICU's property tables,
/// which cost more than the rest of the schema, and NSRegularExpression bridges every text to
/// UTF-16, which is slow on Linux. (The shipped schema checks dates with `format`, natively.)
final class SchemaPattern: @unchecked Sendable {
    // NSRegularExpression is immutable and documented thread-safe once made.
    let source: String
    private let prefix: String?
    private let expression: NSRegularExpression?

    init?(_ source: String) {
        self.source = source
        let literal = source.dropFirst()
        if source.hasPrefix("^"), literal.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) {
            prefix = String(literal)
            expression = nil
        } else {
            guard let expression = try? NSRegularExpression(pattern: source) else { return nil }
            prefix = nil
            self.expression = expression
        }
    }

    /// True when the expression matches somewhere in `text` (JSON Schema patterns are not anchored).
    func matches(_ text: String) -> Bool {
        if let prefix { return text.hasPrefix(prefix) }
        return expression!.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
