/// A finding as it is followed from one round of resubmission to the next: what a JSON report
/// keeps of it. Findings of two rounds are matched by `fingerprint`, which survives unrelated
/// edits of the document (see `Fingerprint`).
public struct RoundFinding: Sendable, Equatable {
    public let rule: String
    public let severity: Severity
    public let title: String
    public let message: String
    public let path: String
    public let file: String
    public let line: Int
    public let column: Int
    public let fingerprint: String
    /// True when a waiver set the finding apart in that round: it does not fail a run.
    public let waived: Bool

    /// A finding as read back from a JSON report.
    public init(
        rule: String, severity: Severity, title: String, message: String, path: String, file: String,
        line: Int, column: Int, fingerprint: String, waived: Bool
    ) {
        self.rule = rule
        self.severity = severity
        self.title = title
        self.message = message
        self.path = path
        self.file = file
        self.line = line
        self.column = column
        self.fingerprint = fingerprint
        self.waived = waived
    }

    /// A finding of the current check.
    public init(_ finding: Finding, waived: Bool = false) {
        self.init(
            rule: finding.ruleID, severity: finding.severity, title: finding.title, message: finding.message,
            path: finding.path.description, file: finding.file, line: finding.mark.line, column: finding.mark.column,
            fingerprint: finding.fingerprint, waived: waived)
    }
}
