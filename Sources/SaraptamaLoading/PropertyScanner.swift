/// Finds where the tag and the content of a node written with properties (`&anchor`, `!tag`)
/// start. libyaml's events start at the first property, but positions inside a string are mapped
/// back to the file from the node's mark (after the quote, or on the line after `|`), so the
/// mark must be where the content starts; a tag error should point at the tag itself.
enum PropertyScanner {
    struct Result {
        /// Where the tag starts, when the node has one.
        var tag: Mark?
        /// Where the node's content starts (never after the event's end mark).
        var content: Mark
    }

    /// Scans from the event's start mark (the first property) up to `limit` (the event's end).
    static func scan(
        from start: Mark, limit: Mark, table: LineTable, bytes: UnsafeBufferPointer<UInt8>
    ) -> Result {
        guard var index = table.byteOffset(of: start, in: bytes) else {
            return Result(tag: nil, content: start)
        }
        var line = start.line
        var column = start.column
        var offset = start.offset
        var tag: Mark?
        let count = bytes.count

        func advance() {
            index += 1
            while index < count, bytes[index] & 0xC0 == 0x80 { index += 1 }
            column += 1
            offset += 1
        }
        func isTokenEnd(_ byte: UInt8) -> Bool {
            switch byte {
            // Whitespace, line breaks, and flow indicators end an anchor or tag shorthand.
            case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
                UInt8(ascii: "{"), UInt8(ascii: "}"):
                true
            default: false
            }
        }

        while offset < limit.offset, index < count {
            let width = LineTable.lineBreakWidth(bytes, at: index)
            if width > 0 {
                offset += width == 2 && bytes[index] == 0x0D ? 2 : 1
                index += width
                line += 1
                column = 1
                continue
            }
            let byte = bytes[index]
            switch byte {
            case 0x20, 0x09:
                advance()
            case UInt8(ascii: "#"):
                while index < count, LineTable.lineBreakWidth(bytes, at: index) == 0 { advance() }
            case UInt8(ascii: "&"), UInt8(ascii: "!"):
                if byte == UInt8(ascii: "!"), tag == nil {
                    tag = Mark(line: line, column: column, offset: offset)
                }
                let verbatim = byte == UInt8(ascii: "!") && index + 1 < count
                    && bytes[index + 1] == UInt8(ascii: "<")
                advance()
                while index < count {
                    let next = bytes[index]
                    if verbatim {
                        advance()
                        if next == UInt8(ascii: ">") { break }
                    } else {
                        if isTokenEnd(next) { break }
                        advance()
                    }
                }
            default:
                return Result(tag: tag, content: Mark(line: line, column: column, offset: offset))
            }
        }
        let here = Mark(line: line, column: column, offset: offset)
        return Result(tag: tag, content: offset > limit.offset ? limit : here)
    }
}
