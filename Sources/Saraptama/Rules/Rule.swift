import SaraptamaExpressions
import SaraptamaLoading

/// A compiled rule: metadata for reports, and the selector, guard and assertion the engine runs.
public struct Rule: Sendable {
    /// Stable id, e.g. `STR-001`.
    public let id: String
    /// The pack (the folder under `Rules/`), e.g. `structure`.
    public let pack: String
    public let title: LocalizedText
    public let severity: Severity
    public let kinds: [DocumentKind]
    /// Requirement ids of NORMS.md §7 this rule implements, e.g. `R40`.
    public let implements: [String]
    public let basis: RuleBasis
    /// The rule applies to documents dated on or after this day (days since 1970-01-01)…
    public let validFrom: Int64?
    /// …and strictly before this one.
    public let validUntil: Int64?
    public let selector: PathPattern?
    /// Where a failing item is reported, relative to the item (or the document).
    public let location: PathPattern?
    public let fix: LocalizedText?
    public let tags: [String]
    public let examples: [RuleExample]
    /// Where the rule is defined.
    public let file: String
    public let mark: Mark

    let message: MessageTemplate
    let guardExpression: EmbeddedExpression?
    let assertion: EmbeddedExpression

    /// The expression texts, for `rules show` and `explain`.
    public var assertionSource: String { assertion.compiled.source }
    public var guardSource: String? { guardExpression?.compiled.source }

    /// True when the rule applies to a document of `kind` dated `date`.
    public func applies(to kind: DocumentKind, on date: Int64) -> Bool {
        guard kinds.contains(kind) else { return false }
        if let validFrom, date < validFrom { return false }
        if let validUntil, date >= validUntil { return false }
        return true
    }
}

/// One of a rule's examples: a document that must pass, or must fail with findings at exactly
/// the listed paths. A generic test runs every example of every rule.
public struct RuleExample: Sendable {
    public enum Expectation: Sendable, Equatable {
        case pass
        case fail(paths: [String])
    }

    public let expectation: Expectation
    public let document: Node
    /// An approved architecture to check the example against, when the rule needs one.
    public let architecture: Node?
    public let mark: Mark
}
