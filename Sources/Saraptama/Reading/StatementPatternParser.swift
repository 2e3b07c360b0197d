import SaraptamaLoading

/// Reads `Rules/extraction/*.yaml` (`statements: [...]`) into `StatementPattern`s, collecting
/// every problem with its file:line:col (`extraction.*` codes).
struct StatementPatternParser {
    let collector: DiagnosticCollector

    static let fields: Set<String> = ["id", "fact", "value", "as", "kinds", "sections", "titles", "match", "also", "unless", "examples", "note"]

    func parse(_ document: LoadedDocument) -> [StatementPattern] {
        let file = document.source.path
        guard let list = document.root["statements"]?.sequence else {
            // A file of table vocabularies or notes only: no statements.
            return []
        }
        var seen: Set<String> = []
        return list.compactMap { node -> StatementPattern? in
            guard let mapping = node.mapping else {
                collector.error("extraction.not-a-mapping", template: "extraction.not-a-mapping.statement", ["fields": "id, fact, value, match, examples"], file: file, at: node.mark)
                return nil
            }
            for entry in mapping.entries where !Self.fields.contains(entry.key) {
                collector.error("extraction.unknown-field", template: "extraction.unknown-field.known", ["key": entry.key, "known": Self.fields.sorted().joined(separator: ", ")], file: file, at: entry.keyMark)
            }
            guard let id = node["id"]?.string, !id.isEmpty else {
                collector.error("extraction.missing-field", template: "extraction.missing-field.id", ["key": "id"], file: file, at: node.mark)
                return nil
            }
            if !seen.insert(id).inserted { collector.error("extraction.duplicate-id", template: "extraction.duplicate-id.statement", ["id": id], file: file, at: node["id"]!.mark) }
            guard let fact = node["fact"]?.string, !fact.isEmpty else {
                collector.error("extraction.missing-field", template: "extraction.missing-field.fact", ["id": id, "key": "fact", "example": "hosting.platform"], file: file, at: node.mark)
                return nil
            }
            guard let value = node["value"] else {
                collector.error("extraction.missing-field", template: "extraction.missing-field.value", ["id": id, "key": "value"], file: file, at: node.mark)
                return nil
            }
            let conversion = node["as"].map { field -> StatementPattern.Conversion in
                guard let text = field.string, let conversion = StatementPattern.Conversion(rawValue: text) else {
                    collector.error("extraction.bad-value", template: "extraction.bad-value.as", ["key": "as", "values": "text, integer, boolean"], file: file, at: field.mark)
                    return .text
                }
                return conversion
            } ?? .text
            func patterns(_ key: String) -> [TextPattern] {
                guard let field = node[key] else { return [] }
                let items = field.sequence ?? [field]
                return items.compactMap { item -> TextPattern? in
                    guard let text = item.string else {
                        collector.error("extraction.bad-value", template: "extraction.bad-value.regex-strings", ["key": key], file: file, at: item.mark)
                        return nil
                    }
                    do { return try TextPattern(text) } catch {
                        collector.error("extraction.bad-pattern", "in '\(key)' of '\(id)': \((error as? TextPattern.PatternError)?.message ?? "\(error)")", file: file, at: item.mark)
                        return nil
                    }
                }
            }
            let match = patterns("match")
            if match.isEmpty, node["match"] == nil { collector.error("extraction.missing-field", template: "extraction.missing-field.match", ["id": id, "key": "match"], file: file, at: node.mark) }
            var kinds: Set<DocumentKind> = []
            for item in node["kinds"]?.sequence ?? [] {
                if let kind = item.string.flatMap(DocumentKind.init(rawValue:)) { kinds.insert(kind) } else {
                    collector.error("extraction.bad-value", template: "extraction.bad-value.kinds", ["key": "kinds"], file: file, at: item.mark)
                }
            }
            var sections: Set<Int> = []
            for item in node["sections"]?.sequence ?? [] {
                if case .int(let number)? = item.scalar { sections.insert(Int(number)) } else {
                    collector.error("extraction.bad-value", template: "extraction.bad-value.sections", ["key": "sections"], file: file, at: item.mark)
                }
            }
            var examples: [StatementPattern.Example] = []
            for item in node["examples"]?.sequence ?? [] {
                guard let text = item["text"]?.string else {
                    collector.error("extraction.bad-example", template: "extraction.bad-example.text", ["key": "text"], file: file, at: item.mark)
                    continue
                }
                let expected = item["value"].flatMap { $0.scalar == .null ? nil : $0 }
                if item["value"] == nil, item["none"] == nil {
                    collector.error("extraction.bad-example", template: "extraction.bad-example.value", ["key": "value", "none": "none: true"], file: file, at: item.mark)
                }
                examples.append(.init(text: text, title: item["title"]?.string, value: expected, mark: item.mark))
            }
            if !examples.contains(where: { $0.value != nil }) || !examples.contains(where: { $0.value == nil }) {
                collector.error("extraction.missing-examples", template: "extraction.missing-examples.statement", ["id": id], file: file, at: node.mark)
            }
            return StatementPattern(
                id: id, fact: fact.split(separator: ".").map(String.init), value: value, conversion: conversion, kinds: kinds, sections: sections,
                titles: patterns("titles"), match: match, also: patterns("also"), unless: patterns("unless"), examples: examples, file: file, mark: node.mark)
        }
    }
}
