import SaraptamaLoading

/// Cells in the authors' words made into the schema's codes, by the rule set's vocabulary
/// (`Rules/extraction/values.yaml`): «ГБД ФЛ (через ШЭП)» → system «ГБД ФЛ», via `ШЭП`;
/// «прямое подключение» → `direct`; «Опытная эксплуатация» → `trial_operation`; the kind of an
/// exchange from what it transfers. A cell nothing matches stays as written (rules report it).
final class ProseValues {
    let vocabulary: ValueVocabulary
    private(set) var changed = 0

    init(vocabulary: ValueVocabulary) { self.vocabulary = vocabulary }

    func normalize(_ root: inout Mapping) {
        Self.update(&root, "integrations") { item in self.integration(&item) }
        Self.update(&root, "schedule", "stages") { item in self.stage(&item) }
        Self.update(&root, "conclusions") { item in
            self.code(&item, "kind", list: "conclusion_kind")
            self.code(&item, "result", list: "conclusion_result")
        }
        splitIndicators(&root)
        if var data = root["data"]?.mapping, let entities = data["entities"]?.sequence {
            let updated = entities.map { entity -> Node in
                guard var mapping = entity.mapping, let attributes = mapping["attributes"]?.sequence else { return entity }
                let list = attributes.map { attribute -> Node in
                    guard var item = attribute.mapping else { return attribute }
                    self.attribute(&item)
                    return Node(.mapping(item), mark: attribute.mark)
                }
                mapping.set("attributes", Node(.sequence(list), mark: mapping["attributes"]!.mark))
                return Node(.mapping(mapping), mark: entity.mark)
            }
            data.set("entities", Node(.sequence(updated), mark: data["entities"]!.mark))
            root.set("data", Node(.mapping(data), mark: root["data"]!.mark))
        }
    }

    private static func update(_ root: inout Mapping, _ key: String, _ inner: String? = nil, _ body: (inout Mapping) -> Void) {
        if let inner {
            guard var parent = root[key]?.mapping else { return }
            update(&parent, inner, nil, body)
            root.set(key, Node(.mapping(parent), mark: root[key]!.mark))
            return
        }
        guard let list = root[key]?.sequence else { return }
        let updated = list.map { node -> Node in
            guard var item = node.mapping else { return node }
            body(&item)
            return Node(.mapping(item), mark: node.mark)
        }
        root.set(key, Node(.sequence(updated), mark: root[key]!.mark))
    }

    static func without(_ key: String, in mapping: Mapping) -> Mapping {
        var out = Mapping()
        for entry in mapping.entries where entry.key != key { out.insert(entry) }
        return out
    }

    /// The cell at `key` made a code of `list`, when it is not one already and the words say which.
    private func code(_ item: inout Mapping, _ key: String, list: String) {
        guard let node = item[key], let text = node.string, !vocabulary.isCode(list, text), let code = vocabulary.code(list, for: text) else { return }
        set(&item, key, code, at: node.mark)
    }

    /// The rows of an indicators table (`indicators.rows`) placed among `direct` or `final` by their kind.
    private func splitIndicators(_ root: inout Mapping) {
        guard var indicators = root["indicators"]?.mapping, let rows = indicators["rows"]?.sequence else { return }
        var direct = indicators["direct"]?.sequence ?? [], final = indicators["final"]?.sequence ?? [], unknown: [Node] = []
        for row in rows {
            guard var mapping = row.mapping else { continue }
            let kind = mapping["kind"]?.string.flatMap { vocabulary.code("indicator_kind", for: $0) }
            mapping = Self.without("kind", in: mapping)
            let node = Node(.mapping(mapping), mark: row.mark)
            switch kind {
            case "direct": direct.append(node)
            case "final": final.append(node)
            default: unknown.append(row)
            }
            changed += 1
        }
        indicators = Self.without("rows", in: indicators)
        let mark = root["indicators"]!.mark
        if !direct.isEmpty { indicators.set("direct", Node(.sequence(direct), mark: direct[0].mark)) }
        if !final.isEmpty { indicators.set("final", Node(.sequence(final), mark: final[0].mark)) }
        // A row whose kind is not read stays visible to the reader: the rules do not count it.
        if !unknown.isEmpty { indicators.set("unread", Node(.sequence(unknown), mark: unknown[0].mark)) }
        root.set("indicators", Node(.mapping(indicators), mark: mark))
    }

