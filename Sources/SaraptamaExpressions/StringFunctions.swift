#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// String built-ins. CEL strings are sequences of code points with no normalization, so the
// searches work on UTF-8 bytes (a valid UTF-8 needle can only match at code-point boundaries)
// rather than on Swift's grapheme-aware, canonically-equivalent String comparison.

enum StringFunctions {
    static func contains(_ text: Value, _ part: Value) throws(OperationFailure) -> Value {
        guard case .string(let haystack) = text, case .string(let needle) = part else {
            throw .noOverload("contains", text, part)
        }
        return .bool(UTF8Search.contains(haystack, needle))
    }

    static func startsWith(_ text: Value, _ prefix: Value) throws(OperationFailure) -> Value {
        guard case .string(let string) = text, case .string(let start) = prefix else {
            throw .noOverload("startsWith", text, prefix)
        }
        return .bool(string.utf8.starts(with: start.utf8))
    }

    static func endsWith(_ text: Value, _ suffix: Value) throws(OperationFailure) -> Value {
        guard case .string(let string) = text, case .string(let end) = suffix else {
            throw .noOverload("endsWith", text, suffix)
        }
        let count = string.utf8.count, endCount = end.utf8.count
        guard endCount <= count else { return .bool(false) }
        return .bool(string.utf8.dropFirst(count - endCount).elementsEqual(end.utf8))
    }

    /// `matches` with a pattern known only at run time (compiled once, then cached).
    static func matches(_ text: Value, _ pattern: Value, cache: RegexCache)
        throws(OperationFailure) -> Value
    {
        guard case .string(let string) = text, case .string(let source) = pattern else {
            throw .noOverload("matches", text, pattern)
        }
        return try match(string, cache.regex(source).get())
    }

    /// `matches` with a literal pattern compiled at plan time.
    static func matches(_ text: Value, _ regex: CompiledRegex) throws(OperationFailure) -> Value {
        guard case .string(let string) = text else {
            throw .noOverload("matches", text, .string(regex.pattern))
        }
        return try match(string, regex)
    }

    private static func match(_ string: String, _ regex: CompiledRegex) throws(OperationFailure) -> Value {
        guard let found = regex.matches(string) else {
            throw OperationFailure(
                code: "eval-regex-limit", template: "eval-regex-limit.steps",
                arguments: ["pattern": regex.pattern, "length": String(string.unicodeScalars.count), "limit": String(CompiledRegex.matchLimit), "example": "(a+)+"])
        }
        return .bool(found)
    }

    static func lowerAscii(_ text: Value) throws(OperationFailure) -> Value {
        guard case .string(let string) = text else { throw .noOverload("lowerAscii", text) }
        return .string(mapASCII(string, from: UInt8(ascii: "A"), to: UInt8(ascii: "Z"), shift: 32))
    }

    static func upperAscii(_ text: Value) throws(OperationFailure) -> Value {
        guard case .string(let string) = text else { throw .noOverload("upperAscii", text) }
        return .string(mapASCII(string, from: UInt8(ascii: "a"), to: UInt8(ascii: "z"), shift: -32))
    }

    /// Changes only ASCII letters (CEL's lowerAscii/upperAscii); returns the same string
    /// (no copy) when nothing changes.
    private static func mapASCII(_ string: String, from low: UInt8, to high: UInt8, shift: Int)
        -> String
    {
        guard string.utf8.contains(where: { $0 >= low && $0 <= high }) else { return string }
        let bytes = string.utf8.map { $0 >= low && $0 <= high ? UInt8(Int($0) + shift) : $0 }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Removes leading and trailing Unicode white space.
    static func trim(_ text: Value) throws(OperationFailure) -> Value {
        guard case .string(let string) = text else { throw .noOverload("trim", text) }
        let scalars = string.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isWhitespace($0) }) else {
            return .string("")
        }
        let last = scalars.lastIndex(where: { !isWhitespace($0) }) ?? first
        let end = scalars.index(after: last)
        // Most texts have nothing to trim: they are returned as they are, not copied.
        if first == scalars.startIndex && end == scalars.endIndex { return text }
        return .string(String(scalars[first..<end]))
    }

    /// Unicode's White_Space, answered without the property tables (a call of about 300
    /// instructions, made for the first and last letter of every Cyrillic text trimmed). The
    /// property is stable: these 25 code points since Unicode 6.3. A test compares the answer
    /// with `properties.isWhitespace` for every scalar, so a change in Unicode shows up there.
    @inline(__always)
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        if value < 0x1680 { return value == 0x85 || value == 0xA0 }
        switch value {
        case 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Splits on every occurrence of the separator; an empty separator splits into code points.
    static func split(_ text: Value, _ separator: Value) throws(OperationFailure) -> Value {
        guard case .string(let string) = text, case .string(let sep) = separator else {
            throw .noOverload("split", text, separator)
        }
        if sep.isEmpty { return .list(string.unicodeScalars.map { .string(String($0)) }) }
        return .list(UTF8Search.split(string, sep).map(Value.string))
    }

    static func norm(_ text: Value) throws(OperationFailure) -> Value {
        guard case .string(let string) = text else { throw .noOverload("norm", text) }
        return .string(TextNormalization.key(string))
    }

    /// Whether the normalized text contains any normalized needle. Empty needles never match:
    /// an empty catalogue cell must not make every text match.
    static func containsAny(_ text: Value, _ needles: Value) throws(OperationFailure) -> Value {
        guard case .string = text, let list = ListView(needles) else {
            throw .noOverload("contains_any", text, needles)
        }
        return try containsAny(text, normalizedNeedles: normalizedNeedles(list))
    }

    static func containsAny(_ text: Value, normalizedNeedles: [String]) throws(OperationFailure)
        -> Value
    {
        guard case .string(let string) = text else {
            throw .noOverload("contains_any", text, .list([]))
        }
        let haystack = TextNormalization.key(string)
        return .bool(normalizedNeedles.contains { UTF8Search.contains(haystack, $0) })
    }

    /// Needles normalized once (at plan time when the list is a literal).
    static func normalizedNeedles(_ list: ListView) throws(OperationFailure) -> [String] {
        var needles: [String] = []
        for position in 0..<list.count {
            guard case .string(let needle) = list[position] else {
                throw .wrongType(
                    "contains_any() needs a list of strings; element \(position) is "
                        + list[position].typeName)
            }
            let normalized = TextNormalization.key(needle)
            if !normalized.isEmpty { needles.append(normalized) }
        }
        return needles
    }
}

