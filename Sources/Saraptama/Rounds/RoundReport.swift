/// One document of a round: its id (nil when it did not load), its file and its findings.
public struct RoundDocument: Sendable {
    public let id: String?
    public let file: String
    public let findings: [RoundFinding]

    /// A document of a round, as read back from a JSON report.
    public init(id: String?, file: String, findings: [RoundFinding]) {
        self.id = id
        self.file = file
        self.findings = findings
    }

    /// The document of a reviewed check: its findings and its waived ones.
    public init(_ document: ReviewedDocument) {
        self.init(
            id: document.result.header?.id, file: document.result.file,
            findings: document.result.findings.map { RoundFinding($0) } + document.waived.map { RoundFinding($0.finding, waived: true) })
    }
}

/// A whole round, as read back from a JSON report.
public struct RoundReport: Sendable {
    public let file: String
    public let ruleSetName: String
    public let ruleSetVersion: String
    public let ruleSetHash: String
    public let documents: [RoundDocument]

    /// A round as read back from a JSON report.
    public init(file: String, ruleSetName: String, ruleSetVersion: String, ruleSetHash: String, documents: [RoundDocument]) {
        self.file = file
        self.ruleSetName = ruleSetName
        self.ruleSetVersion = ruleSetVersion
        self.ruleSetHash = ruleSetHash
        self.documents = documents
    }

    /// The round of a reviewed check (the "new" side of `check --baseline`).
    public init(_ report: ReviewedReport, file: String) {
        self.init(
            file: file, ruleSetName: report.ruleSetName, ruleSetVersion: report.ruleSetVersion,
            ruleSetHash: report.ruleSetHash, documents: report.documents.map(RoundDocument.init))
    }
}
