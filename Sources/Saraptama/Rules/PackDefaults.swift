import SaraptamaLoading

/// The values a rule file declares once for all its rules (`defaults:` beside `rules:`), so that a
/// rule states only what differs from its neighbours:
///
/// ```yaml
/// defaults:
///   kinds: [technical_assignment]
///   tags: [security]
///   basis:
///     - {edition: law_418v, clause: "art. 43 p. 2", confidence: verified}
/// rules:
///   - id: SEC-001      # no kinds, tags or basis: the defaults above
///   - id: SEC-002
///     kinds: [technical_assignment, investment_proposal]   # replaces the default kinds whole
/// ```
///
/// A rule's own value **replaces** the default whole; nothing is merged (a rule that names
/// `tags: [backup]` has exactly that tag, not the pack's tags plus it), so what a rule states is all
/// there is to read. Only `basis`, `kinds` and `tags` may be defaulted: the rest (id, texts,
/// severity, expressions, examples) is what a rule is about and stays in the rule.
struct PackDefaults {
    /// The fields a pack may default, in the order `rules show` prints them.
    static let fields = ["kinds", "tags", "basis"]

    /// A defaulted value and the node it was read from (positions point into the defaults block).
    struct Value<T> {
        /// Nil when the default is malformed: already reported at its position, so a rule that
        /// relies on it is left out without a second diagnostic.
        let value: T?
        let node: Node
    }

    var kinds: Value<[DocumentKind]>?
    var tags: Value<[String]>?
    var basis: Value<[RuleBasis]>?

    /// Where each declared default is written, for `Rule.defaulted`.
    func mark(of field: String) -> Mark? {
        switch field {
        case "kinds": kinds?.node.mark
        case "tags": tags?.node.mark
        case "basis": basis?.node.mark
        default: nil
        }
    }

    func declares(_ field: String) -> Bool { mark(of: field) != nil }
}

extension RuleCompiler {
    /// Fields of a rule that a pack may not default, with why: reported as `rule-defaults-field`
    /// instead of a bare "unknown field", since they are rule fields.
    static let undefaultable = Set(ruleFields).subtracting(PackDefaults.fields)

    /// `defaults:` of a rule file: a mapping of `kinds`, `tags` and `basis`, each checked as a
    /// rule's own would be and reported at its position in the block (codes as for a rule's
    /// fields, plus `rule-defaults-field` for a rule field that cannot be defaulted).
    func parseDefaults(_ node: Node, source: SourceFile) -> PackDefaults {
        let file = source.path
        var defaults = PackDefaults()
        guard let mapping = node.mapping else {
            collector.error("rule-wrong-type", template: "rule-wrong-type.defaults", node.kindArguments().merging(["key": "defaults", "fields": "kinds, tags", "last": "basis"]) { a, _ in a }, file: file, at: node.mark)
            return defaults
        }
        for entry in mapping.entries where Self.undefaultable.contains(entry.key) {
            collector.error(
                "rule-defaults-field", template: "rule-defaults-field.key", ["key": entry.key, "fields": "kinds, tags", "last": "basis"],
                file: file, at: entry.keyMark)
        }
        guard let reader = FieldReader(node, file: file, context: "'defaults'", collector: collector) else { return defaults }
        for key in Self.undefaultable { _ = reader.field(key) }  // reported above, not again as unknown
        // A default with any problem is nil as a whole: no rule runs on half of a default.
        func checked<T>(_ parse: () -> T?) -> T? {
            let before = collector.diagnostics.count
            let value = parse()
            return collector.diagnostics.count == before ? value : nil
        }
        if let kindsNode = reader.field("kinds") {
            defaults.kinds = .init(value: checked { parseKinds(reader.strings("kinds"), file: file, at: kindsNode.mark) }, node: kindsNode)
        }
        if let tagsNode = reader.field("tags") {
            defaults.tags = .init(value: checked { reader.strings("tags")?.map(\.0) }, node: tagsNode)
        }
        if let basisNode = reader.field("basis") {
            defaults.basis = .init(value: checked { parseBasis(basisNode, file: file) }, node: basisNode)
        }
        reader.finish()
        return defaults
    }
}
