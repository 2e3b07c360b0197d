import SaraptamaLoading

/// A rule's verdict on one node of a document: the rule id, severity, localized texts, where in
/// the document (path and line:column) and on what normative basis.
public struct Finding: Sendable {
    public let ruleID: String
    public let pack: String
    public let severity: Severity
    /// The question of the examination the rule answers.
    public let question: ExaminationQuestion
    /// The language the texts below are in.
    public let language: Language
    public let title: String
    public let message: String
    public let fix: String?
    /// The rule's basis entries in force on the document's date (see `Rule.basis(on:)`).
    public let basis: [RuleBasis]
    public let implements: [String]
    /// The document file and the position of the node the finding concerns.
    public let file: String
    public let path: DocumentPath
    public let mark: Mark
    /// Stable identity across rounds of resubmission; see `Fingerprint`. Empty when the check was
    /// asked not to compute fingerprints (a text or GitHub report of a batch). Hashed on first
    /// use: most checks never read it, and hashing every finding's node was half the cost of
    /// building findings.
    public var fingerprint: String { fingerprintSource?.value ?? "" }
    /// What the fingerprint hashes; nil when fingerprints were not asked for.
    let fingerprintSource: PendingFingerprint?
    /// The document's source line at `mark`, so reports can quote it (with a caret at
    /// `mark.column`) without keeping the whole document in memory.
    public let excerpt: String
    /// For a cross-document finding, the place(s) in the other document it disagrees with.
    public var related: [RelatedLocation] = []
    /// Where `mark` is in words, for prose documents («§4.2 «Требования к функциям», ¶3»); nil
    /// for YAML documents. See `PositionLocator`.
    public var locator: String? = nil

    /// Orders findings by position, then rule id, so reports are stable.
    public static func byLocation(_ lhs: Finding, _ rhs: Finding) -> Bool {
        if lhs.mark != rhs.mark { return lhs.mark < rhs.mark }
        if lhs.ruleID != rhs.ruleID { return lhs.ruleID < rhs.ruleID }
        return lhs.path.description < rhs.path.description
    }
}

extension Array where Element == Finding {
    /// Sorts by `Finding.byLocation`, stably: ordered over indices, then permuted by swaps, since
    /// `sort(by:)` copies findings as it goes, a dozen references each.
    mutating func sortByLocation() {
        permute(to: indices.sorted { Finding.byLocation(self[$0], self[$1]) })
    }
}

/// The conclusion a check supports for one document.
public enum Verdict: String, Sendable, Codable {
    /// No error-level finding: a positive conclusion.
    case positive
    /// At least one error-level finding: a negative conclusion.
    case negative
    /// The document could not be fully checked (it did not load, a rule failed to evaluate, or a
    /// question of the examination that applies was not examined); no conclusion can be drawn
    /// until that is fixed.
    case inconclusive
}

/// Everything a check found about one input document.
public struct DocumentResult: Sendable {
    public let file: String
    /// Nil when the document failed to load or its header is invalid.
    public let header: DocumentHeader?
    public let findings: [Finding]
    /// Problems that kept the document (or some rule) from being checked.
    public let problems: [Diagnostic]
    /// Ids of the rules that applied to the document (by kind and date).
    public let checkedRules: [String]
    /// Each question of the examination: examined, not examined (why), or not applicable.
    /// Empty for a document that was not checked.
    public var questions: [QuestionOutcome]
    /// The document's source, for quoting lines.
    public let source: SourceFile?
    /// What was read of a prose document, with the rules that had nothing to look at; nil for YAML.
    public var reading: ReadingReport?

    public init(
        file: String, header: DocumentHeader?, findings: [Finding], problems: [Diagnostic], checkedRules: [String], source: SourceFile?,
        questions: [QuestionOutcome] = []
    ) {
        self.questions = questions
        self.file = file
        self.header = header
        self.findings = findings
        self.problems = problems
        self.checkedRules = checkedRules
        self.source = source
    }

    /// Negative when an error was found; otherwise positive only when the document was read,
    /// every rule evaluated and every question that applies examined.
    public var verdict: Verdict {
        if findings.contains(where: { $0.severity == .error }) { return .negative }
        if problems.contains(where: { $0.severity == .error }) || header == nil { return .inconclusive }
        if !unexaminedQuestions.isEmpty { return .inconclusive }
        return .positive
    }

    /// Whether the document could not be read or checked as a whole: a load or header problem, or
    /// a rule that failed. What could not be read of a prose document (a date, a cell) is not
    /// one: that document was checked, its verdict is inconclusive (exit 3), not an input error.
    public var hasInputProblems: Bool {
        if header == nil { return true }
        let readingProblems = reading?.problems ?? []
        return problems.contains { problem in
            !readingProblems.contains { $0.code == problem.code && $0.mark == problem.mark && $0.message == problem.message }
        }
    }

    /// The questions that apply to the document but were not examined.
    public var unexaminedQuestions: [QuestionOutcome] { questions.filter { $0.status == .notExamined } }

    public func count(_ severity: Severity) -> Int { findings.count { $0.severity == severity } }

    /// Ids of applicable rules that produced no finding.
    public var passedRules: [String] {
        let failed = Set(findings.map(\.ruleID))
        return checkedRules.filter { !failed.contains($0) }
    }
}
