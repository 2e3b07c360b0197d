/// The text of one input file, kept so that diagnostics can quote the offending line and so that
/// positions inside embedded strings (expressions in rule files) can be mapped back to the file.
public final class SourceFile: Sendable {
    /// The path as the user gave it (or `<stdin>`), used in `file:line:col` output.
    public let path: String
    /// The decoded text; empty when the bytes were not valid UTF-8.
    public let text: String
    private let lineStarts: [String.Index]

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        var starts = [text.startIndex]
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if text[index] == "\n" || text[index] == "\r\n" { starts.append(next) }
            index = next
        }
        self.lineStarts = starts
    }

    /// Number of lines in the file.
    public var lineCount: Int { lineStarts.count }

    /// The text of a 1-based line without its line terminator, or nil when out of range.
    public func line(_ number: Int) -> Substring? {
        guard number >= 1, number <= lineStarts.count else { return nil }
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] : text.endIndex
        while end > start {
            let previous = text.index(before: end)
            if text[previous] == "\n" || text[previous] == "\r\n" || text[previous] == "\r" {
                end = previous
            } else {
                break
            }
        }
        return text[start..<end]
    }
}
