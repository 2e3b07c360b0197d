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

    private mutating func warn(_ code: String, _ variant: String, _ arguments: [String: String], at mark: Mark) {
        diagnostics.append(Diagnostic(.warning, code: code, template: code + "." + variant, arguments: arguments, file: file, mark: mark))
    }

    /// "; did you mean 'x'?" in each language, as the argument `suggestion`; empty without a guess.
    static func suggestion(_ guess: String?) -> [String: String] {
        guard let guess else { return ["suggestion": ""] }
        return DiagnosticCatalogue.localized("suggestion", ("; возможно, имелось в виду «\(guess)»?", "; мүмкін, «\(guess)» деген болар?", "; did you mean '\(guess)'?"))
    }

    mutating func visit(_ node: Node, _ shape: Shape) {
        let shape = shape.reference == nil ? shape : schema.resolved(shape)
        let type = DocumentSchema.JSONType.of(node)
        if shape.typeBits != 0, shape.typeBits & type.bit == 0 {
            let expected = DocumentSchema.JSONType.allCases.filter { shape.types?.contains($0) == true }
            var arguments = Self.found(node, type)
            for language in ["ru", "kk", "en"] {
                arguments["expected." + language] = expected.isEmpty ? "—" : DiagnosticCatalogue.either(expected.map { $0.phrase(language) }, language: language)
            }
            arguments["path"] = path.description
            warn("doc-wrong-type", "found", arguments, at: node.mark)
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
                var arguments = Self.found(node, type).merging(Self.suggestion(node.string.flatMap { Suggestion.closest(to: $0, among: names) })) { a, _ in a }
                arguments["path"] = path.description
                arguments["allowed"] = names.joined(separator: ", ")
                warn("doc-bad-value", "enum", arguments, at: node.mark)
            }
            if case .string(let text) = scalar,
                (shape.isDate && CalendarDay.parse(text) == nil) || (shape.pattern.map { !$0.matches(text) } ?? false)
            {
                var arguments = ["path": path.description, "text": text]
                if let description = shape.description {
                    arguments["expected"] = description
                } else if shape.isDate {
                    arguments.merge(DiagnosticCatalogue.localized("expected", ("дата ГГГГ-ММ-ДД", "ЖЖЖЖ-АА-КК күні", "a date YYYY-MM-DD"))) { a, _ in a }
                } else {
                    let source = shape.pattern!.source
                    arguments.merge(DiagnosticCatalogue.localized("expected", ("шаблон \(source)", "\(source) үлгісі", "pattern \(source)"))) { a, _ in a }
                }
                warn("doc-bad-value", "form", arguments, at: node.mark)
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
        var arguments = Self.found(node, type)
        arguments["path"] = path.description
        if described.count == shape.anyOf.count {
            for language in ["ru", "kk", "en"] {
                let or = language == "ru" ? ", или " : language == "kk" ? ", немесе " : ", or "
                arguments["expected." + language] = described.joined(separator: or)
            }
        } else if let description = shape.description {
            arguments["expected"] = description
        } else {
            arguments.merge(DiagnosticCatalogue.localized("expected", ("см. схему документа", "құжат схемасын қараңыз", "see the schema"))) { a, _ in a }
        }
        warn("doc-bad-value", "alternatives", arguments, at: node.mark)
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
            warn("doc-missing-field", "key", ["path": path.description, "key": key], at: mark)
        }
    }

    private mutating func unknownKey(_ entry: Mapping.Entry, in shape: Shape) {
        var arguments = ["key": entry.key, "path": path.description]
        if let guess = Suggestion.closest(to: entry.key, among: shape.propertyNames) {
            arguments.merge(Self.suggestion(guess)) { a, _ in a }
        } else if !shape.propertyNames.isEmpty {
            let known = shape.propertyNames.joined(separator: ", ")
            arguments.merge(DiagnosticCatalogue.localized("suggestion", (" (известные ключи: \(known))", " (белгілі кілттер: \(known))", " (known keys: \(known))"))) { a, _ in a }
        } else {
            arguments["suggestion"] = ""
        }
        warn("doc-unknown-key", positions.isEmpty ? "top" : "inside", arguments, at: entry.keyMark)
    }

    /// How a message shows the value found: its type, and a short scalar itself, as the
    /// argument `found` in each language.
    static func found(_ node: Node, _ type: DocumentSchema.JSONType) -> [String: String] {
        var arguments: [String: String] = [:]
        for language in ["ru", "kk", "en"] {
            let phrase = type.phrase(language)
            var found = phrase
            if let scalar = node.scalar, scalar != .null {
                let text = Self.text(scalar)
                if text.count <= 40 { found = language == "en" ? "\(phrase) '\(text)'" : "\(phrase) «\(text)»" }
            }
            arguments["found." + language] = found
        }
        return arguments
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
