/// The result of checking a set of documents: what the reports render and the CLI's exit code
/// is computed from.
public struct CheckReport: Sendable {
    public let ruleSetName: String
    public let ruleSetVersion: String
    /// SHA-256 of the rule set's files, computed when first read.
    public var ruleSetHash: String { ruleSetDigest.hex }
    let ruleSetDigest: LazyDigest
    public let language: Language
    public let documents: [DocumentResult]

    public init(ruleSet: RuleSet, language: Language, documents: [DocumentResult]) {
        self.ruleSetName = ruleSet.name
        self.ruleSetVersion = ruleSet.version
        self.ruleSetDigest = ruleSet.digest
        self.language = language
        self.documents = documents
    }

    public func count(_ severity: Severity) -> Int { documents.reduce(0) { $0 + $1.count(severity) } }

    /// True when some document could not be (fully) checked.
    public var hasProblems: Bool { documents.contains { $0.hasInputProblems } }

    /// True when some finding is at or above `threshold` (nil: never).
    public func hasFindings(atOrAbove threshold: Severity?) -> Bool {
        guard let threshold else { return false }
        return documents.contains { $0.findings.contains { $0.severity >= threshold } }
    }
}

/// Exit codes of the command line, documented in the README.
public enum ExitCode: Int32, Sendable {
    /// No finding at or above `--fail-on`.
    case success = 0
    /// Findings at or above `--fail-on`.
    case findings = 1
    /// Usage, input or rule errors: something could not be checked.
    case error = 2
    /// Everything was read and evaluated, but some document's verdict is inconclusive: a
    /// question of the examination that applies to it was not examined (and no error was found).
    case inconclusive = 3

    /// The exit code of a check: errors first, then inconclusive verdicts, then findings.
    public static func of(problems: Bool, inconclusive: Bool, findings: Bool) -> ExitCode {
        if problems { return .error }
        if inconclusive { return .inconclusive }
        return findings ? .findings : .success
    }
}
