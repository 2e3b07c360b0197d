import SaraptamaLoading

/// The matches of each selector in one document, found once: rules that select the same items
/// share them (seven rules walk `functions[*]`, four `integrations[*]`). Selectors are told
/// apart by their text; a document's rules use a dozen or so, so a scan finds them.
struct SelectorMatches {
    private var texts: [String] = []
    private var found: [[PathPattern.Match]] = []
    /// The one match of a rule without a selector (most rules): the document itself.
    private var root: [PathPattern.Match]?

    /// The document as the one match of a rule without a selector, made once per document
    /// rather than once per rule.
    mutating func rootMatch(of document: Node) -> [PathPattern.Match] {
        if let root { return root }
        let made = [PathPattern.Match(node: document, path: .root, parent: nil)]
        root = made
        return made
    }

    /// The matches of `pattern` under `root`, the document's root throughout.
    mutating func matches(of pattern: PathPattern, in root: Node) -> [PathPattern.Match] {
        let text = pattern.description
        let length = text.utf8.count
        for index in texts.indices where texts[index].utf8.count == length && texts[index] == text {
            return found[index]
        }
        let matches = pattern.matches(in: root)
        texts.append(text)
        found.append(matches)
        return matches
    }
}
