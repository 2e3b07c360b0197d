import Saraptama

/// One examination of one round of a document, as the registry keeps it: what was examined
/// (document id, kind, state body, object), when (received, concluded), the outcome (verdict,
/// counts, findings) and with what (rule set, engine version, the stored copy's SHA-256).
public struct Examination: Sendable, Equatable {
    /// Where a record came from.
    public enum Origin: String, Sendable, CaseIterable {
        /// `saraptama check --record`.
        case check
        /// `saraptama record REPORT.json`.
        case report
        /// `saraptama registry import FILE.csv` (historical examinations).
        case `import`
    }

    /// The registry's id; nil until recorded.
    public var id: Int64?
    public var documentID: String
    public var kind: DocumentKind
    public var title: String?
    public var stateBodyID: String?
    public var stateBodyName: String?
    public var objectName: String?
    /// 1 for the first submission of a document id, 2 for its first resubmission, ...; nil asks
    /// the registry for the next round when recording.
    public var round: Int?
    /// Day numbers (`CalendarDay`): when the document was received and when the conclusion was issued.
    public var received: Int64
    public var concluded: Int64
    public var verdict: Verdict
    public var counts: SeverityCounts
    public var findings: [RecordedFinding]
    public var ruleSet: RuleSetStamp
    public var engineVersion: String?
    public var origin: Origin
    /// The file the document was read from, as given to saraptama.
    public var sourceFile: String?
    /// SHA-256 of the stored electronic copy, nil when no copy was stored.
    public var documentSHA256: String?
    /// When the record was written (UTC, ISO 8601); set by the registry.
    public var recordedAt: String?

    public init(
        documentID: String, kind: DocumentKind, title: String? = nil, stateBodyID: String? = nil, stateBodyName: String? = nil,
        objectName: String? = nil, round: Int? = nil, received: Int64, concluded: Int64, verdict: Verdict,
        counts: SeverityCounts = SeverityCounts(), findings: [RecordedFinding] = [], ruleSet: RuleSetStamp = RuleSetStamp(),
        engineVersion: String? = nil, origin: Origin, sourceFile: String? = nil
    ) {
        self.documentID = documentID
        self.kind = kind
        self.title = title
        self.stateBodyID = stateBodyID
        self.stateBodyName = stateBodyName
        self.objectName = objectName
        self.round = round
        self.received = received
        self.concluded = concluded
        self.verdict = verdict
        self.counts = counts
        self.findings = findings
        self.ruleSet = ruleSet
        self.engineVersion = engineVersion
        self.origin = origin
        self.sourceFile = sourceFile
    }
}

/// Findings per severity.
public struct SeverityCounts: Sendable, Equatable {
    public var errors: Int
    public var warnings: Int
    public var infos: Int

    public init(errors: Int = 0, warnings: Int = 0, infos: Int = 0) {
        self.errors = errors
        self.warnings = warnings
        self.infos = infos
    }

    /// The counts of a list of findings.
    public init(_ findings: [RecordedFinding]) {
        self.init(
            errors: findings.count { $0.severity == .error }, warnings: findings.count { $0.severity == .warning },
            infos: findings.count { $0.severity == .info })
    }
}

/// The rule set an examination was made with (all nil for historical imports).
public struct RuleSetStamp: Sendable, Equatable {
    public var name: String?
    public var version: String?
    public var hash: String?

    public init(name: String? = nil, version: String? = nil, hash: String? = nil) {
        self.name = name
        self.version = version
        self.hash = hash
    }
}

/// One finding of an examination. Imported historical findings have no path or fingerprint.
public struct RecordedFinding: Sendable, Equatable {
    public var ruleID: String
    /// The rule's pack when known (recorded checks); statistics otherwise map the id's prefix.
    public var pack: String?
    public var severity: Severity
    public var path: String?
    public var fingerprint: String?

    public init(ruleID: String, pack: String? = nil, severity: Severity, path: String? = nil, fingerprint: String? = nil) {
        self.ruleID = ruleID
        self.pack = pack
        self.severity = severity
        self.path = path
        self.fingerprint = fingerprint
    }
}

extension Examination {
    /// Builds the examination of a checked document; nil when it did not load or could not be
    /// fully checked (no header, or an inconclusive verdict): there is no conclusion to record.
    public init?(result: DocumentResult, ruleSet: RuleSetStamp, engineVersion: String, received: Int64?, concluded: Int64, origin: Origin) {
        guard let header = result.header, result.verdict != .inconclusive else { return nil }
        let findings = result.findings.map {
            RecordedFinding(ruleID: $0.ruleID, pack: $0.pack, severity: $0.severity, path: $0.path.description, fingerprint: $0.fingerprint)
        }
        self.init(
            documentID: header.id, kind: header.kind, title: header.title, stateBodyID: header.stateBodyID,
            stateBodyName: header.stateBodyName, objectName: header.objectName, received: received ?? header.date,
            concluded: concluded, verdict: result.verdict, counts: SeverityCounts(findings), findings: findings,
            ruleSet: ruleSet, engineVersion: engineVersion, origin: origin, sourceFile: result.file)
    }
}
