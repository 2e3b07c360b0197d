import Foundation
import SaraptamaExpressions

/// The per-call cost of `matches()`: today's engine (PCRE2, RE2 syntax, match limit) beside the
/// one it replaced (NSRegularExpression with a progress-callback budget, reproduced here as it
/// was so the figure can be measured again), on patterns and texts like the rules'.
public enum RegexBenchmark {
    public struct Row: Sendable {
        public var pattern: String
        public var text: String
        public var beforeNanoseconds: Double
        public var afterNanoseconds: Double
    }

    static let cases: [(pattern: String, text: String)] = [
        ("^[0-9]{12}$", "880101300123"),
        ("^\\d{4}-\\d{2}-\\d{2}$", "2024-06-03"),
        ("^[A-Z]{2,5}-\\d{3}$", "STR-001"),
        ("(?i)персональн", "Обработка персональных данных граждан"),
        ("^[A-Z]{2,}-IS-\\d{2}$", "MZ-IS-01"),
    ]

    /// Median nanoseconds per call of each engine on each case, over `runs` rounds.
    public static func measure(runs: Int = 5, iterations: Int = 20_000) -> [Row] {
        cases.map { pattern, text in
            let before = try! NSRegularExpression(pattern: pattern)
            let after = RegexProbe(pattern)!
            var found = 0
            let beforeTimes = (0..<runs).map { _ in
                time(iterations) { if legacyMatches(before, text) == true { found += 1 } }
            }
            let afterTimes = (0..<runs).map { _ in
                time(iterations) { if after.matches(text) == true { found += 1 } }
            }
            precondition(found == 2 * runs * iterations, "both engines must match every case")
            return Row(pattern: pattern, text: text, beforeNanoseconds: median(beforeTimes), afterNanoseconds: median(afterTimes))
        }
    }

    /// The former `CompiledRegex.matches`: enumerate with progress reports, stop at the first match.
    private static func legacyMatches(_ regex: NSRegularExpression, _ text: String) -> Bool? {
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
            if progressCalls > 100 { stop.pointee = true }
        }
        return found || progressCalls <= 100 ? found : nil
    }

    private static func time(_ iterations: Int, _ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<iterations { body() }
        return Double(DispatchTime.now().uptimeNanoseconds - start) / Double(iterations)
    }

    private static func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
}
