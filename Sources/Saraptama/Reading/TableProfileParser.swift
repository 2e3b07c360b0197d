import SaraptamaLoading

/// Reads the `tables:` part of `Rules/extraction/*.yaml` into `TableProfiles`, collecting every
/// problem with its file:line:col under a stable `extraction.*` code: unknown keys, unknown value
/// kinds, a synonym two fields of one profile share, a grouping or total naming no field,
/// malformed or missing examples.
struct TableProfileParser {
    let collector: DiagnosticCollector

    static let tableFields: Set<String> = ["units", "total_words", "profiles", "note"]
    static let profileFields: Set<String> = ["name", "target", "fields", "grouping", "total", "years_as_columns", "examples", "note"]
    static let fieldFields: Set<String> = ["key", "synonyms", "required", "value", "note"]
    static let exampleFields: Set<String> = ["header", "columns", "none", "table", "rows", "total", "problems", "note"]
    static let languages: Set<String> = ["ru", "kk", "en"]

    /// The profiles of every file that has `tables:`; units first, since synonyms are compared as
    /// headers are (without units).
    func parse(_ documents: [LoadedDocument]) -> TableProfiles {
        var set = TableProfiles()
        let parts = documents.compactMap { document -> (file: String, node: Node)? in
            guard let node = document.root["tables"] else { return nil }
            guard let mapping = node.mapping else {
                collector.error("extraction.not-a-mapping", "'tables' is a mapping (units, total_words, profiles)", file: document.source.path, at: node.mark)
                return nil
            }
            for entry in mapping.entries where !Self.tableFields.contains(entry.key) {
                unknown(entry.key, known: Self.tableFields, file: document.source.path, at: entry.keyMark)
            }
            return (document.source.path, node)
        }
        var units: [String] = []
        var totals: [String] = []
        for part in parts {
            units += strings(part.node["units"], what: "units", file: part.file)
            totals += strings(part.node["total_words"], what: "total_words", file: part.file)
        }
        set.setUnits(units)
        set.setTotalWords(totals)
        var names: Set<String> = []
        for part in parts {
            guard let list = part.node["profiles"] else { continue }
            guard let items = list.sequence else {
                collector.error("extraction.not-a-list", "'profiles' is a list of profiles", file: part.file, at: list.mark)
                continue
            }
            for item in items {
                guard let profile = profile(item, file: part.file, set: set) else { continue }
                if !names.insert(profile.name).inserted {
                    collector.error("extraction.duplicate-id", "table profile '\(profile.name)' is declared twice", file: part.file, at: item["name"]?.mark ?? item.mark)
                }
                set.profiles.append(profile)
            }
        }
        return set
    }

