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
        let editions = reader.field("editions").map { parseEditions($0, file: file) } ?? []
        var specs: [IndexSpec] = []
        if let node = reader.field("architecture_indexes") {
            if let mapping = node.mapping {
                for entry in mapping.entries {
                    if let spec = IndexSpecParser(collector: collector).parse(entry.value, name: entry.key, file: file) { specs.append(spec) }
                }
            } else {
                collector.error("rule-wrong-type", template: "rule-wrong-type.index-names", ["key": "architecture_indexes"], file: file, at: node.mark)
            }
        }
        reader.finish()
        guard let name, let version else { return nil }
        return Manifest(name: name.0, version: version.0, editions: editions, architectureIndexes: specs)
    }
}

extension ManifestParser {
    /// `editions:`: each a named act edition with the day it takes effect (`date`), optionally the
    /// day it ends (`until`: a date or the name of the edition that replaces it), the act's title
    /// and the text read, in ru/kk/en. Effective dates live here and nowhere else.
    fileprivate func parseEditions(_ node: Node, file: String) -> [RuleSet.Edition] {
        guard let mapping = node.mapping else {
            collector.error("rule-wrong-type", template: "rule-wrong-type.edition-names", ["key": "editions"], file: file, at: node.mark)
            return []
        }
        var parsed: [(name: String, date: Int64?, until: (String, Node)?, title: LocalizedText?, text: LocalizedText?, confidence: String, source: String?)] = []
        for entry in mapping.entries {
            guard let reader = FieldReader(entry.value, file: file, context: "edition '\(entry.key)'", collector: collector) else { continue }
            let date = reader.string("date")
            let until = reader.string("until")
            let confidence = reader.string("confidence")
            let source = reader.string("source")
            let title = reader.localized("title")
            let text = reader.localized("edition")
            _ = reader.field("note")
            reader.finish()
            var day: Int64?
            if let (text, dateNode) = date {
                day = CalendarDay.parse(text)
                if day == nil {
                    collector.error("rule-bad-date", template: "rule-bad-date.edition", ["name": entry.key, "found": text], file: file, at: dateNode.mark)
                }
            }
            if let (text, confidenceNode) = confidence, RuleBasis.Confidence(rawValue: text) == nil {
                collector.error("rule-bad-confidence", template: "rule-bad-confidence.value", ["key": "confidence", "a": "verified", "b": "inferred", "found": text], file: file, at: confidenceNode.mark)
            }
            parsed.append((entry.key, day, until, title, text, confidence?.0 ?? "verified", source?.0))
        }
        let dates = Dictionary(parsed.compactMap { item in item.date.map { (item.name, $0) } }, uniquingKeysWith: { first, _ in first })
        return parsed.map { item in
            var until: Int64?
            if let (text, untilNode) = item.until {
                until = CalendarDay.parse(text) ?? dates[text]
                if until == nil {
                    let arguments = SchemaWalk.suggestion(Suggestion.closest(to: text, among: Array(dates.keys)))
                        .merging(["name": item.name, "key": "until", "found": text]) { a, _ in a }
                    collector.error("rule-bad-date", template: "rule-bad-date.until", arguments, file: file, at: untilNode.mark)
                } else if let from = item.date, let end = until, end <= from {
                    collector.error("rule-bad-date", template: "rule-bad-date.ends", ["name": item.name], file: file, at: untilNode.mark)
                }
            }
            return RuleSet.Edition(
                name: item.name, date: item.date, until: until, title: item.title, edition: item.text,
                confidence: item.confidence, source: item.source)
        }
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
            collector.error("rule-bad-path", template: "rule-bad-path.collection", ["key": "collection", "example": "activity.functions"], file: file, at: pathNode.mark)
            return nil
        }
        return IndexSpec(name: name, collection: pattern, keys: keys.map(\.0))
    }
}
