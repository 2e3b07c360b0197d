import SaraptamaLoading

/// Reads `ruleset.yaml`: name, version, title, editions and architecture indexes.
struct ManifestParser {
    struct Manifest {
        var name: String
        var version: String
        var editions: [RuleSet.Edition]
        var architectureIndexes: [IndexSpec]
    }

    let collector: DiagnosticCollector

    func parse(_ document: LoadedDocument) -> Manifest? {
        let file = document.source.path
        guard let reader = FieldReader(document.root, file: file, context: "ruleset.yaml", collector: collector) else { return nil }
        let name = reader.string("ruleset", required: true)
        let version = reader.string("version", required: true)
        _ = reader.localized("title")
        _ = reader.field("description")
        var editions: [RuleSet.Edition] = []
        if let node = reader.field("editions") {
            if let mapping = node.mapping {
                for entry in mapping.entries {
                    guard let editionReader = FieldReader(entry.value, file: file, context: "edition '\(entry.key)'", collector: collector) else { continue }
                    let date = editionReader.string("date", required: true)
                    let confidence = editionReader.string("confidence")
                    let source = editionReader.string("source")
                    _ = editionReader.localized("title")
                    _ = editionReader.field("note")
                    editionReader.finish()
                    guard let (text, dateNode) = date else { continue }
                    guard let day = CalendarDay.parse(text) else {
                        collector.error("rule-bad-date", "edition '\(entry.key)' needs a date YYYY-MM-DD, found '\(text)'", file: file, at: dateNode.mark)
                        continue
                    }
                    editions.append(RuleSet.Edition(name: entry.key, date: day, confidence: confidence?.0 ?? "verified", source: source?.0))
                }
            } else {
                collector.error("rule-wrong-type", "'editions' must be a mapping of edition names", file: file, at: node.mark)
            }
        }
        var specs: [IndexSpec] = []
        if let node = reader.field("architecture_indexes") {
            if let mapping = node.mapping {
                for entry in mapping.entries {
                    if let spec = IndexSpecParser(collector: collector).parse(entry.value, name: entry.key, file: file) { specs.append(spec) }
                }
            } else {
                collector.error("rule-wrong-type", "'architecture_indexes' must be a mapping of index names", file: file, at: node.mark)
            }
        }
        reader.finish()
        guard let name, let version else { return nil }
        return Manifest(name: name.0, version: version.0, editions: editions, architectureIndexes: specs)
    }
}

/// Reads `{collection: path, key: field | [fields]}`.
struct IndexSpecParser {
    let collector: DiagnosticCollector

    func parse(_ node: Node, name: String, file: String) -> IndexSpec? {
        guard let reader = FieldReader(node, file: file, context: "index '\(name)'", collector: collector) else { return nil }
        let collection = reader.string("collection", required: true)
        let keys = reader.strings("key", required: true)
        reader.finish()
        guard let (path, pathNode) = collection, let keys else { return nil }
        guard case .success(let pattern) = PathPattern.parse(path), pattern.isConcrete else {
            collector.error("rule-bad-path", "'collection' must be a path without wildcards, e.g. activity.functions", file: file, at: pathNode.mark)
            return nil
        }
        return IndexSpec(name: name, collection: pattern, keys: keys.map(\.0))
    }
}