    private func profile(_ node: Node, file: String, set: TableProfiles) -> TableProfile? {
        guard let mapping = node.mapping else {
            collector.error("extraction.not-a-mapping", "a table profile is a mapping (name, target, fields, examples)", file: file, at: node.mark)
            return nil
        }
        for entry in mapping.entries where !Self.profileFields.contains(entry.key) {
            unknown(entry.key, known: Self.profileFields, file: file, at: entry.keyMark)
        }
        guard let name = node["name"]?.string, !name.isEmpty else {
            collector.error("extraction.missing-field", "a table profile needs a 'name'", file: file, at: node.mark)
            return nil
        }
        guard let target = node["target"]?.string, !target.isEmpty else {
            collector.error("extraction.missing-field", "table profile '\(name)' needs a 'target' (a dotted path such as budget.items)", file: file, at: node.mark)
            return nil
        }
        guard let fieldNodes = node["fields"]?.sequence, !fieldNodes.isEmpty else {
            collector.error("extraction.missing-field", "table profile '\(name)' needs 'fields'", file: file, at: node["fields"]?.mark ?? node.mark)
            return nil
        }
        var fields: [TableProfile.Field] = []
        // Which field already has each synonym, as compared: two fields of one profile may not share one.
        var owners: [String: String] = [:]
        for fieldNode in fieldNodes {
            guard let field = field(fieldNode, profile: name, file: file, set: set) else { continue }
            if fields.contains(where: { $0.key == field.key }) {
                collector.error("extraction.duplicate-id", "field '\(field.dottedKey)' is declared twice in table profile '\(name)'", file: file, at: fieldNode["key"]?.mark ?? fieldNode.mark)
            }
            for (text, mark) in synonymNodes(fieldNode) {
                let compared = set.comparable(text)
                if compared.isEmpty {
                    collector.error("extraction.bad-value", "synonym '\(text)' has no letter or digit once units are dropped", file: file, at: mark)
                } else if let owner = owners[compared] {
                    let whose = owner == field.dottedKey ? "is already a synonym of this field" : "is already a synonym of field '\(owner)'"
                    collector.error("extraction.duplicate-synonym", "in table profile '\(name)', synonym '\(text)' \(whose) (headers are compared without case, punctuation and units)", file: file, at: mark)
                } else {
                    owners[compared] = field.dottedKey
                }
            }
            fields.append(field)
        }
        var profile = TableProfile(name: name, target: Self.path(target), fields: fields, file: file, mark: node.mark)
        func known(_ key: String, _ what: String, at mark: Mark) -> [String]? {
            let path = Self.path(key)
            if fields.contains(where: { $0.key == path }) { return path }
            collector.error("extraction.unknown-key", "\(what) names '\(key)', which is no field of table profile '\(name)'", file: file, at: mark)
            return nil
        }
        if let grouping = node["grouping"] {
            if let column = grouping["column"]?.string, let nameKey = grouping["name"]?.string, let rowsKey = grouping["rows"]?.string {
                if known(column, "'grouping.column'", at: grouping["column"]!.mark) != nil {
                    profile.grouping = .init(column: column, nameKey: nameKey, rowsKey: rowsKey)
                }
            } else {
                collector.error("extraction.missing-field", "'grouping' gives the 'column' that names the group, the group's 'name' key and its 'rows' key", file: file, at: grouping.mark)
            }
        }
        if let total = node["total"] {
            if let target = total["target"]?.string, let fieldKey = total["field"]?.string {
                if let field = known(fieldKey, "'total.field'", at: total["field"]!.mark) { profile.total = .init(target: Self.path(target), field: field) }
            } else {
                collector.error("extraction.missing-field", "'total' gives the 'target' a total row goes to and the 'field' whose cell it takes", file: file, at: total.mark)
            }
        }
        if let years = node["years_as_columns"] {
            if let year = years["year"]?.string, let amount = years["amount"]?.string {
                if let yearKey = known(year, "'years_as_columns.year'", at: years["year"]!.mark), let amountKey = known(amount, "'years_as_columns.amount'", at: years["amount"]!.mark) {
                    profile.yearColumns = .init(year: yearKey, amount: amountKey)
                }
            } else {
                collector.error("extraction.missing-field", "'years_as_columns' gives the 'year' and 'amount' fields", file: file, at: years.mark)
            }
        }
        profile.examples = (node["examples"]?.sequence ?? []).compactMap { example($0, profile: profile, file: file) }
        let hasHeader = profile.examples.contains { if case .header = $0.expectation { return true } else { return false } }
        if !hasHeader {
            collector.error("extraction.missing-examples", "table profile '\(name)' needs at least one example header it reads", file: file, at: node["examples"]?.mark ?? node.mark)
        }
        return profile
    }

    private func field(_ node: Node, profile: String, file: String, set: TableProfiles) -> TableProfile.Field? {
        guard let mapping = node.mapping else {
            collector.error("extraction.not-a-mapping", "a field is a mapping (key, synonyms, required, value)", file: file, at: node.mark)
            return nil
        }
        for entry in mapping.entries where !Self.fieldFields.contains(entry.key) {
            unknown(entry.key, known: Self.fieldFields, file: file, at: entry.keyMark)
        }
        guard let key = node["key"]?.string, !key.isEmpty else {
            collector.error("extraction.missing-field", "a field of table profile '\(profile)' needs a 'key'", file: file, at: node.mark)
            return nil
        }
        var value = TableProfile.Value.text
        if let kind = node["value"] {
            if let text = kind.string, let known = TableProfile.Value(rawValue: text) { value = known } else {
                let all = TableProfile.Value.allCases.map(\.rawValue).joined(separator: ", ")
                collector.error("extraction.unknown-value-kind", "unknown value kind '\(kind.string ?? "?")' of field '\(key)' (known: \(all))", file: file, at: kind.mark)
            }
        }
        var required = true
        if let flag = node["required"] {
            if case .bool(let bool)? = flag.scalar { required = bool } else {
                collector.error("extraction.bad-value", "'required' is true or false", file: file, at: flag.mark)
            }
        }
        guard let synonyms = node["synonyms"], let languages = synonyms.mapping else {
            collector.error("extraction.missing-field", "field '\(key)' of table profile '\(profile)' needs 'synonyms' by language ({ru: [...], kk: [...], en: [...]})", file: file, at: node["synonyms"]?.mark ?? node.mark)
            return nil
        }
        for entry in languages.entries where !Self.languages.contains(entry.key) {
            collector.error("extraction.unknown-language", "synonyms are given in ru, kk and en, not '\(entry.key)'", file: file, at: entry.keyMark)
        }
        let texts = synonymNodes(node).map(\.text)
        if texts.isEmpty { collector.error("extraction.missing-field", "field '\(key)' of table profile '\(profile)' has no synonym", file: file, at: synonyms.mark) }
        return TableProfile.Field(key: Self.path(key), synonyms: texts, comparable: Set(texts.map(set.comparable)), required: required, value: value)
    }

