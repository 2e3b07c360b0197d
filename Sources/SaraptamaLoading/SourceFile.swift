import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The text of one input file, kept so that diagnostics can quote the offending line and so that
/// positions inside embedded strings (expressions in rule files) can be mapped back to the file.
///
/// It holds the bytes and decodes lazily: most documents load and check without ever quoting a
/// line, and decoding every file up front was a large share of load time.
public final class SourceFile: Sendable {
    /// The path as the user gave it (or `<stdin>`), used in `file:line:col` output.
    public let path: String
    /// The file's bytes (a byte order mark already removed).
    public let bytes: [UInt8]
    /// Byte offsets where lines start; found on first use.
    private let lineStarts = Mutex<[Int]?>(nil)
    /// Whether `bytes` are known to be valid UTF-8, so that quoting a line need not check them
    /// again (a check per finding's excerpt was a visible share of evaluation).
    private let isValidUTF8: Bool

    public init(path: String, text: String) {
        self.path = path
        self.bytes = Array(text.utf8)
        isValidUTF8 = true
    }

    /// Bytes that may be invalid UTF-8: bad sequences show as U+FFFD when quoted.
    public convenience init(path: String, bytes: [UInt8]) {
        self.init(path: path, bytes: bytes, isValidUTF8: false)
    }

    /// Bytes that are valid UTF-8 when `isValidUTF8` says so: those of a document libyaml has
    /// read to its end, having decoded every character of it.
    init(path: String, bytes: [UInt8], isValidUTF8: Bool) {
        self.path = path
        self.bytes = bytes
        self.isValidUTF8 = isValidUTF8
    }

    /// The decoded text (invalid UTF-8 repaired with U+FFFD).
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Number of lines in the file.
    public var lineCount: Int { starts().count }

    /// The text of a 1-based line without its line terminator, or nil when out of range.
    public func line(_ number: Int) -> Substring? {
        let starts = starts()
        guard number >= 1, number <= starts.count else { return nil }
        let start = starts[number - 1]
        var end = number < starts.count ? starts[number] : bytes.count
        // A line starts after every LF, alone or in CRLF; the terminator is not part of the line.
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        guard isValidUTF8 else { return Substring(String(decoding: bytes[start..<end], as: UTF8.self)) }
        return Substring(bytes.withUnsafeBufferPointer { ScalarText.string($0.baseAddress.map { $0 + start }, count: end - start) })
    }

    private func starts() -> [Int] {
        lineStarts.withLock { cached in
            if let cached { return cached }
            var starts = [0]
            bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                var offset = 0
                while offset < buffer.count, let hit = memchr(base + offset, 0x0A, buffer.count - offset) {
                    offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self)) + 1
                    starts.append(offset)
                }
            }
            cached = starts
            return starts
        }
    }
}
