/// Totals over the documents of a run, accumulated one document at a time so that a streaming
/// renderer can print the summary after the last document without keeping the others.
public struct ReportTally: Sendable {
    public var documents = 0
    public var positive = 0
    public var negative = 0
    public var inconclusive = 0
    public var errors = 0
    public var warnings = 0
    public var infos = 0
    public var waived = 0
    /// Findings at or above the run's `--fail-on` threshold, and the documents that have some.
    public var atOrAboveThreshold = 0
    public var failingDocuments = 0
    public let threshold: Severity?

    /// An empty tally counting findings at or above `threshold` (nil: none).
    public init(threshold: Severity?) { self.threshold = threshold }

    /// The tally of a whole report.
    public init(_ report: ReviewedReport, threshold: Severity?) {
        self.init(threshold: threshold)
        for document in report.documents { add(document) }
    }

    /// Counts one more document.
    public mutating func add(_ document: ReviewedDocument) {
        let result = document.result
        documents += 1
        switch result.verdict {
        case .positive: positive += 1
        case .negative: negative += 1
        case .inconclusive: inconclusive += 1
        }
        errors += result.count(.error)
        warnings += result.count(.warning)
        infos += result.count(.info)
        waived += document.waived.count
        if let threshold {
            let failing = result.findings.count { $0.severity >= threshold }
            atOrAboveThreshold += failing
            if failing > 0 { failingDocuments += 1 }
        }
    }
}
