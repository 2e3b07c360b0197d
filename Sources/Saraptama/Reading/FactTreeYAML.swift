import SaraptamaLoading

/// The fact tree a document's rules see, as YAML, each scalar followed by a comment with its
/// source position and, for a prose document, where that is in words: `saraptama read`.
public enum FactTreeYAML {
    public static func render(_ document: Document) -> String {
        var out = ""
        write(document.root, indent: 0, into: &out, locator: document.locator, inSequence: false)
        return out
    }

    private static func write(_ node: Node, indent: Int, into out: inout String, locator: (any PositionLocator)?, inSequence: Bool) {
        let pad = String(repeating: "  ", count: indent)
        switch node.content {
        case .mapping(let mapping):
            if mapping.count == 0 { out += "{}\n"; return }
            var first = true
            for entry in mapping.entries {
                let prefix = first && inSequence ? "" : pad
                first = false
                out += prefix + quotedKey(entry.key) + ":"
                switch entry.value.content {
                case .scalar:
                    out += " " + scalar(entry.value) + comment(entry.value.mark, locator) + "\n"
                case .mapping(let inner) where inner.count == 0:
                    out += " {}\n"
                case .sequence(let items) where items.isEmpty:
                    out += " []\n"
                default:
                    out += "\n"
                    write(entry.value, indent: indent + 1, into: &out, locator: locator, inSequence: false)
                }
            }
        case .sequence(let items):
            for item in items {
                out += pad + "- "
                switch item.content {
                case .scalar: out += scalar(item) + comment(item.mark, locator) + "\n"
                default: write(item, indent: indent + 1, into: &out, locator: locator, inSequence: true)
                }
            }
        case .scalar:
            out += pad + scalar(node) + comment(node.mark, locator) + "\n"
        }
    }

    private static func comment(_ mark: Mark, _ locator: (any PositionLocator)?) -> String {
        // The place in words, without the note on line numbers: this output is the text they refer to.
        let label = (locator as? ProseLocator)?.label(at: mark)?.text(.en) ?? locator?.locate(mark)
        let place = label.map { " " + $0 } ?? ""
        return "  # \(mark.line):\(mark.column)\(place)"
    }

    private static func scalar(_ node: Node) -> String {
        switch node.scalar {
        case .string(let text)?: return quoted(text)
        case .int(let value)?: return String(value)
        case .double(let value)?: return String(value)
        case .bool(let value)?: return value ? "true" : "false"
        default: return "null"
        }
    }

    private static func quotedKey(_ key: String) -> String {
        key.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } ? key : quoted(key)
    }

    private static func quoted(_ text: String) -> String {
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            default: out.append(character)
            }
        }
        return out + "\""
    }
}
