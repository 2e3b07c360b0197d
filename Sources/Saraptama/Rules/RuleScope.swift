import SaraptamaExpressions

/// What a rule is evaluated over: one document, or one document of a project's dossier together
/// with another document of the same dossier.
public enum RuleScope: Sendable {
    /// The rule reads one document (`doc`, `item`, `parent`, `arch`). The default.
    case document
    /// The rule reads a document of a dossier (`doc`, of one of the rule's `kinds`) against the
    /// `other` document: the first present of `with` that is not `doc` itself. It also sees the
    /// whole dossier (`ta`, `ip`, `fej`, `dossier`).
    case dossier(DossierBinding)

    public var isDossier: Bool {
        if case .dossier = self { return true }
        return false
    }

    public var binding: DossierBinding? {
        if case .dossier(let binding) = self { return binding }
        return nil
    }
}

/// How a dossier rule reaches the document it compares with.
public struct DossierBinding: Sendable {
    /// The kinds of the `other` document, in order of preference. Empty: the rule reads the
    /// dossier as a whole (`ta`, `ip`, `fej`, `dossier`) and has no `other`.
    public let with: [DocumentKind]
    /// Where in the `other` document a finding's second place is, e.g. `budget.total`.
    public let related: PathPattern?
}

extension RuleCompiler {
    /// The variables a dossier rule may read.
    static let dossierVariables = variables + ["other", "ta", "ip", "fej", "dossier"]
}
