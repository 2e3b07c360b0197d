/// Lets JSON indented with tabs load. libyaml accepts tabs as whitespace inside a flow
/// collection but not in the leading whitespace of a line outside one (a tab before the opening
/// `{`, or a line holding only a tab after the closing `}`), where YAML forbids tab indentation.
///
/// For a flow document (its first significant character is `{` or `[`, as in every JSON file
/// with an object or array at the top), tabs in the leading whitespace of lines become spaces.
/// That is content-preserving: in flow context leading whitespace never belongs to a value
/// (continuation lines of multi-line scalars are stripped of it), and the byte count and hence
/// every column stay the same. Replacement stops at a `---` or `...` line, after which a block
/// document may follow whose tabs could be content.
enum FlowTabs {
    /// The bytes with leading tabs replaced, or nil when nothing needs replacing.
    static func normalized(_ bytes: [UInt8]) -> [UInt8]? {
        // The cheap test first: most documents are block YAML and are never scanned for tabs.
        guard isFlowDocument(bytes), bytes.contains(tab) else { return nil }
        var result = bytes
        var lineStart = true
        var changed = false
        var index = 0
        while index < result.count {
            let byte = result[index]
            if byte == lineFeed || byte == carriageReturn {
                lineStart = true
            } else if lineStart {
                if byte == tab {
                    result[index] = space
                    changed = true
                } else if byte != space {
                    if isDocumentMarker(result, at: index) { break }
                    lineStart = false
                }
            }
            index += 1
        }
        return changed ? result : nil
    }

    private static let tab: UInt8 = 0x09
    private static let space: UInt8 = 0x20
    private static let lineFeed: UInt8 = 0x0A
    private static let carriageReturn: UInt8 = 0x0D

    /// Whether the first character that is not whitespace or part of a comment opens a flow
    /// collection.
    private static func isFlowDocument(_ bytes: [UInt8]) -> Bool {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count {
            switch bytes[index] {
            case space, tab, lineFeed, carriageReturn:
                index += 1
            case UInt8(ascii: "#"):
                while index < bytes.count, bytes[index] != lineFeed, bytes[index] != carriageReturn {
                    index += 1
                }
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                return true
            default:
                return false
            }
        }
        return false
    }

    /// `---` or `...` at column 1, where only document markers can be.
    private static func isDocumentMarker(_ bytes: [UInt8], at index: Int) -> Bool {
        guard index == 0 || bytes[index - 1] == lineFeed || bytes[index - 1] == carriageReturn,
            index + 3 <= bytes.count
        else { return false }
        let marker = bytes[index..<index + 3]
        return marker.elementsEqual("---".utf8) || marker.elementsEqual("...".utf8)
    }
}
