/// The formats `saraptama check --format` can produce.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text
    case json

    /// Renders a report in this format.
    public func render(_ report: CheckReport) -> String {
        switch self {
        case .text: TextReport.render(report)
        case .json: JSONReport.render(report, toolVersion: SaraptamaVersion.current)
        }
    }
}
