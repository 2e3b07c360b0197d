/// Maps between byte offsets of the raw input and `Mark`s. Only built when needed (an error
/// given as a byte offset, or a node with an anchor or tag), so the common path pays nothing.
///
/// Lines are counted the way libyaml counts them (LF, CR, CRLF, and the Unicode breaks NEL,
/// LS and PS) so that marks computed here agree with the marks of libyaml's events; columns and
/// offsets count Unicode scalars, and a leading byte order mark is not counted, like libyaml.
struct LineTable {
    /// Byte offset of the first byte of each line.
    private var byteStarts: [Int]
    /// Scalar offset (libyaml's `index`) of the first character of each line.
    private var scalarStarts: [Int]

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = UTF8Check.bomLength(bytes)
        var scalars = 0
        byteStarts = [index]
        scalarStarts = [0]
        let count = bytes.count
        while index < count {
            let width = Self.lineBreakWidth(bytes, at: index)
            if width > 0 {
                // CRLF is two scalars but one line break; NEL, LS and PS are one scalar each.
                scalars += width == 2 && bytes[index] == 0x0D ? 2 : 1
                index += width
                byteStarts.append(index)
                scalarStarts.append(scalars)
            } else {
                if bytes[index] & 0xC0 != 0x80 { scalars += 1 }
                index += 1
            }
        }
    }

    /// The byte length of the line break at `index`, or 0 when there is none.
    static func lineBreakWidth(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        let count = bytes.count
        switch byte {
        case 0x0A: return 1
        case 0x0D: return index + 1 < count && bytes[index + 1] == 0x0A ? 2 : 1
        case 0xC2: return index + 1 < count && bytes[index + 1] == 0x85 ? 2 : 0
        case 0xE2:
            guard index + 2 < count, bytes[index + 1] == 0x80 else { return 0 }
            return bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 ? 3 : 0
        default: return 0
        }
    }

    /// The mark of the character starting at byte `offset` (bytes before it must be valid UTF-8).
    func mark(atByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Mark {
        // The last line that starts at or before `offset`.
        var low = 0
        var high = byteStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if byteStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var column = 1
        var index = byteStarts[low]
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return Mark(line: low + 1, column: column, offset: scalarStarts[low] + column - 1)
    }

    /// The byte offset of the character at `mark`, or nil when the mark is not in the input.
    func byteOffset(of mark: Mark, in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard mark.line >= 1, mark.line <= byteStarts.count else { return nil }
        var index = byteStarts[mark.line - 1]
        var remaining = mark.column - 1
        while remaining > 0, index < bytes.count {
            index += 1
            // Step over the continuation bytes of the character just passed.
            while index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
            remaining -= 1
        }
        return remaining == 0 ? index : nil
    }
}
