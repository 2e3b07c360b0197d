import SaraptamaLoading

/// Reads one `Rules/reference/*.yaml` file into an indexed catalogue.
struct CatalogueParser {
    let collector: DiagnosticCollector

    func parse(_ document: LoadedDocument) -> Catalogue? {
        let file = document.source.path
        guard let reader = FieldReader(document.root, file: file, context: "a reference catalogue", collector: collector) else { return nil }
        let name = reader.string("catalogue", required: true)
        let title = reader.localized("title")
        let provenance = reader.string("provenance", required: true)
        let confidence = reader.string("confidence", required: true)
        let keys = reader.strings("key", required: true)
        // `stems: field` declares a keyword-stem index over that field (see StemIndex).
        let stemsField = reader.string("stems")
        let entriesNode = reader.field("entries", required: true)
        _ = reader.field("note")
        reader.finish()
        if let (text, node) = confidence, !["verified", "inferred", "working-list"].contains(text) {
            collector.error("ref-bad-confidence", template: "ref-bad-confidence.value", ["key": "confidence", "a": "verified", "b": "inferred", "c": "working-list", "found": text], file: file, at: node.mark)
        }
        guard let name, let provenance, let confidence, let keys, let entriesNode else { return nil }
        guard let entries = entriesNode.sequence else {
            collector.error("rule-wrong-type", template: "rule-wrong-type.list-found", entriesNode.kindArguments().merging(["key": "entries"]) { a, _ in a }, file: file, at: entriesNode.mark)
            return nil
        }
        for entry in entries where entry.mapping == nil {
            collector.error("rule-wrong-type", template: "rule-wrong-type.entry", entry.kindArguments(), file: file, at: entry.mark)
        }
        if let (field, _) = stemsField {
            for entry in entries {
                guard let stems = entry[field] else { continue }
                let valid = stems.string != nil || (stems.sequence?.allSatisfy { $0.string != nil } ?? false)
                if !valid {
                    collector.error("rule-wrong-type", template: "rule-wrong-type.stems", ["key": field], file: file, at: stems.mark)
                }
            }
        }
        var root = Mapping()
        root.set("entries", entriesNode)
        let spec = IndexSpec(name: name.0, collection: PathPattern.parse("entries").successValue!, keys: keys.map(\.0))
        return Catalogue(
            name: name.0, title: title, provenance: provenance.0, confidence: confidence.0, entries: entries, file: file,
            index: spec.build(over: Node(.mapping(root), mark: entriesNode.mark)),
            stems: stemsField.map { StemIndex(entries: entries, field: $0.0) })
    }
}

extension Result {
    var successValue: Success? {
        if case .success(let value) = self { return value }
        return nil
    }
}
