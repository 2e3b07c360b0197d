import Foundation
import Synchronization

// Regular expressions for `matches`. CEL specifies RE2 syntax; ICU's (NSRegularExpression) is
// a superset of what rules use (classes, anchors, alternation, counted repetition). As in CEL,
// a match anywhere in the string counts: anchor with ^…$ for a whole-string match.

/// A compiled pattern, safe to share between threads (NSRegularExpression is immutable).
struct CompiledRegex: Sendable {
    let pattern: String
    private let regex: NSRegularExpression

    fileprivate init(pattern: String, regex: NSRegularExpression) {
        self.pattern = pattern
        self.regex = regex
    }

    func matches(_ text: String) -> Bool {
        let range = NSRange(location: 0, length: text.utf16.count)
        return regex.firstMatch(in: text, options: [], range: range) != nil
    }
}

enum RegexSupport {
    static func compile(_ pattern: String) -> Result<CompiledRegex, OperationFailure> {
        do {
            let regex = try NSRegularExpression(pattern: pattern, options: [])
            return .success(CompiledRegex(pattern: pattern, regex: regex))
        } catch {
            return .failure(OperationFailure(
                code: "eval-invalid-argument",
                message: "invalid regular expression '\(pattern)'"))
        }
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
