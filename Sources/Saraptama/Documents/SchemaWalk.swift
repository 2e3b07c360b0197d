import SaraptamaLoading

/// One walk of a document's node tree against a `DocumentSchema`, collecting warnings.
///
/// A value of the wrong type is reported and not looked into (what is inside a list written
/// where a mapping belongs would only repeat the one mistake).
struct SchemaWalk {
    typealias Shape = DocumentSchema.Shape
    let schema: DocumentSchema
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    init(schema: DocumentSchema, file: String) {
        self.schema = schema
        self.file = file
    }

    private mutating func warn(_ code: String, _ message: String, at mark: Mark) {
        diagnostics.append(Diagnostic(.warning, code: code, message: message, file: file, mark: mark))
    }

    mutating func visit(_ node: Node, _ shape: Shape, path: DocumentPath) {
        let shape = schema.resolved(shape)
        let type = DocumentSchema.JSONType.of(node)
        if let types = shape.types, !types.contains(type), !(type == .integer && types.contains(.number)) {
            let expected = DocumentSchema.JSONType.allCases.filter(types.contains).map(\.phrase)
            warn("doc-wrong-type", "'\(path)' should be \(Self.either(expected)), found \(Self.found(node, type))", at: node.mark)
            return
        }
        if let allowed = shape.enumeration, let scalar = node.scalar, !allowed.contains(scalar) {
            let names = allowed.map(Self.text)
            var message = "'\(path)' is \(Self.found(node, type)), which is not one of: \(names.joined(separator: ", "))"
            if let text = node.string, let guess = Suggestion.closest(to: text, among: names) { message += "; did you mean '\(guess)'?" }
            warn("doc-bad-value", message, at: node.mark)
        }
        if let pattern = shape.pattern, let text = node.string, !pattern.matches(text) {
            let expected = shape.description.map { " (\($0))" } ?? " (pattern \(pattern.source))"
            warn("doc-bad-value", "'\(path)' is '\(text)', which is not of the expected form\(expected)", at: node.mark)
        }
        switch node.content {
        case .mapping(let mapping):
            for entry in mapping.entries {
                let child = path.appending(.key(entry.key))
                if let property = shape.properties[entry.key] {
                    visit(entry.value, property, path: child)
                } else if let (_, matched) = shape.patternProperties.first(where: { $0.0.matches(entry.key) }) {
                    visit(entry.value, matched, path: child)
                } else {
                    switch shape.additional {
                    case .allowed: break
                    case .shape(let additional): visit(entry.value, additional, path: child)
                    case .warn: unknownKey(entry, in: shape, path: path)
                    }
                }
            }
            for key in shape.required where !mapping.contains(key) {
                warn("doc-missing-field", "'\(path)' has no '\(key)'", at: node.mark)
            }
        case .sequence(let items):
            guard let itemShape = shape.items else { break }
            for (index, item) in items.enumerated() { visit(item, itemShape, path: path.appending(.index(index))) }
        case .scalar:
            break
        }
    }

    private mutating func unknownKey(_ entry: Mapping.Entry, in shape: Shape, path: DocumentPath) {
        let place = path.components.isEmpty ? "at the top level of the document" : "in '\(path)'"
        var message = "unknown key '\(entry.key)' \(place): no rule reads it"
        if let guess = Suggestion.closest(to: entry.key, among: shape.propertyNames) {
            message += "; did you mean '\(guess)'?"
        } else if !shape.propertyNames.isEmpty {
            message += " (known keys: \(shape.propertyNames.joined(separator: ", ")))"
        }
        warn("doc-unknown-key", message, at: entry.keyMark)
    }

    /// "a list", "a string or an integer", "a string, an integer or null".
    static func either(_ phrases: [String]) -> String {
        guard phrases.count > 1 else { return phrases.first ?? "nothing" }
        return phrases.dropLast().joined(separator: ", ") + " or " + phrases.last!
    }

    /// How a message shows the value found: its type, and a short scalar itself.
    static func found(_ node: Node, _ type: DocumentSchema.JSONType) -> String {
        guard let scalar = node.scalar, scalar != .null else { return type.phrase }
        let text = Self.text(scalar)
        return text.count <= 40 ? "\(type.phrase) '\(text)'" : type.phrase
    }

    static func text(_ scalar: Scalar) -> String {
        switch scalar {
        case .null: "null"
        case .bool(let value): value ? "true" : "false"
        case .int(let value): String(value)
        case .double(let value): String(value)
        case .string(let value): value
        }
    }
}
