// Just enough of protobuf's text format to read CEL's conformance files
// (google/cel-spec tests/simple/testdata/*.textproto): fields with scalar or message values,
// quoted strings with C escapes (bytes, so UTF-8 is assembled from octal and hex escapes),
// numbers, identifiers, comments. Not a general parser: lists in brackets and Any are not read.

/// A field's value: a scalar token (strings already unescaped) or a message.
indirect enum TextProto {
    case scalar(String)
    case message([(name: String, value: TextProto)])

    /// Every value of field `name`, in order.
    func all(_ name: String) -> [TextProto] {
        guard case .message(let fields) = self else { return [] }
        return fields.filter { $0.name == name }.map(\.value)
    }

    func first(_ name: String) -> TextProto? { all(name).first }

    var scalar: String? { if case .scalar(let text) = self { text } else { nil } }

    var fieldNames: [String] { if case .message(let fields) = self { fields.map(\.name) } else { [] } }

    static func parse(_ text: String) throws -> TextProto {
        var reader = Reader(bytes: Array(text.utf8))
        return .message(try reader.fields(until: nil))
    }

    struct SyntaxError: Error, CustomStringConvertible {
        var description: String
    }

    private struct Reader {
        let bytes: [UInt8]
        var position = 0

        mutating func skipSpace() {
            while position < bytes.count {
                let byte = bytes[position]
                if byte == UInt8(ascii: "#") {
                    while position < bytes.count, bytes[position] != UInt8(ascii: "\n") { position += 1 }
                } else if byte == 32 || byte == 9 || byte == 10 || byte == 13 || byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") {
                    position += 1
                } else {
                    return
                }
            }
        }

        mutating func fields(until close: UInt8?) throws -> [(name: String, value: TextProto)] {
            var fields: [(name: String, value: TextProto)] = []
            while true {
                skipSpace()
                guard position < bytes.count else {
                    if close == nil { return fields }
                    throw SyntaxError(description: "unexpected end")
                }
                if let close, bytes[position] == close { position += 1; return fields }
                let name = word()
                guard !name.isEmpty else { throw SyntaxError(description: "expected a field name at byte \(position)") }
                skipSpace()
                if position < bytes.count, bytes[position] == UInt8(ascii: ":") { position += 1; skipSpace() }
                fields.append((name, try value()))
            }
        }

        mutating func value() throws -> TextProto {
            guard position < bytes.count else { throw SyntaxError(description: "unexpected end") }
            switch bytes[position] {
            case UInt8(ascii: "{"):
                position += 1
                return .message(try fields(until: UInt8(ascii: "}")))
            case UInt8(ascii: "<"):
                position += 1
                return .message(try fields(until: UInt8(ascii: ">")))
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                var text: [UInt8] = []
                // Adjacent strings are one string, as in C.
                while position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") {
                    text += try quoted()
                    skipSpace()
                }
                return .scalar(String(decoding: text, as: UTF8.self))
            default:
                let token = word()
                guard !token.isEmpty else { throw SyntaxError(description: "expected a value at byte \(position)") }
                return .scalar(token)
            }
        }

        mutating func word() -> String {
            let start = position
            while position < bytes.count {
                let byte = bytes[position]
                let isWordByte = (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
                    || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+")
                    || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]")
                guard isWordByte else { break }
                position += 1
            }
            return String(decoding: bytes[start..<position], as: UTF8.self)
        }

        mutating func quoted() throws -> [UInt8] {
            let quote = bytes[position]
            position += 1
            var out: [UInt8] = []
            while position < bytes.count, bytes[position] != quote {
                var byte = bytes[position]
                position += 1
                guard byte == UInt8(ascii: "\\"), position < bytes.count else { out.append(byte); continue }
                byte = bytes[position]
                position += 1
                switch byte {
                case UInt8(ascii: "n"): out.append(10)
                case UInt8(ascii: "t"): out.append(9)
                case UInt8(ascii: "r"): out.append(13)
                case UInt8(ascii: "a"): out.append(7)
                case UInt8(ascii: "b"): out.append(8)
                case UInt8(ascii: "f"): out.append(12)
                case UInt8(ascii: "v"): out.append(11)
                case UInt8(ascii: "0")...UInt8(ascii: "7"):
                    var number = Int(byte - 48)
                    for _ in 0..<2 where position < bytes.count && (48...55).contains(bytes[position]) {
                        number = number * 8 + Int(bytes[position] - 48)
                        position += 1
                    }
                    out.append(UInt8(truncatingIfNeeded: number))
                case UInt8(ascii: "x"):
                    var number = 0
                    for _ in 0..<2 {
                        guard position < bytes.count, let digit = Self.hex(bytes[position]) else { break }
                        number = number * 16 + digit
                        position += 1
                    }
                    out.append(UInt8(truncatingIfNeeded: number))
                case UInt8(ascii: "u"), UInt8(ascii: "U"):
                    let count = byte == UInt8(ascii: "u") ? 4 : 8
                    var number = 0
                    for _ in 0..<count where position < bytes.count {
                        number = number * 16 + (Self.hex(bytes[position]) ?? 0)
                        position += 1
                    }
                    out += Array(String(Character(Unicode.Scalar(UInt32(number)) ?? "?")).utf8)
                default: out.append(byte)
                }
            }
            position += 1
            return out
        }

        static func hex(_ byte: UInt8) -> Int? {
            switch byte {
            case 48...57: Int(byte - 48)
            case 65...70: Int(byte - 55)
            case 97...102: Int(byte - 87)
            default: nil
            }
        }
    }
}
