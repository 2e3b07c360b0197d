import CPCRE2
import Synchronization

// Regular expressions for `matches`: RE2 syntax (checked by RE2Dialect), run by PCRE2.
//
// Why PCRE2 (measured on this project's patterns, ns per call on one core; see
// Rules/expression-language.md, "Regular expressions"): its JIT matches a typical rule pattern
// in 25–50 ns, where NSRegularExpression took about 2 µs; it is packaged everywhere the project
// builds (libpcre2-dev, Homebrew's pcre2) and actively maintained. It backtracks, unlike RE2,
// so every match runs under a match limit: a catastrophic pattern (`(a+)+$` on 50 KB of 'a'
// followed by '!') stops after about 1.4 ms with `eval-regex-limit`, the same on every machine
// because the limit counts steps, not time. Hyperscan matches that case in linear time, but it
// is x86-only and its open-source line is no longer maintained; PCRE2's DFA matcher is slower
// than the JIT on every ordinary pattern and also needs a limit.
//
// As in CEL, a match anywhere in the string counts: anchor with ^…$ for a whole-string match.
// `$` matches only at the very end (PCRE2_DOLLAR_ENDONLY, as in RE2); `\d`, `\w`, `\s` and `\b`
// are ASCII, as in RE2; `(?i)` folds case across Unicode, as in RE2.

/// A compiled pattern, shared between threads: PCRE2's compiled code and match context are
/// read-only once made, and every match gets its own match data.
final class CompiledRegex: @unchecked Sendable {
    let pattern: String
    private let code: OpaquePointer
    private let context: OpaquePointer

    /// Backtracking steps one match may take: far beyond any sane pattern on document text
    /// (a 12-digit id pattern takes a few dozen), small enough that a catastrophic one stops
    /// within milliseconds.
    static let matchLimit: UInt32 = 1_000_000

    fileprivate init(pattern: String, code: OpaquePointer, context: OpaquePointer) {
        self.pattern = pattern
        self.code = code
        self.context = context
    }

    deinit {
        pcre2_match_context_free_8(context)
        pcre2_code_free_8(code)
    }

    /// Whether the pattern matches somewhere in `text`; nil when the match limit ran out.
    func matches(_ text: String) -> Bool? {
        var text = text
        return text.withUTF8 { bytes -> Bool? in
            let data = pcre2_match_data_create_8(1, nil)
            defer { pcre2_match_data_free_8(data) }
            // Swift strings hold valid UTF-8: PCRE2 need not check it again.
            let result = pcre2_match_8(code, bytes.baseAddress, bytes.count, 0, PCRE2_NO_UTF_CHECK, data, context)
            if result >= 0 { return true }
            if result == PCRE2_ERROR_NOMATCH { return false }
            return nil  // match, depth, heap or JIT stack limit
        }
    }
}

enum RegexSupport {
    /// Compiles `pattern` (RE2 syntax), JIT-compiled when the platform allows.
    static func compile(_ pattern: String) -> Result<CompiledRegex, OperationFailure> {
        if let violation = RE2Dialect.violation(in: pattern) {
            return .failure(.invalidArgument("invalid regular expression '\(pattern)': \(violation.message)"))
        }
        var errorCode: Int32 = 0
        var errorOffset = 0
        let options = PCRE2_UTF | PCRE2_DOLLAR_ENDONLY | PCRE2_NEVER_BACKSLASH_C
        let compiled = pattern.utf8CString.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: UInt8.self) { bytes in
                pcre2_compile_8(bytes.baseAddress, bytes.count - 1, options, &errorCode, &errorOffset, nil)
            }
        }
        guard let code = compiled else {
            return .failure(.invalidArgument("invalid regular expression '\(pattern)': \(errorMessage(errorCode))"))
        }
        // Without JIT support (some platforms) PCRE2 falls back to its interpreter, under the same limit.
        _ = pcre2_jit_compile_8(code, PCRE2_JIT_COMPLETE)
        guard let context = pcre2_match_context_create_8(nil) else {
            pcre2_code_free_8(code)
            return .failure(.invalidArgument("cannot allocate a regular expression match context"))
        }
        pcre2_set_match_limit_8(context, CompiledRegex.matchLimit)
        pcre2_set_depth_limit_8(context, 10_000)
        return .success(CompiledRegex(pattern: pattern, code: code, context: context))
    }

    private static func errorMessage(_ code: Int32) -> String {
        var buffer = [UInt8](repeating: 0, count: 256)
        let length = pcre2_get_error_message_8(code, &buffer, buffer.count)
        return length > 0 ? String(decoding: buffer.prefix(Int(length)), as: UTF8.self) : "error \(code)"
    }
}

/// Patterns computed at run time, compiled once per compiled expression and reused: a rule
/// evaluated over thousands of documents usually sees the same few patterns.
final class RegexCache: Sendable {
    private static let capacity = 64
    private let entries = Mutex<[String: CompiledRegex]>([:])

    init() {}

    func regex(_ pattern: String) -> Result<CompiledRegex, OperationFailure> {
        if let cached = entries.withLock({ $0[pattern] }) { return .success(cached) }
        let compiled = RegexSupport.compile(pattern)
        if case .success(let regex) = compiled {
            entries.withLock { entries in
                // Dropping everything when full is crude but bounded; a rule with more than 64
                // distinct dynamic patterns is not a case worth an LRU.
                if entries.count >= Self.capacity { entries.removeAll() }
                entries[pattern] = regex
            }
        }
        return compiled
    }
}
