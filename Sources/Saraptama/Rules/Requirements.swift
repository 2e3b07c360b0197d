import SaraptamaLoading

/// The checkable requirements of the examination, read from `requirements.yaml` at
/// the top of a rule set. Rules name the requirements they implement; the loader refuses an id
/// that is not listed, and `Traceability` maps each requirement to its rules.
public struct Requirements: Sendable {
    /// One requirement: `R08`, `D01`, `X01`…
    public struct Requirement: Sendable {
        /// Whether rules must implement the requirement now.
        public enum Status: String, Sendable, CaseIterable {
            /// Checkable: at least one rule should implement it.
            case active
            /// Not checkable yet (`reason` says why); no rule may implement it.
            case deferred
        }

        public let id: String
        public let title: LocalizedText
        /// The document kinds the requirement concerns.
        public let kinds: [DocumentKind]
        /// The basis as the list of requirements gives it, e.g. `43(2)` or `BC 154(2)`.
        public let basis: String
        /// The basis as text in each language, when the list gives it so rather than in the short
        /// notation (`RequirementBasisText` renders the short one).
        public let basisText: LocalizedText?
        public let status: Status
        /// Why a deferred requirement is deferred.
        public let reason: String?
        /// When the requirement was repealed, and the source that says so: no rule need check
        /// it for documents dated from that day (nil: it continues).
        public let ends: Ending?
        public let mark: Mark

        /// The day a requirement ends and where that is written.
        public struct Ending: Sendable {
            public let day: Int64
            /// The source in English (or as the list gives it, in one language).
            public let source: String
            /// The source in each language, when the list gives it so.
            public var sourceText: LocalizedText? = nil

            /// The source in `language`.
            public func source(_ language: Language) -> String { sourceText?[language] ?? source }
        }

        /// True when the requirement still stands on `date`.
        public func stands(on date: Int64) -> Bool { ends.map { date < $0.day } ?? true }
    }

    /// The requirements in file order.
    public let requirements: [Requirement]
    /// Where the list comes from, as the file states it.
    public let provenance: String
    /// The file it was read from.
    public let file: String

    public init(requirements: [Requirement], provenance: String, file: String) {
        self.requirements = requirements
        self.provenance = provenance
        self.file = file
    }

    /// The requirement with this id, if listed.
    public subscript(id: String) -> Requirement? { requirements.first { $0.id == id } }

    /// Every listed id, in file order.
    public var ids: [String] { requirements.map(\.id) }
}
