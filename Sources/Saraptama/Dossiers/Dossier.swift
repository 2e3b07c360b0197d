import SaraptamaLoading

/// The documents of one informatization project examined together: its investment proposal,
/// financial-economic justification and technical assignment, any of them possibly missing.
public struct Dossier: Sendable {
    /// A document of the dossier, with the name it was listed under (in the manifest, or its
    /// path relative to the dossier folder).
    public struct Member: Sendable {
        public let entry: String
        public let document: Document
    }

    /// The folder or manifest the dossier was loaded from.
    public let path: String
    /// The manifest file, when the dossier has one.
    public let manifest: String?
    public let id: String?
    public let title: String?
    /// The kinds of document the project's route requires (checked by a dossier rule).
    public let route: [DocumentKind]
    /// The loaded documents, one per kind, in route order: IP, FEJ, TA.
    public let members: [Member]
    /// Documents beyond the first of their kind: checked on their own, not across the dossier.
    public let standalone: [Document]
    /// Listed documents that did not load (each with its problems), so they are reported and
    /// never silently dropped.
    public let failed: [DocumentResult]
    /// Problems of the dossier itself: a malformed manifest, two documents of one kind.
    public let problems: [Diagnostic]

    /// The route when a manifest names none: an investment proposal and the technical
    /// assignment that implements it. Inferred (the normative basis, BC arts. 151–153): the FEJ is
    /// prepared for budget investments and is required only when the manifest's route says so.
    public static let defaultRoute: [DocumentKind] = [.investmentProposal, .technicalAssignment]

    /// Order in which a project's documents arise, used to order members and findings.
    static let order: [DocumentKind] = [.investmentProposal, .feasibilityStudy, .technicalAssignment]

    /// `members` in the order IP, FEJ, TA.
    static func ordered(_ members: [Member]) -> [Member] {
        members.sorted { order.firstIndex(of: $0.document.header.kind)! < order.firstIndex(of: $1.document.header.kind)! }
    }

    public func member(_ kind: DocumentKind) -> Member? { members.first { $0.document.header.kind == kind } }
}
