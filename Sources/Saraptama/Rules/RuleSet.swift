import SaraptamaExpressions
import SaraptamaLoading

/// A compiled rule set: the manifest, the rules, the reference data and how architectures are
/// indexed. Built once by `RuleSetLoader`; shared read-only by every check.
public struct RuleSet: Sendable {
    /// A named date used by `valid_from` / `valid_until` (e.g. `digital_code`).
    public struct Edition: Sendable {
        public let name: String
        public let date: Int64
        public let confidence: String
        public let source: String?
    }

    public let name: String
    public let version: String
    public let editions: [Edition]
    public let rules: [Rule]
    /// The requirements of `requirements.yaml` (NORMS.md §7), or nil when the rule set has none.
    public let requirements: Requirements?
    public let reference: ReferenceData
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

    /// The default folder of approved architectures: `architectures/` inside the rule set.
    public var defaultArchitectureDirectory: String { Self.defaultArchitectureDirectory(of: directory) }

    /// The default folder of approved architectures of the rule set in `directory`.
    public static func defaultArchitectureDirectory(of directory: String) -> String { directory + "/architectures" }
}