    /// The synonyms of a field node, each with its position (non-strings are reported).
    private func synonymNodes(_ node: Node) -> [(text: String, mark: Mark)] {
        guard let languages = node["synonyms"]?.mapping else { return [] }
        var out: [(String, Mark)] = []
        for entry in languages.entries where Self.languages.contains(entry.key) {
            for item in entry.value.sequence ?? [entry.value] {
                if let text = Self.text(item) { out.append((text, item.mark)) }
            }
        }
        return out
    }

    private func example(_ node: Node, profile: TableProfile, file: String) -> TableProfile.Example? {
        guard let mapping = node.mapping else {
            collector.error("extraction.bad-example", "an example is a mapping (header and columns, or table and rows)", file: file, at: node.mark)
            return nil
        }
        for entry in mapping.entries where !Self.exampleFields.contains(entry.key) {
            unknown(entry.key, known: Self.exampleFields, file: file, at: entry.keyMark)
        }
        if let header = node["header"] {
            guard let cells = header.sequence?.compactMap(Self.text), cells.count == header.sequence?.count, !cells.isEmpty else {
                collector.error("extraction.bad-example", "'header' is a list of header texts", file: file, at: header.mark)
                return nil
            }
            if case .bool(true)? = node["none"]?.scalar { return .init(expectation: .notThisProfile(cells), mark: node.mark) }
            var columns: [String?]?
            if let list = node["columns"] {
                let items = list.sequence ?? []
                columns = items.map { $0.scalar == .null ? nil : $0.string }
                if items.count != cells.count {
                    collector.error("extraction.bad-example", "'columns' names one field (or null) per header cell: \(cells.count), not \(items.count)", file: file, at: list.mark)
                    return nil
                }
                for (item, key) in zip(items, columns!) where key != nil && profile.field(Self.path(key!)) == nil {
                    collector.error("extraction.bad-example", "'\(key!)' is no field of table profile '\(profile.name)'", file: file, at: item.mark)
                }
            }
            return .init(expectation: .header(cells, columns: columns), mark: node.mark)
        }
        if let table = node["table"] {
            let rows = table.sequence?.map { $0.sequence?.map { Self.text($0) ?? "" } }
            guard let rows, rows.count >= 2, rows.allSatisfy({ $0 != nil }) else {
                collector.error("extraction.bad-example", "'table' is a list of rows (the header first), each a list of cells", file: file, at: table.mark)
                return nil
            }
            if node["rows"] == nil, node["total"] == nil, node["problems"] == nil {
                collector.error("extraction.bad-example", "a table example gives the 'rows' it must read (and its 'total' or 'problems')", file: file, at: node.mark)
            }
            let problems = (node["problems"]?.sequence ?? []).compactMap(\.string)
            return .init(expectation: .table(rows.map { $0! }, rows: node["rows"], total: node["total"], problems: problems), mark: node.mark)
        }
        collector.error("extraction.bad-example", "an example gives a 'header' (with 'columns', or 'none: true') or a 'table' (with 'rows')", file: file, at: node.mark)
        return nil
    }

    private func strings(_ node: Node?, what: String, file: String) -> [String] {
        guard let node else { return [] }
        guard let items = node.sequence else {
            collector.error("extraction.not-a-list", "'\(what)' is a list of texts", file: file, at: node.mark)
            return []
        }
        return items.compactMap { item in
            if let text = Self.text(item) { return text }
            collector.error("extraction.bad-value", "'\(what)' holds texts", file: file, at: item.mark)
            return nil
        }
    }

    private func unknown(_ key: String, known: Set<String>, file: String, at mark: Mark) {
        collector.error("extraction.unknown-field", "unknown key '\(key)' (known: \(known.sorted().joined(separator: ", ")))", file: file, at: mark)
    }

    /// A scalar as text: «2027» written as a number in a table example is the cell «2027».
    static func text(_ node: Node) -> String? {
        switch node.scalar {
        case .string(let text)?: return text
        case .int(let value)?: return String(value)
        case .double(let value)?: return String(value)
        default: return nil
        }
    }

    static func path(_ dotted: String) -> [String] { dotted.split(separator: ".").map(String.init) }
}
