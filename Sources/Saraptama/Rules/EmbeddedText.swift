import SaraptamaLoading

/// A piece of text embedded in a YAML scalar (an expression, a path, a message template), with
/// what is needed to map an offset inside it back to the YAML file's line and column.
///
/// The scalar's value and its source differ by quotes, escapes, indentation and line folding.
/// Rather than re-implementing YAML's scalar rules, `mark(at:)` aligns the value with the source
/// text greedily: each value character is matched with the next equal source character within a
/// short window. Quotes, indentation and escape backslashes are skipped that way, and an escaped
/// character with no literal counterpart keeps the previous position.
struct EmbeddedText: Sendable {
    let node: Node
    let source: SourceFile
    /// Where the embedded text starts inside the scalar's value (Unicode scalars).
    let baseOffset: Int

    init(node: Node, source: SourceFile, baseOffset: Int = 0) {
        self.node = node
        self.source = source
        self.baseOffset = baseOffset
    }

    /// The file position of the character at `offset` in the embedded text.
    func mark(at offset: Int) -> Mark {
        guard let value = node.string else { return node.mark }
        let target = baseOffset + max(0, offset)
        let valueScalars = Array(value.unicodeScalars)
        var sourceScalars = source.text.unicodeScalars[...]
        sourceScalars = sourceScalars.dropFirst(node.mark.offset)
        let length = max(0, node.end.offset - node.mark.offset)
        let window = Array(sourceScalars.prefix(length))
        guard !window.isEmpty else { return node.mark }

        var position = 0
        for index in 0...min(target, valueScalars.count) {
            let wanted: Unicode.Scalar? = index < valueScalars.count ? valueScalars[index] : nil
            var found: Int?
            if let wanted {
                var probe = position
                while probe < window.count, probe < position + 64 {
                    if window[probe] == wanted { found = probe; break }
                    probe += 1
                }
            }
            if index == target { return markAt(window: window, index: found ?? min(position, window.count - 1)) }
            if let found { position = found + 1 }
        }
        return markAt(window: window, index: min(position, window.count - 1))
    }

    private func markAt(window: [Unicode.Scalar], index: Int) -> Mark {
        var line = node.mark.line, column = node.mark.column
        for scalar in window[0..<max(0, index)] {
            if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return Mark(line: line, column: column, offset: node.mark.offset + index)
    }
}
