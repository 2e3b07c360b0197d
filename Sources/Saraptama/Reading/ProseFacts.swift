import SaraptamaExpressions
import SaraptamaLoading

/// Completes a prose document with what only the rule set and the architectures can tell, before
/// its rules run: the state body named on the title page matched against the architectures'
/// names and aliases (ru, kk, en); facts read from sentences by the rule set's statement patterns
/// (`Rules/extraction/`), each at its paragraph; columns the rules need but authors do not write
/// (a function's domain, from the approved architecture); the GOST section each top heading
/// stands for, and the counts of what was read — all recorded in the reading report.
///
/// What the document says itself always wins: a fact is read from a sentence only when neither
/// the header block nor a table gives it.
struct ProseFacts {
    let ruleSet: RuleSet
    let architectures: ArchitectureLibrary

    /// The document completed, or the document itself when it is not prose.
    func prepare(_ document: Document) -> Document {
        guard var reading = document.reading, var root = document.root.mapping else { return document }
        resolveStateBody(&root, reading: &reading)
        let kind = document.header.kind
        let gostOfTop = gostNumbers(reading: &reading, kind: kind)
        readStatements(&root, reading: &reading, kind: kind, gostOfTop: gostOfTop)
        let values = ProseValues(vocabulary: ruleSet.values)
        values.normalize(&root)
        if values.changed > 0 { reading.notes.append(LocalizedText(ru: "значений ячеек прочитано как коды схемы: \(values.changed)", kk: "схема кодтары ретінде оқылған ұяшық мәндері: \(values.changed)", en: "\(values.changed) cell value(s) read as schema codes (Rules/extraction/values.yaml)")) }
        inferDomains(&root, reading: &reading)
        reading.counts = Self.counts(root)
        let completed = Node(.mapping(root), mark: document.root.mark)
        return (try? Document(root: completed, source: document.source, locator: document.locator, reading: reading)) ?? document
    }

    // MARK: - State body

    private func resolveStateBody(_ root: inout Mapping, reading: inout ReadingReport) {
        guard var body = root["state_body"]?.mapping, body["id"] == nil else { return }
        let texts = (body["name"]?.string.map { [$0] } ?? []) + reading.titlePage
        let haystack = texts.map(Self.normalized)
        var best: (id: String, name: String, length: Int)?
        for (id, architecture) in architectures.architectures.sorted(by: { $0.key < $1.key }) {
            let names = Self.names(of: architecture)
            for name in names where name.count >= 3 {
                let key = Self.normalized(name)
                if haystack.contains(where: { $0.contains(key) }), key.count > (best?.length ?? 0) { best = (id, name, key.count) }
            }
        }
        let mark = body["name"]?.mark ?? root["state_body"]?.mark ?? .start
        if let best {
            body.insert(.init(key: "id", keyMark: mark, value: Node(.scalar(.string(best.id), .plain), mark: mark)))
            root.set("state_body", Node(.mapping(body), mark: root["state_body"]?.mark ?? mark), keyMark: mark)
            reading.notes.append(LocalizedText(ru: "государственный орган с титульного листа найден среди утвержденных архитектур: \(best.id) («\(best.name)»)", kk: "титулдық парақтағы мемлекеттік орган бекітілген сәулеттер арасынан табылды: \(best.id) («\(best.name)»)", en: "state body \(best.id) («\(best.name)») matched on the title page"))
        } else {
            reading.notes.append(LocalizedText(ru: "государственный орган, названный на титульном листе, не совпадает ни с одной утвержденной архитектурой (по наименованиям и их вариантам)", kk: "титулдық парақта аталған мемлекеттік орган бекітілген сәулеттердің ешқайсысымен сәйкес келмейді (атаулары мен нұсқалары бойынша)", en: "the state body named on the title page matches no approved architecture (names and aliases, ru/kk/en)"))
        }
    }

    /// The state body's names in every language and its aliases.
    private static func names(of architecture: Architecture) -> [String] {
        let body = architecture.root["state_body"]
        var names: [String] = []
        if let name = body?["name"]?.mapping { names += name.entries.compactMap { $0.value.string } }
        names += (body?["aliases"]?.sequence ?? []).compactMap(\.string)
        return names
    }

    static func normalized(_ text: String) -> String {
        TextPattern.prepared(text).lowercased().replacingOccurrences(of: "«", with: "").replacingOccurrences(of: "»", with: "")
            .replacingOccurrences(of: "\"", with: "")
    }

    // MARK: - Sections

    /// The GOST 34.602 number of each top-level section (by its number when the document is a
    /// TA numbered 1–9, else by its title in `gost_34_602_sections`), recorded in the report.
    private func gostNumbers(reading: inout ReadingReport, kind: DocumentKind) -> [String: Int] {
        var byTop: [String: Int] = [:]
        for index in reading.sections.indices {
            let section = reading.sections[index]
            let isTop = section.number.map { !$0.contains(".") } ?? (section.level == 1)
            guard isTop else { continue }
            var gost: Int?
            let entries: [Value] = ruleSet.reference.lookup(catalogue: "gost_34_602_sections", key: TextNormalization.key(section.title))
            for entry in entries {
                var number: Value?
                if case .mapping(let mapping) = entry { number = mapping["number"].map(Value.init(node:)) }
                if case .map(let map) = entry { number = map["number"] }
                if case .int(let value)? = number { gost = Int(value) }
            }
            if gost == nil, kind == .technicalAssignment, let number = section.number.flatMap(Int.init), (1...9).contains(number) { gost = number }
            guard kind == .technicalAssignment else { continue }
            reading.sections[index].gost = gost
            if let gost { byTop[section.number ?? section.title] = gost }
        }
        return byTop
    }

