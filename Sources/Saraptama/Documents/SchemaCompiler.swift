import SaraptamaLoading

/// Turns the node tree of a schema file into `DocumentSchema.Shape`s, collecting every problem
/// (`schema-…` codes) with its position: an unsupported keyword, a malformed value, a `$ref`
/// to a missing definition.
struct SchemaCompiler {
    typealias Shape = DocumentSchema.Shape
    let file: String
    private(set) var problems: [Diagnostic] = []
    /// Compiled patterns by source: the schema repeats `^x-` on every object, and compiling a
    /// regular expression costs more than the rest of a shape.
    private var patterns: [String: SchemaPattern] = [:]

    /// Keywords that only annotate (or are handled at the top: `$defs`).
    static let annotations: Set<String> = ["$schema", "$id", "$comment", "title", "description", "default", "examples", "$defs"]
    static let keywords: Set<String> = [
        "$ref", "type", "enum", "const", "pattern", "format", "anyOf", "properties", "patternProperties", "additionalProperties",
        "required", "items",
    ]

    init(file: String) { self.file = file }

    /// A problem whose message is the catalogue's `template` filled with `arguments`.
    private mutating func problem(_ code: String, template: String, _ arguments: [String: String], at node: Node) {
        problems.append(Diagnostic(code: code, template: template, arguments: arguments, file: file, mark: node.mark))
    }

    mutating func shape(_ node: Node) -> Shape {
        if case .scalar(.bool(true), _) = node.content { return Self.anything }
        guard let mapping = node.mapping else {
            problem("schema-bad-value", template: "schema-bad-value.schema", node.kindArguments(), at: node)
            return Self.anything
        }
        for entry in mapping.entries where !Self.keywords.contains(entry.key) && !Self.annotations.contains(entry.key) {
            let arguments = SchemaWalk.suggestion(Suggestion.closest(to: entry.key, among: Array(Self.keywords)))
                .merging(["key": entry.key, "type": "DocumentSchema"]) { a, _ in a }
            problems.append(Diagnostic(code: "schema-unsupported-keyword", template: "schema-unsupported-keyword.key", arguments: arguments, file: file, mark: entry.keyMark))
        }
        var reference: String?
        if let node = mapping["$ref"] {
            if let text = node.string, text.hasPrefix("#/$defs/") { reference = String(text.dropFirst("#/$defs/".count)) } else {
                problem("schema-bad-value", template: "schema-bad-value.ref", ["key": "$ref", "form": "#/$defs/NAME"], at: node)
            }
        }
        var types: Set<DocumentSchema.JSONType>?
        if let node = mapping["type"] {
            let names = node.sequence?.compactMap(\.string) ?? node.string.map { [$0] } ?? []
            let parsed = names.compactMap(DocumentSchema.JSONType.init(rawValue:))
            if parsed.isEmpty || parsed.count != names.count || (node.sequence.map { $0.count != names.count } ?? false) {
                problem("schema-bad-value", template: "schema-bad-value.type", ["key": "type", "types": "object, array, string, integer, number, boolean, null"], at: node)
            }
            types = Set(parsed)
        }
        var enumeration: [Scalar]?
        if let node = mapping["enum"] {
            enumeration = node.sequence?.compactMap(\.scalar)
            if enumeration == nil || enumeration!.count != node.sequence!.count { problem("schema-bad-value", template: "schema-bad-value.scalars", ["key": "enum"], at: node) }
        }
        if let node = mapping["const"] {
            if let scalar = node.scalar { enumeration = [scalar] } else { problem("schema-bad-value", template: "schema-bad-value.scalar", ["key": "const"], at: node) }
        }
        var pattern: SchemaPattern?
        if let node = mapping["pattern"] { pattern = compilePattern(node) }
        // `format` annotates, except `date`, which is checked.
        let isDate = mapping["format"]?.string == "date"
        var anyOf: [Shape] = []
        if let node = mapping["anyOf"] {
            if let items = node.sequence, !items.isEmpty { anyOf = items.map { shape($0) } } else {
                problem("schema-bad-value", template: "schema-bad-value.schemas", ["key": "anyOf"], at: node)
            }
        }
        var properties: [(String, Shape)] = []
        if let node = mapping["properties"] {
            if let fields = node.mapping { properties = fields.entries.map { ($0.key, shape($0.value)) } } else {
                problem("schema-bad-value", template: "schema-bad-value.mapping", ["key": "properties"], at: node)
            }
        }
        var patternProperties: [(SchemaPattern, Shape)] = []
        if let node = mapping["patternProperties"], let fields = node.mapping {
            for entry in fields.entries {
                if let compiled = compilePattern(Node(.scalar(.string(entry.key), .plain), mark: entry.keyMark)) {
                    patternProperties.append((compiled, shape(entry.value)))
                }
            }
        }
        var additional = DocumentSchema.Additional.allowed
        if let node = mapping["additionalProperties"] {
            if case .scalar(.bool(let allowed), _) = node.content { additional = allowed ? .allowed : .warn } else { additional = .shape(shape(node)) }
        }
        var required: [String] = []
        if let node = mapping["required"] {
            required = node.sequence?.compactMap(\.string) ?? []
            if node.sequence?.count != required.count { problem("schema-bad-value", template: "schema-bad-value.keys", ["key": "required"], at: node) }
        }
        let items = mapping["items"].map { shape($0) }
        return Shape(
            reference: reference, types: types, enumeration: enumeration, pattern: pattern, isDate: isDate, anyOf: anyOf,
            properties: properties,
            patternProperties: patternProperties, additional: additional, required: required, items: items,
            description: mapping["description"]?.string)
    }

    private mutating func compilePattern(_ node: Node) -> SchemaPattern? {
        if let text = node.string, let compiled = patterns[text] { return compiled }
        guard let text = node.string, let compiled = SchemaPattern(text) else {
            problem("schema-bad-value", template: "schema-bad-value.regex", [:], at: node)
            return nil
        }
        patterns[text] = compiled
        return compiled
    }

    /// Reports every `$ref` under `shape` whose definition is missing.
    mutating func checkReferences(in shape: Shape, definitions: [String: Shape]) {
        var pending = [shape]
        var seen = Set<ObjectIdentifier>()
        while let next = pending.popLast() {
            guard seen.insert(ObjectIdentifier(next)).inserted else { continue }
            if let name = next.reference, definitions[name] == nil {
                problems.append(Diagnostic(code: "schema-bad-reference", template: "schema-bad-reference.undefined", arguments: ["key": "$ref", "target": "#/$defs/\(name)"], file: file))
            }
            pending += Array(next.properties.values) + next.patternProperties.map(\.1) + (next.items.map { [$0] } ?? []) + next.anyOf
            if case .shape(let additional) = next.additional { pending.append(additional) }
        }
    }

    /// The schema `true`: anything goes.
    static let anything = Shape(
        reference: nil, types: nil, enumeration: nil, pattern: nil, properties: [], patternProperties: [], additional: .allowed,
        required: [], items: nil, description: nil)
}
