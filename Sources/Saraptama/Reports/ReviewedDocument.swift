import SaraptamaLoading

/// One document as reports show it.
public struct ReviewedDocument: Sendable {
    /// The check result with waived findings removed: its verdict and counts ignore them.
    public var result: DocumentResult
    /// Findings set apart by a waiver that applies (in force, same content).
    public var waived: [WaivedFinding]
    /// Waivers of this document that no longer apply (expired, content changed) or match
    /// nothing: `waiver-expired`, `waiver-stale` (warnings), `waiver-unused` (note).
    public var waiverNotices: [Diagnostic]
    /// The comparison with the previous round, when a baseline was given.
    public var round: RoundComparison.DocumentDelta?

    /// A document as checked, before any waiver or baseline.
    public init(_ result: DocumentResult) {
        self.result = result
        self.waived = []
        self.waiverNotices = []
        self.round = nil
    }

    /// Applicable rules with no finding, waived or not: the checks the document passed.
    public var passedRules: [String] {
        let waivedRules = Set(waived.map(\.finding.ruleID))
        return result.passedRules.filter { !waivedRules.contains($0) }
    }

    /// Whether a current finding is new since the previous round (nil without a baseline).
    /// Findings that share a fingerprint are matched in order, as the comparison counts them.
    public func roundStatus(of finding: Finding) -> RoundComparison.Status? {
        guard let round else { return nil }
        let newCount = round.new.count { $0.fingerprint == finding.fingerprint }
        guard newCount > 0 else { return .open }
        let same = result.findings.filter { $0.fingerprint == finding.fingerprint }
        let position = same.firstIndex { $0.mark == finding.mark && $0.ruleID == finding.ruleID && $0.path == finding.path } ?? 0
        // The last `newCount` copies are the new ones: the earlier ones matched the old round.
        return position >= same.count - newCount ? .new : .open
    }
}