/// Substring search on UTF-8 bytes.
enum UTF8Search {
    /// Byte (code-point) equality, without String's canonical-equivalence check.
    ///
    /// The test of identical words is inlined into the caller: a text read out of a table in
    /// place need not be retained to be compared that way, only to be passed to a call.
    @inline(__always)
    static func equal(_ a: String, _ b: String) -> Bool {
        // Two words that are the same are the same string: one stored once and shared (a
        // literal of the rule, a text the loader shares between documents) or the same small
        // string, which is held inline. Most equal texts compared here are one of these.
        if unsafeBitCast(a, to: (UInt64, UInt64).self) == unsafeBitCast(b, to: (UInt64, UInt64).self) { return true }
        return equalBytes(a, b)
    }

    /// `equal` past the test of identical words.
    private static func equalBytes(_ a: String, _ b: String) -> Bool {
        // The UTF-8 count of a native string is stored: most unequal texts differ in length.
        guard a.utf8.count == b.utf8.count else { return false }
        // Native strings lend their bytes in place; `withUTF8` needs a mutable copy (a retain
        // and a release of each string, for a comparison that is mostly a memcmp).
        if let equal = a.utf8.withContiguousStorageIfAvailable({ x in
            b.utf8.withContiguousStorageIfAvailable { y in
                x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0
            }
        }), let equal {
            return equal
        }
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
            }
        }
    }

    static func contains(_ haystack: String, _ needle: String) -> Bool {
        guard !needle.isEmpty else { return true }
        var haystack = haystack, needle = needle
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pin in
                guard pin.count <= hay.count, let hayBase = hay.baseAddress, let pinBase = pin.baseAddress else { return false }
                // memchr finds candidates for the first byte and memcmp checks them: no allocation,
                // vectorized by the C library. Byte equality on UTF-8 is code-point equality,
                // which is what CEL's string functions compare.
                let lead = Int32(pin[0])
                var position = 0
                let last = hay.count - pin.count
                while position <= last {
                    guard let hit = memchr(hayBase + position, lead, last - position + 1) else { return false }
                    let start = hayBase.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(hayBase + start, pinBase, pin.count) == 0 { return true }
                    position = start + 1
                }
                return false
            }
        }
    }

    static func split(_ string: String, _ separator: String) -> [String] {
        let bytes = Array(string.utf8)
        var parts: [String] = []
        var start = 0
        for range in ranges(of: separator, in: string, first: false) {
            parts.append(String(decoding: bytes[start..<range.lowerBound], as: UTF8.self))
            start = range.upperBound
        }
        parts.append(String(decoding: bytes[start...], as: UTF8.self))
        return parts
    }

    /// Non-overlapping occurrences, left to right (just the first when `first`).
    private static func ranges(of needle: String, in haystack: String, first: Bool) -> [Range<Int>] {
        var haystack = haystack, needle = needle
        return haystack.withUTF8 { hay in
            needle.withUTF8 { pin in
                var found: [Range<Int>] = []
                guard !pin.isEmpty, pin.count <= hay.count else { return found }
                let lead = pin[0]
                var position = 0
                while position <= hay.count - pin.count {
                    if hay[position] == lead {
                        var matched = true
                        for offset in 1..<pin.count where hay[position + offset] != pin[offset] {
                            matched = false
                            break
                        }
                        if matched {
                            found.append(position..<(position + pin.count))
                            if first { return found }
                            position += pin.count
                            continue
                        }
                    }
                    position += 1
                }
                return found
            }
        }
    }
}
