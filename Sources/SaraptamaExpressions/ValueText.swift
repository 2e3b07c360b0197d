import SaraptamaLoading

// Text renderings of values: JSON for reports and machine output, display text for messages
// (`"{{ doc.title }} has {{ size(doc.sections) }} sections"`).

extension Value {
    /// Compact JSON: dates as "YYYY-MM-DD", document containers rendered recursively (mapping
    /// order kept), ints plain, doubles in shortest round-trip form (1.5), non-finite doubles as
    /// the strings "NaN", "Infinity", "-Infinity" (as CEL's JSON mapping does).
    public var jsonText: String {
        var out = ""
        ValueText.writeJSON(self, to: &out)
        return out
    }

    /// Text for message interpolation: strings raw, numbers plain, dates YYYY-MM-DD, null as
    /// "null", lists as "a, b, c" (elements in display form), maps as JSON.
    public var displayText: String {
        switch self {
        case .string(let text): return text
        case .list(let values): return values.map(\.displayText).joined(separator: ", ")
        case .sequence(let items): return items.map { Value(node: $0).displayText }.joined(separator: ", ")
        case .map, .mapping: return jsonText
        case .null, .bool, .int: return jsonText
        case .double(let number): return ValueText.number(number)
        case .date(let days): return CivilDate.format(days)
        }
    }

    /// The CEL-style type name: "null", "bool", "int", "double", "string", "date", "list",
    /// "map" (a document mapping is a "map", a sequence a "list").
    public var typeName: String {
        switch kind {
        case .null: "null"
        case .bool: "bool"
        case .int: "int"
        case .double: "double"
        case .string: "string"
        case .date: "date"
        case .list: "list"
        default: "map"
        }
    }
}

public enum ValueText {
    /// Shortest round-trip form; "NaN", "Infinity", "-Infinity" when not finite.
    static func number(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
        return value.description
    }

    static func writeJSON(_ value: Value, to out: inout String) {
        switch value {
        case .null: out += "null"
        case .bool(let flag): out += flag ? "true" : "false"
        case .int(let number): out += String(number)
        case .double(let number):
            if number.isFinite { out += number.description } else { writeString(self.number(number), to: &out) }
        case .string(let text): writeString(text, to: &out)
        case .date(let days): writeString(CivilDate.format(days), to: &out)
        case .list(let values):
            out += "["
            for (position, element) in values.enumerated() {
                if position > 0 { out += "," }
                writeJSON(element, to: &out)
            }
            out += "]"
        case .map(let map):
            out += "{"
            for (position, key) in map.keys.enumerated() {
                if position > 0 { out += "," }
                // JSON keys are strings: an int or bool key is written as its text.
                let keyValue = MapKey.value(key)
                if case .string(let text) = keyValue { writeString(text, to: &out) } else { writeString(keyValue.jsonText, to: &out) }
                out += ":"
                writeJSON(map[key] ?? .null, to: &out)
            }
            out += "}"
        case .sequence(let items):
            out += "["
            for (position, item) in items.enumerated() {
                if position > 0 { out += "," }
                writeJSON(Value(node: item), to: &out)
            }
            out += "]"
        case .mapping(let mapping):
            out += "{"
            for (position, entry) in mapping.entries.enumerated() {
                if position > 0 { out += "," }
                writeString(entry.key, to: &out)
                out += ":"
                writeJSON(Value(node: entry.value), to: &out)
            }
            out += "}"
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped; the rest of
    /// Unicode (Cyrillic, Kazakh) kept as is, since JSON is UTF-8.
    public static func writeString(_ text: String, to out: inout String) {
        // Byte by byte into one buffer, then one append: appending scalar by scalar was most of
        // the cost of a JSON or SARIF report. Multi-byte UTF-8 is copied as it is, except
        // U+2028 and U+2029 (E2 80 A8/A9), which JavaScript would read as line breaks.
        var text = text
        let escaped = text.withUTF8 { bytes -> String in
            var buffer: [UInt8] = []
            buffer.reserveCapacity(bytes.count + 8)
            buffer.append(0x22)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x22: buffer += [0x5C, 0x22]
                case 0x5C: buffer += [0x5C, 0x5C]
                case 0x0A: buffer += [0x5C, 0x6E]
                case 0x0D: buffer += [0x5C, 0x72]
                case 0x09: buffer += [0x5C, 0x74]
                case 0x08: buffer += [0x5C, 0x62]
                case 0x0C: buffer += [0x5C, 0x66]
                case 0x00..<0x20:
                    buffer += Array("\\u00".utf8) + [hexDigit(byte >> 4), hexDigit(byte & 0x0F)]
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    buffer += Array("\\u202".utf8) + [bytes[index + 2] == 0xA8 ? 0x38 : 0x39]
                    index += 2
                default:
                    buffer.append(byte)
                }
                index += 1
            }
            buffer.append(0x22)
            return String(decoding: buffer, as: UTF8.self)
        }
        out += escaped
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 0x30 + value : 0x61 + value - 10 }
}
