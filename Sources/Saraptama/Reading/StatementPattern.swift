import SaraptamaLoading

/// A statement a rule set reads from the sentences of a prose document and turns into a fact
/// of the structured form (Rules/extraction/README.md): «Система размещается на ИКП ЭП» →
/// `hosting.platform: ИКП ЭП`. Declared in YAML under `Rules/extraction/`, with examples that
/// are tests (`StatementExampleRunner`).
public struct StatementPattern: Sendable {
    /// An example sentence and the value it must give, or nil when it must give none.
    public struct Example: Sendable {
        public let text: String
        /// The title of the section the sentence is in, for a statement scoped by `titles`.
        public let title: String?
        public let value: Node?
        public let mark: Mark
    }

    /// How a captured text becomes the fact's value.
    enum Conversion: String, Sendable {
        case text, integer, boolean
    }

    public let id: String
    /// Where the fact goes: `hosting.platform`, `security.monitoring_nccis`.
    public let fact: [String]
    /// The value; strings may name the words matched (`$0`) and capture groups (`$1`).
    let value: Node
    let conversion: Conversion
    /// The document kinds it reads (all when empty).
    let kinds: Set<DocumentKind>
    /// The top-level sections (GOST 34.602 numbers) where such a statement belongs; anywhere
    /// when empty, and anywhere in an IP or FEJ, whose sections are not numbered by a standard.
    let sections: Set<Int>
    /// Expressions over the title of the paragraph's section or its top section: where a
    /// document's own headings say what the text is («Описание проблемы» → the problem).
    let titles: [TextPattern]
    let match: [TextPattern]
    /// Patterns that must all be found in the same paragraph too (the subject and the verb of a statement, say).
    let also: [TextPattern]
    let unless: [TextPattern]
    public let examples: [Example]
    public let file: String
    public let mark: Mark

    /// The fact's value read from `text` (already `TextPattern.prepared`), and the words matched;
    /// nil when the statement is not there or a negation (`unless`) is.
    func read(_ text: String) -> (value: Node, matched: String)? {
        read(text, paragraph: text)
    }

    /// Whether a paragraph under these section titles is where the statement belongs by title
    /// (always, when the statement names no titles).
    func fits(titles candidates: [String]) -> Bool {
        titles.isEmpty || candidates.contains { title in titles.contains { $0.firstMatch(in: TextPattern.prepared(title)) != nil } }
    }

    /// As `read(_:)`; `paragraph` is what `$text` stands for (the whole paragraph as written).
    func read(_ text: String, paragraph: String) -> (value: Node, matched: String)? {
        guard let found = match.lazy.compactMap({ $0.firstMatch(in: text) }).first else { return nil }
        if unless.contains(where: { $0.firstMatch(in: text) != nil }) { return nil }
        if also.contains(where: { $0.firstMatch(in: text) == nil }) { return nil }
        guard let value = Self.resolved(value, groups: [found.match] + found.groups, text: paragraph, as: conversion) else { return nil }
        return (value, found.match)
    }

    /// `node` with `$n` replaced by the groups in its strings, converted; nil when a conversion fails.
    private static func resolved(_ node: Node, groups: [String], text paragraph: String, as conversion: Conversion) -> Node? {
        switch node.content {
        case .scalar(.string(var text), let style):
            // `$text` is the paragraph, `$0` the words matched, `$1`… the groups.
            text = text.replacingOccurrences(of: "$text", with: paragraph)
            for (index, group) in groups.enumerated().reversed() { text = text.replacingOccurrences(of: "$\(index)", with: group) }
            text = text.trimmingCharacters(in: .whitespaces)
            switch conversion {
            case .text: return Node(.scalar(.string(text), style), mark: node.mark)
            case .integer:
                guard let number = CellValues.integer(text) else { return nil }
                return Node(.scalar(.int(number), .plain), mark: node.mark)
            case .boolean: return Node(.scalar(.bool(!text.isEmpty), .plain), mark: node.mark)
            }
        case .sequence(let items):
            let values = items.compactMap { item in Self.resolved(item, groups: groups, text: paragraph, as: conversion) }
            return Node(.sequence(values), mark: node.mark)
        case .mapping(let mapping):
            var out = Mapping()
            for entry in mapping.entries {
                guard let value = Self.resolved(entry.value, groups: groups, text: paragraph, as: conversion) else { return nil }
                out.insert(.init(key: entry.key, keyMark: entry.keyMark, value: value))
            }
            return Node(.mapping(out), mark: node.mark)
        default:
            return node
        }
    }
}

import Foundation