    /// «ГБД ФЛ (через ШЭП)» → («ГБД ФЛ», «через ШЭП»).
    static func splitParenthesis(_ text: String) -> (name: String, inside: String?) {
        guard let open = text.lastIndex(of: "("), let close = text.lastIndex(of: ")"), open < close else { return (text, nil) }
        let name = (String(text[..<open]) + String(text[text.index(after: close)...])).trimmingCharacters(in: .whitespaces)
        return (name.isEmpty ? text : name, String(text[text.index(after: open)..<close]))
    }

    private func set(_ item: inout Mapping, _ key: String, _ value: String, at mark: Mark) {
        item.set(key, Node(.scalar(.string(value), .plain), mark: mark), keyMark: mark)
        changed += 1
    }

    private func integration(_ item: inout Mapping) {
        guard let systemNode = item["system"], let system = systemNode.string else { return }
        let (name, inside) = Self.splitParenthesis(system)
        if let inside, let channel = vocabulary.code("channel", for: inside) {
            set(&item, "system", name, at: systemNode.mark)
            if item["via"] == nil { set(&item, "via", channel, at: systemNode.mark) }
        }
        if let via = item["via"], let text = via.string, !vocabulary.isCode("channel", text), let channel = vocabulary.code("channel", for: text) {
            set(&item, "via", channel, at: via.mark)
        }
        if let counterpart = item["counterpart"], let text = counterpart.string, !vocabulary.isCode("counterpart", text),
            let code = vocabulary.code("counterpart", for: text)
        {
            set(&item, "counterpart", code, at: counterpart.mark)
        } else if item["counterpart"] == nil, vocabulary.code("counterpart", for: name) == "non_state" {
            set(&item, "counterpart", "non_state", at: systemNode.mark)
        }
        let purpose = item["purpose"]?.string ?? ""
        if let kind = item["purpose_kind"], let text = kind.string, !vocabulary.isCode("exchange_kind", text),
            let code = vocabulary.code("exchange_kind", for: text)
        {
            set(&item, "purpose_kind", code, at: kind.mark)
        } else if item["purpose_kind"] == nil, let code = vocabulary.code("exchange_kind", for: purpose + " " + name) {
            set(&item, "purpose_kind", code, at: item["purpose"]?.mark ?? systemNode.mark)
        }
    }

    private func stage(_ item: inout Mapping) {
        let kind = item["kind"]?.string
        if let kind, vocabulary.isCode("stage_kind", kind) { return }
        let mark = item["kind"]?.mark ?? item["name"]?.mark ?? .start
        if let code = kind.flatMap({ vocabulary.code("stage_kind", for: $0) }) ?? item["name"]?.string.flatMap({ vocabulary.code("stage_kind", for: $0) }) {
            set(&item, "kind", code, at: mark)
        }
    }

    private func attribute(_ item: inout Mapping) {
        guard var source = item["source"]?.mapping, let kindNode = source["kind"], let text = kindNode.string,
            !["integration", "own", "manual"].contains(text)
        else { return }
        if let code = vocabulary.code("source_kind", for: text) {
            set(&source, "kind", code, at: kindNode.mark)
        } else {
            let (name, inside) = Self.splitParenthesis(text)
            set(&source, "kind", "integration", at: kindNode.mark)
            if source["system"] == nil { set(&source, "system", name, at: kindNode.mark) }
            if let inside, let channel = vocabulary.code("channel", for: inside), source["via"] == nil { set(&source, "via", channel, at: kindNode.mark) }
        }
        item.set("source", Node(.mapping(source), mark: item["source"]!.mark))
    }
}

import Foundation
