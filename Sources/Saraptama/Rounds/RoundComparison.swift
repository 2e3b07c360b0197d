/// What changed between two rounds of a submission: per document, the findings resolved since
/// the previous round, those still open, and the new ones — what an expert needs when a state
/// body resubmits a corrected document.
///
/// Documents are matched by id (by file when a document has no id because it did not load).
/// Findings are matched by fingerprint as multisets: two findings with the same fingerprint in
/// the old round and one in the new make one "still open" and one "resolved". What the
/// fingerprints leave unmatched is then matched by rule and place (the node's path): a remark
/// whose node was only reworded — the same requirement at the same place — is still open, not
/// resolved and new again.
public struct RoundComparison: Sendable {
    /// Whether a current finding existed in the previous round.
    public enum Status: String, Sendable {
        case new
        case open
    }

    /// What changed in one document between the rounds.
    public struct DocumentDelta: Sendable {
        /// The document id (or file, for a document that did not load).
        public let id: String
        /// Nil when the document is new in this round.
        public let oldFile: String?
        /// Nil when the document was not resubmitted.
        public let newFile: String?
        public let resolved: [RoundFinding]
        /// The current findings that existed before (new-round values: positions may have moved).
        public let open: [RoundFinding]
        public let new: [RoundFinding]
    }

    public let oldRound: RoundReport
    public let newRound: RoundReport
    public let documents: [DocumentDelta]

    /// Compares two rounds; documents in the order of the new round, then those not resubmitted.
    public init(old: RoundReport, new: RoundReport) {
        oldRound = old
        newRound = new
        var deltas: [DocumentDelta] = []
        var oldByKey: [String: RoundDocument] = [:]
        var oldOrder: [String] = []
        for document in old.documents {
            let key = Self.key(document)
            if oldByKey[key] == nil { oldOrder.append(key) }
            oldByKey[key] = document
        }
        var seen = Set<String>()
        for document in new.documents {
            let key = Self.key(document)
            seen.insert(key)
            deltas.append(Self.compare(oldByKey[key], document, id: key))
        }
        // Documents of the previous round that were not resubmitted: nothing is "resolved" about
        // them; they are listed so the expert sees what is missing.
        for key in oldOrder where !seen.contains(key) {
            guard let document = oldByKey[key] else { continue }
            deltas.append(DocumentDelta(id: key, oldFile: document.file, newFile: nil, resolved: [], open: [], new: []))
        }
        documents = deltas
    }

    /// True when a new finding (not waived) is at or above `threshold` (nil: never).
    public func hasNew(atOrAbove threshold: Severity?) -> Bool {
        guard let threshold else { return false }
        return documents.contains { $0.new.contains { !$0.waived && $0.severity >= threshold } }
    }

    /// Totals over every document.
    public var resolvedCount: Int { documents.reduce(0) { $0 + $1.resolved.count } }
    /// Findings still open, over every document.
    public var openCount: Int { documents.reduce(0) { $0 + $1.open.count } }
    /// New findings, over every document.
    public var newCount: Int { documents.reduce(0) { $0 + $1.new.count } }

    /// True when the two rounds were checked with different rule sets: a "new" finding may then
    /// come from a new rule rather than from the document.
    public var ruleSetChanged: Bool { oldRound.ruleSetHash != newRound.ruleSetHash }

    static func key(_ document: RoundDocument) -> String { document.id ?? document.file }

    static func compare(_ old: RoundDocument?, _ new: RoundDocument, id: String) -> DocumentDelta {
        let oldFindings = old?.findings ?? []
        var oldTaken = [Bool](repeating: false, count: oldFindings.count)
        var newMatched = [Bool](repeating: false, count: new.findings.count)
        // By fingerprint, then by rule and place; each old finding matches at most one new one.
        for key in [{ (finding: RoundFinding) in finding.fingerprint }, { (finding: RoundFinding) in finding.rule + "\u{0}" + finding.path }] {
            var available: [String: [Int]] = [:]
            for (index, finding) in oldFindings.enumerated() where !oldTaken[index] { available[key(finding), default: []].append(index) }
            for (index, finding) in new.findings.enumerated() where !newMatched[index] {
                guard var candidates = available[key(finding)], !candidates.isEmpty else { continue }
                oldTaken[candidates.removeFirst()] = true
                available[key(finding)] = candidates
                newMatched[index] = true
            }
        }
        let open = new.findings.indices.filter { newMatched[$0] }.map { new.findings[$0] }
        let fresh = new.findings.indices.filter { !newMatched[$0] }.map { new.findings[$0] }
        let resolved = oldFindings.indices.filter { !oldTaken[$0] }.map { oldFindings[$0] }
        return DocumentDelta(id: id, oldFile: old?.file, newFile: new.file, resolved: resolved, open: open, new: fresh)
    }
}
