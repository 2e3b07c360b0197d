import Foundation
import Synchronization

// Regular expressions for `matches`. CEL specifies RE2 syntax; ICU's (NSRegularExpression) is
// a superset of what rules use (classes, anchors, alternation, counted repetition). As in CEL,
// a match anywhere in the string counts: anchor with ^…$ for a whole-string match.
//
// Unlike RE2, ICU backtracks, so a pattern like `^(a+)+$` can take exponential time on a
// hostile document. Matching therefore runs with ICU's progress callback and gives up after a
// fixed number of callbacks (each is about 10,000 matcher steps): a step budget, not a timer,
// so the outcome is the same on every machine.

/// A compiled pattern, safe to share between threads (NSRegularExpression is immutable).
struct CompiledRegex: Sendable {
    let pattern: String
    private let regex: NSRegularExpression

    fileprivate init(pattern: String, regex: NSRegularExpression) {
        self.pattern = pattern
        self.regex = regex
    }

    /// About a million matcher steps: far beyond any sane pattern on document text.
    static let progressBudget = 100

    /// Whether the pattern matches somewhere in `text`; nil when the step budget ran out.
    func matches(_ text: String) -> Bool? {
        let range = NSRange(location: 0, length: text.utf16.count)
        var found = false
        var progressCalls = 0
        regex.enumerateMatches(in: text, options: [.reportProgress], range: range) { result, _, stop in
            if result != nil {
                found = true
                stop.pointee = true
                return
            }
            progressCalls += 1
            if progressCalls > Self.progressBudget { stop.pointee = true }
        }
        return found || progressCalls <= Self.progressBudget ? found : nil
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
