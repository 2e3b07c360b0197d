import SaraptamaLoading

/// What every report format renders: the check report after waivers (and, when given, the
/// previous round's report) were applied to it.
///
/// The engine's `CheckReport` knows only findings; the review adds what the expert's process
/// adds around them — findings set apart by approved waivers, warnings about waivers that no
/// longer apply, and the comparison with the previous round. Formats read this one type, so a
/// waived finding or a resolved one is shown the same way in every format.
public struct ReviewedReport: Sendable {
    public var ruleSetName: String
    public var ruleSetVersion: String
    /// SHA-256 of the rule set's files. Golden tests replace it so that an edit of a rule's
    /// comment does not change every golden file.
    public var ruleSetHash: String {
        get { ruleSetHashOverride ?? ruleSetDigest.hex }
        set { ruleSetHashOverride = newValue }
    }
    private var ruleSetHashOverride: String?
    private let ruleSetDigest: LazyDigest
    public var language: Language
    /// Every rule of the rule set, in rule-set order (SARIF's rule table, JUnit's test cases,
    /// the conclusion's passed checks). Empty when the caller had no rule set at hand.
    public var rules: [RuleDescriptor]
    public var documents: [ReviewedDocument]
    /// The waivers file applied, if any (shown in reports so a reader knows exceptions exist).
    public var waiversFile: String?
    /// The previous round's report compared against, if any.
    public var baselineFile: String?

    /// A report with no waivers and no baseline yet; `rules` come from the rule set when known.
    public init(_ report: CheckReport, rules: [RuleDescriptor] = []) {
        self.ruleSetName = report.ruleSetName
        self.ruleSetVersion = report.ruleSetVersion
        self.ruleSetDigest = report.ruleSetDigest
        self.language = report.language
        self.rules = rules
        self.documents = report.documents.map(ReviewedDocument.init)
    }

    /// The report of `ruleSet` over `documents`, describing every rule in `language`.
    public init(ruleSet: RuleSet, language: Language, documents: [DocumentResult]) {
        self.init(
            CheckReport(ruleSet: ruleSet, language: language, documents: documents),
            rules: ruleSet.rules.map { RuleDescriptor($0, language: language, ruleSetDirectory: ruleSet.directory) })
    }

    /// Findings of `severity` that count (waived ones excluded).
    public func count(_ severity: Severity) -> Int { documents.reduce(0) { $0 + $1.result.count(severity) } }

    /// Findings set apart by waivers, over every document.
    public var waivedCount: Int { documents.reduce(0) { $0 + $1.waived.count } }

    /// Documents with this verdict.
    public func tally(_ verdict: Verdict) -> Int { documents.count { $0.result.verdict == verdict } }

    /// True when some document could not be (fully) checked.
    public var hasProblems: Bool { documents.contains { $0.result.hasInputProblems } }

    /// True when some document's verdict is inconclusive (a problem, or a question not examined).
    public var hasInconclusive: Bool { documents.contains { $0.result.verdict == .inconclusive } }

    /// True when a finding that counts is at or above `threshold` (nil: never). With a baseline,
    /// only findings new since the previous round count: the previous round's open findings are
    /// already known to the expert.
    public func hasFindings(atOrAbove threshold: Severity?) -> Bool {
        guard let threshold else { return false }
        return documents.contains { document in
            if let round = document.round { return round.new.contains { !$0.waived && $0.severity >= threshold } }
            return document.result.findings.contains { $0.severity >= threshold }
        }
    }

    /// The descriptor of a rule by id.
    public func rule(_ id: String) -> RuleDescriptor? { rules.first { $0.id == id } }
}
