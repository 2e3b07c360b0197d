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
        // A line starts after every LF, whether alone or in CRLF. Scanning UTF-8 bytes finds the
        // same starts as walking characters ("\n" and "\r\n" are the only characters holding an
        // LF, and a character boundary always follows one) but far faster on large files.
        var starts = [text.startIndex]
        let utf8 = text.utf8
        var index = utf8.startIndex
        while let newline = utf8[index...].firstIndex(of: 0x0A) {
            index = utf8.index(after: newline)
            starts.append(index)
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
