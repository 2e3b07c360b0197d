import SaraptamaExpressions
import SaraptamaLoading

/// A compiled rule set: the manifest, the rules, the reference data and how architectures are
/// indexed. Built once by `RuleSetLoader`; shared read-only by every check.
public struct RuleSet: Sendable {
    /// An edition of an act that rules cite (`basis: [{edition: law_418v, …}]`), with the days it
    /// is the basis for: from `date` (nil: from before any document) until `until` (nil: in force).
    public struct Edition: Sendable {
        public let name: String
        public let date: Int64?
        public let until: Int64?
        /// The act, e.g. «Цифровой кодекс Республики Казахстан № 255-VIII от 09.01.2026».
        public let title: LocalizedText?
        /// Which text of the act was read, when that matters (a consolidated copy to a date).
        public let edition: LocalizedText?
        /// Whether `date` and `until` were read in the acts themselves (`verified`) or not.
        public let confidence: String
        /// Where the dates were read.
        public let source: String?
    }

    public let name: String
    public let version: String
    public let editions: [Edition]
    public let rules: [Rule]
    /// The requirements of `requirements.yaml`, or nil when the rule set has none.
    public let requirements: Requirements?
    /// The questions of the examination (`questions.yaml`), in `ExaminationQuestion` order.
    public let questions: [QuestionDefinition]
    /// The terms renamed with the Digital Code (`renamed-terms.yaml`), when the rule set has them.
    public let renamedTerms: RenamedTerms?
    public let reference: ReferenceData
    /// The statements read from the sentences of prose documents (`extraction/*.yaml`).
    public var statements: [StatementPattern] = []
    /// How table cells' words become schema codes (`extraction/values.yaml`).
    public var values = ValueVocabulary()
    /// Which header texts name which column of a prose document's tables (`extraction/tables.yaml`):
    /// give them to `DocumentLoader` (or `ProseLoader`) so that tables are recognised.
    public var tables = TableProfiles()
    public let architectureIndexes: [IndexSpec]
    /// The document format (`schema/document.schema.json`), or nil when the rule set has none:
    /// every checked document is validated against it, each violation a warning.
    public let documentSchema: DocumentSchema?
    /// The directory it was loaded from.
    public let directory: String
    /// SHA-256 over every file of the rule set (paths and contents, in path order): the same
    /// hash means the same rules, whatever the version string says.
    public var hash: String { digest.hex }
    let digest: LazyDigest
    /// The sources of every rule and data file, for quoting lines in diagnostics.
    public let sources: [SourceFile]
    /// The environment the rules were compiled in; activations are made from it.
    let environment: ExpressionEnvironment
    /// The environment the dossier rules were compiled in (see `RuleScope`).
    let dossierEnvironment: ExpressionEnvironment

    public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }

    public func edition(_ name: String) -> Edition? { editions.first { $0.name == name } }

    /// The default folder of approved architectures: `architectures/` inside the rule set.
    public var defaultArchitectureDirectory: String { Self.defaultArchitectureDirectory(of: directory) }

    /// The default folder of approved architectures of the rule set in `directory`.
    public static func defaultArchitectureDirectory(of directory: String) -> String { directory + "/architectures" }
}