    // MARK: - Statements

    private func readStatements(_ root: inout Mapping, reading: inout ReadingReport, kind: DocumentKind, gostOfTop: [String: Int]) {
        let prepared = reading.paragraphs.map { TextPattern.prepared($0.text) }
        for pattern in ruleSet.statements where pattern.kinds.isEmpty || pattern.kinds.contains(kind) {
            guard Self.lookup(pattern.fact[...], in: root) == nil else { continue }
            for (index, paragraph) in reading.paragraphs.enumerated() {
                if kind == .technicalAssignment, !pattern.sections.isEmpty {
                    guard let top = gostOfTop[paragraph.topNumber ?? paragraph.topTitle ?? ""], pattern.sections.contains(top) else { continue }
                }
                guard pattern.fits(titles: [paragraph.sectionTitle, paragraph.topTitle].compactMap { $0 }) else { continue }
                guard let (value, _) = pattern.read(prepared[index], paragraph: paragraph.text) else { continue }
                let placed = Self.marked(value, at: paragraph.mark)
                Self.put(placed, at: pattern.fact[...], in: &root, mark: paragraph.mark)
                reading.facts.append(.init(
                    path: pattern.fact.joined(separator: "."), value: Self.text(of: value), pattern: pattern.id, place: paragraph.place,
                    sentence: paragraph.text))
                break
            }
        }
    }

    // MARK: - Inferred columns

    /// A function without a domain takes the domain its code has in the approved architecture.
    private func inferDomains(_ root: inout Mapping, reading: inout ReadingReport) {
        guard let functions = root["functions"]?.sequence, let id = root["state_body"]?["id"]?.string,
            let architecture = architectures[id]
        else { return }
        let known = architecture.root["activity"]?["functions"]?.sequence ?? []
        var inferred = 0
        let completed = functions.map { function -> Node in
            guard var mapping = function.mapping, mapping["domain"] == nil, let code = mapping["code"]?.string,
                let domain = known.first(where: { $0["code"]?.string == code })?["domain"]
            else { return function }
            mapping.insert(.init(key: "domain", keyMark: function.mark, value: Node(domain.content, mark: function.mark)))
            inferred += 1
            return Node(.mapping(mapping), mark: function.mark)
        }
        guard inferred > 0 else { return }
        root.set("functions", Node(.sequence(completed), mark: root["functions"]!.mark), keyMark: root["functions"]!.mark)
        reading.notes.append(LocalizedText(ru: "домен функций взят из утвержденной архитектуры по коду (нет столбца «Домен»): \(inferred)", kk: "функциялардың домені бекітілген сәулеттен код бойынша алынды («Домен» бағаны жоқ): \(inferred)", en: "the domain of \(inferred) function(s) taken from the approved architecture by code (no «Домен» column)"))
    }

    // MARK: - Helpers

    static func counts(_ root: Mapping) -> [(part: String, count: Int)] {
        let attributes = (root["data"]?["entities"]?.sequence ?? []).reduce(0) { $0 + ($1["attributes"]?.sequence?.count ?? 0) }
        return [
            ("functions", root["functions"]?.sequence?.count ?? 0),
            ("integrations", root["integrations"]?.sequence?.count ?? 0),
            ("data attributes", attributes),
            ("stages", root["schedule"]?["stages"]?.sequence?.count ?? 0),
            ("budget lines", (root["budget"]?["years"]?.sequence?.count ?? 0) + (root["budget"]?["items"]?.sequence?.count ?? 0)),
        ]
    }

    private static func lookup(_ path: ArraySlice<String>, in mapping: Mapping) -> Node? {
        guard let first = path.first, let node = mapping[first] else { return nil }
        if path.count == 1 { return node }
        return node.mapping.flatMap { lookup(path.dropFirst(), in: $0) }
    }

    private static func put(_ node: Node, at path: ArraySlice<String>, in mapping: inout Mapping, mark: Mark) {
        guard let first = path.first else { return }
        if path.count == 1 {
            if mapping[first] == nil { mapping.insert(.init(key: first, keyMark: mark, value: node)) }
            return
        }
        var inner = mapping[first]?.mapping ?? Mapping()
        if mapping[first] != nil, mapping[first]?.mapping == nil { return }
        put(node, at: path.dropFirst(), in: &inner, mark: mark)
        let existingMark = mapping[first]?.mark ?? mark
        mapping.set(first, Node(.mapping(inner), mark: existingMark), keyMark: existingMark)
    }

    /// `node` with every mark moved to `mark` (the paragraph it was read from).
    private static func marked(_ node: Node, at mark: Mark) -> Node {
        switch node.content {
        case .scalar: return Node(node.content, mark: mark)
        case .sequence(let items): return Node(.sequence(items.map { marked($0, at: mark) }), mark: mark)
        case .mapping(let mapping):
            var out = Mapping()
            for entry in mapping.entries { out.insert(.init(key: entry.key, keyMark: mark, value: marked(entry.value, at: mark))) }
            return Node(.mapping(out), mark: mark)
        }
    }

    static func text(of node: Node) -> String {
        switch node.content {
        case .scalar(let scalar, _):
            switch scalar {
            case .string(let text): return text
            case .int(let value): return String(value)
            case .bool(let value): return String(value)
            case .double(let value): return String(value)
            case .null: return "null"
            }
        case .sequence(let items): return "[" + items.map(text(of:)).joined(separator: ", ") + "]"
        case .mapping(let mapping): return "{" + mapping.entries.map { "\($0.key): \(text(of: $0.value))" }.joined(separator: ", ") + "}"
        }
    }
}
