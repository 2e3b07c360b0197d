/// The three kinds of document the service integrator examines.
public enum DocumentKind: String, Sendable, CaseIterable, Codable {
    /// Technical assignment («техническое задание», ТЗ).
    case technicalAssignment = "technical_assignment"
    /// Investment proposal («инвестиционное предложение»).
    case investmentProposal = "investment_proposal"
    /// Financial-economic justification of budget investments («ФЭО»), the FEJ.
    case feasibilityStudy = "feasibility_study"

    /// A short label for tables: TA, IP, FEJ.
    public var abbreviation: String {
        switch self {
        case .technicalAssignment: "TA"
        case .investmentProposal: "IP"
        case .feasibilityStudy: "FEJ"
        }
    }
}

/// The language a report is written in.
public enum Language: String, Sendable, CaseIterable, Codable {
    case ru, kk, en
}
