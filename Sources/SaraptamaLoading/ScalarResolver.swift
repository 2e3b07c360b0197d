/// Resolves scalar text to a value: the YAML 1.2 core schema for untagged plain scalars, the
/// core tags (`!!str`, `!!int`, `!!float`, `!!bool`, `!!null`) for tagged ones. Quoted and block
/// scalars without a tag are strings.
///
/// This runs for every scalar of every document, so it decides by the first byte which forms
/// are possible and parses numbers by hand over the UTF-8 bytes (no regex, no Foundation).
enum ScalarResolver {
    enum Outcome {
        case value(Scalar)
        case failure(LoadCode, LoadMessage)
    }

    /// The prefix libyaml expands `!!` to.
    static let corePrefix = "tag:yaml.org,2002:"

    static func resolve(_ text: String, style: ScalarStyle, tag: String?) -> Outcome {
        guard let tag else {
            return style == .plain ? withBytes(text) { plain($0, text) } : .value(.string(text))
        }
        let bad = Outcome.failure(.badTaggedValue, LoadMessage("scalar", ["text": text, "tag": display(tag: tag)]))
        switch tag {
        case "!", corePrefix + "str":
            // `!` is the non-specific tag: "not a plain scalar", i.e. a string.
            return .value(.string(text))
        case corePrefix + "null":
            return withBytes(text, isNull) ? .value(.null) : bad
        case corePrefix + "bool":
            return withBytes(text, bool).map { .value(.bool($0)) } ?? bad
        case corePrefix + "int":
            switch withBytes(text, int) {
            case .value(let value): return .value(.int(value))
            case .overflow: return overflow(text)
            case .notInt: return bad
            }
        case corePrefix + "float":
            return withBytes(text) { double($0, text) }.map { .value(.double($0)) } ?? bad
        case corePrefix + "map", corePrefix + "seq":
            var arguments = DiagnosticCatalogue.localized("kind", ("скалярное значение", "скаляр мән", "scalar"))
            arguments["tag"] = display(tag: tag)
            return .failure(.badTaggedValue, LoadMessage("collection", arguments))
        default:
            return .failure(.unknownTag, unknownTagMessage(tag))
        }
    }

    /// `!!int` for core tags, the tag as written otherwise.
    static func display(tag: String) -> String {
        tag.hasPrefix(corePrefix) ? "!!" + tag.dropFirst(corePrefix.count) : tag
    }

    static func unknownTagMessage(_ tag: String) -> LoadMessage {
        LoadMessage("tag", ["tag": display(tag: tag)])
    }

    // MARK: - Core schema

    private static func plain(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Outcome {
        guard let first = bytes.first else { return .value(.null) }
        switch first {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            if isNull(bytes) { return .value(.null) }
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            if let value = bool(bytes) { return .value(.bool(value)) }
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "-"),
            UInt8(ascii: "."):
            switch int(bytes) {
            case .value(let value): return .value(.int(value))
            case .overflow: return overflow(text)
            case .notInt: break
            }
            if let value = double(bytes, text) { return .value(.double(value)) }
        default:
            break
        }
        return .value(.string(text))
    }

    private static func overflow(_ text: String) -> Outcome {
        .failure(.intOverflow, LoadMessage("text", ["text": text]))
    }

    private static func isNull(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.isEmpty || matches(bytes, "~") || matches(bytes, "null") || matches(bytes, "Null")
            || matches(bytes, "NULL")
    }

    private static func bool(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        if matches(bytes, "true") || matches(bytes, "True") || matches(bytes, "TRUE") { return true }
        if matches(bytes, "false") || matches(bytes, "False") || matches(bytes, "FALSE") {
            return false
        }
        return nil
    }

    private enum IntParse {
        case value(Int64)
        case overflow
        case notInt
    }

    /// `[-+]?[0-9]+`, `0o[0-7]+`, `0x[0-9a-fA-F]+`.
    private static func int(_ bytes: UnsafeBufferPointer<UInt8>) -> IntParse {
        let count = bytes.count
        if count > 2, bytes[0] == UInt8(ascii: "0"),
            bytes[1] == UInt8(ascii: "o") || bytes[1] == UInt8(ascii: "x")
        {
            let radix: UInt64 = bytes[1] == UInt8(ascii: "o") ? 8 : 16
            var value: UInt64 = 0
            var overflowed = false
            for byte in bytes[2...] {
                guard let digit = digitValue(byte), digit < radix else { return .notInt }
                let (shifted, o1) = value.multipliedReportingOverflow(by: radix)
                let (sum, o2) = shifted.addingReportingOverflow(digit)
                overflowed = overflowed || o1 || o2
                value = sum
            }
            return overflowed || value > UInt64(Int64.max) ? .overflow : .value(Int64(value))
        }
        var index = 0
        let negative = count > 0 && bytes[0] == UInt8(ascii: "-")
        if count > 0, negative || bytes[0] == UInt8(ascii: "+") { index = 1 }
        guard index < count else { return .notInt }
        // Accumulate towards the sign so that Int64.min itself is representable.
        var value: Int64 = 0
        var overflowed = false
        while index < count {
            let byte = bytes[index]
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return .notInt }
            let digit = Int64(byte - UInt8(ascii: "0"))
            let (shifted, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) =
                negative
                ? shifted.subtractingReportingOverflow(digit) : shifted.addingReportingOverflow(digit)
            overflowed = overflowed || o1 || o2
            value = sum
            index += 1
        }
        return overflowed ? .overflow : .value(value)
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?\.(inf|Inf|INF)`,
    /// `\.(nan|NaN|NAN)`. The grammar is checked here; the digits are converted by the standard
    /// library (correctly rounded).
    private static func double(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Double? {
        let count = bytes.count
        var index = 0
        var negative = false
        if count > 0, bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") {
            negative = bytes[0] == UInt8(ascii: "-")
            index = 1
        }
        guard index < count else { return nil }
        if bytes[index] == UInt8(ascii: "."), count - index == 4 {
            let word = UnsafeBufferPointer(rebasing: bytes[(index + 1)...])
            if matches(word, "inf") || matches(word, "Inf") || matches(word, "INF") {
                return negative ? -.infinity : .infinity
            }
            if index == 0, matches(word, "nan") || matches(word, "NaN") || matches(word, "NAN") {
                return .nan
            }
        }
        let integerDigits = digits(bytes, &index)
        var fractionDigits = 0
        if index < count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            fractionDigits = digits(bytes, &index)
        }
        guard integerDigits + fractionDigits > 0 else { return nil }
        if index < count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
                index += 1
            }
            guard digits(bytes, &index) > 0 else { return nil }
        }
        guard index == count else { return nil }
        return Double(text)
    }

    private static func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ index: inout Int) -> Int {
        let start = index
        while index < bytes.count, bytes[index] >= UInt8(ascii: "0"), bytes[index] <= UInt8(ascii: "9") {
            index += 1
        }
        return index - start
    }

    private static func digitValue(_ byte: UInt8) -> UInt64? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt64(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt64(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt64(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// Compares with an ASCII literal without creating a String.
    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        guard bytes.count == word.utf8CodeUnitCount else { return false }
        let literal = word.utf8Start
        for index in 0..<bytes.count where bytes[index] != literal[index] { return false }
        return true
    }

    /// The text's UTF-8 bytes without copying (native strings are contiguous).
    private static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }
}
