import SaraptamaLoading

/// One walk of a document's node tree against a `DocumentSchema`, collecting warnings.
///
/// A value of the wrong type is reported and not looked into (what is inside a list written
/// where a mapping belongs would only repeat the one mistake).
///
/// The walk runs on every checked document, so it is kept cheap: mappings are read in place
/// (`MappingView`), keys found by their digests, types tested as bits, and the path to the node
/// is kept as positions (entry or item numbers), turned into a `DocumentPath` only for a warning.
struct SchemaWalk {
    typealias Shape = DocumentSchema.Shape
    let schema: DocumentSchema
    let file: String
    let root: Node
    private(set) var diagnostics: [Diagnostic] = []
    /// The position taken at each level from the root to the node being visited.
    private var positions: [Int] = []

    init(schema: DocumentSchema, file: String, root: Node) {
        self.schema = schema
        self.file = file
        self.root = root
    }

    /// The path of the node being visited, replayed from the root.
    private var path: DocumentPath {
        var components: [DocumentPath.Component] = []
        var node = root
        for position in positions {
            switch node.content {
            case .mapping(let mapping):
                let entry = MappingView(mapping).entry(at: position).pointee
                components.append(.key(entry.key))
                node = entry.value
            case .sequence(let items):
                components.append(.index(position))
                node = items[position]
            case .scalar:
                break
            }
        }
        return DocumentPath(components)
    }

    private mutating func warn(_ code: String, _ message: String, at mark: Mark) {
        diagnostics.append(Diagnostic(.warning, code: code, message: message, file: file, mark: mark))
    }

    mutating func visit(_ node: Node, _ shape: Shape) {
        let shape = shape.reference == nil ? shape : schema.resolved(shape)
        let type = DocumentSchema.JSONType.of(node)
        if shape.typeBits != 0, shape.typeBits & type.bit == 0 {
            let expected = DocumentSchema.JSONType.allCases.filter { shape.types?.contains($0) == true }.map(\.phrase)
            warn("doc-wrong-type", "'\(path)' should be \(Self.either(expected)), found \(Self.found(node, type))", at: node.mark)
            return
        }
        switch node.content {
        case .mapping(let mapping):
            visit(mapping, shape, at: node.mark)
        case .sequence(let items):
            guard let itemShape = shape.items, !itemShape.acceptsAnything else { break }
            for index in items.indices {
                positions.append(index)
                visit(items[index], itemShape)
                positions.removeLast()
            }
        case .scalar(let scalar, _):
            if let allowed = shape.enumeration, !allowed.contains(scalar) {
                let names = allowed.map(Self.text)
                var message = "'\(path)' is \(Self.found(node, type)), which is not one of: \(names.joined(separator: ", "))"
                if let text = node.string, let guess = Suggestion.closest(to: text, among: names) { message += "; did you mean '\(guess)'?" }
                warn("doc-bad-value", message, at: node.mark)
            }
            if case .string(let text) = scalar,
                (shape.isDate && CalendarDay.parse(text) == nil) || (shape.pattern.map { !$0.matches(text) } ?? false)
            {
                let expected = shape.description.map { " (\($0))" } ?? (shape.isDate ? " (a date YYYY-MM-DD)" : " (pattern \(shape.pattern!.source))")
                warn("doc-bad-value", "'\(path)' is '\(text)', which is not of the expected form\(expected)", at: node.mark)
            }
        }
        if !shape.anyOf.isEmpty { visitAlternatives(node, shape, type) }
    }

    /// `anyOf`: the first alternative the node fits, tried in order; when it fits none, one
    /// warning naming them (by their descriptions) rather than every alternative's own.
    private mutating func visitAlternatives(_ node: Node, _ shape: Shape, _ type: DocumentSchema.JSONType) {
        let before = diagnostics.count
        for alternative in shape.anyOf {
            visit(node, alternative)
            if diagnostics.count == before { return }
            diagnostics.removeSubrange(before...)
        }
        let described = shape.anyOf.compactMap(\.description)
        let expected = described.count == shape.anyOf.count ? described.joined(separator: ", or ") : shape.description ?? "see the schema"
        warn("doc-bad-value", "'\(path)' is \(Self.found(node, type)), which is not of the expected form (\(expected))", at: node.mark)
    }

    private mutating func visit(_ mapping: Mapping, _ shape: Shape, at mark: Mark) {
        let view = MappingView(mapping)
        let fields = shape.propertyFields
        // Documents mostly follow the schema's order: the field after the last one found is
        // tried first, then the others.
        var hint = 0
        for position in 0..<view.count {
            let entry = view.entry(at: position)
            var child: Shape?
            let digest = entry.pointee.digest
            var found: Int?
            if hint < fields.count, fields[hint].digest == digest, fields[hint].text == entry.pointee.key {
                found = hint
            } else {
                found = fields.firstIndex { $0.digest == digest && $0.text == entry.pointee.key }
            }
            if let index = found {
                child = shape.propertyShapes[index]
                hint = index + 1
            } else if let (_, matched) = shape.patternProperties.first(where: { $0.0.matches(entry.pointee.key) }) {
                child = matched
            } else {
                switch shape.additional {
                case .allowed: break
                case .shape(let additional): child = additional
                case .warn: unknownKey(entry.pointee, in: shape)
                }
            }
            guard let child, !child.acceptsAnything else { continue }
            positions.append(position)
            visit(entry.pointee.value, child)
            positions.removeLast()
        }
        for key in shape.required where !mapping.contains(key) {
            warn("doc-missing-field", "'\(path)' has no '\(key)'", at: mark)
        }
    }

    private mutating func unknownKey(_ entry: Mapping.Entry, in shape: Shape) {
        let place = positions.isEmpty ? "at the top level of the document" : "in '\(path)'"
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
