import SaraptamaExpressions
import SaraptamaLoading

/// A compiled rule: metadata for reports, and the selector, guard and assertion the engine runs.
/// A class, so that handing a rule around the engine's hot loop costs one reference count, not
/// one per field.
public final class Rule: Sendable {
    /// Stable id, e.g. `STR-001`.
    public let id: String
    /// The pack (the folder under `Rules/`), e.g. `structure`.
    public let pack: String
    /// The question of the examination the rule answers (see `QuestionDefinition`).
    public let question: ExaminationQuestion
    public let title: LocalizedText
    public let severity: Severity
    /// The kinds of document the rule applies to (for a dossier rule: the kinds of `doc`).
    public let kinds: [DocumentKind]
    /// One document, or a document within its dossier.
    public let scope: RuleScope
    /// Requirement ids of the list of requirements this rule implements, e.g. `R40`.
    public let implements: [String]
    /// The normative basis, one entry per edition of an act (see `RuleBasis`).
    public let basis: [RuleBasis]
    /// The rule applies to documents dated on or after this day (days since 1970-01-01)…
    public let validFrom: Int64?
    /// …and strictly before this one: the union of the basis entries' days.
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
    /// The fields (`kinds`, `tags`, `basis`) the rule takes from its file's `defaults:`, each with
    /// where the default is written in `file`.
    public let defaulted: [String: Mark]
    /// Why the rule costs more than the typical one and cannot cost less (`cost_note:`, for rule
    /// authors): `bench --only rules` prints it beside a rule above 3× the median cost.
    public let costNote: String?

    let message: MessageTemplate
    let guardExpression: EmbeddedExpression?
    let assertion: EmbeddedExpression

    init(
        id: String, pack: String, question: ExaminationQuestion = .other, title: LocalizedText, severity: Severity, kinds: [DocumentKind], implements: [String],
        basis: [RuleBasis], selector: PathPattern?, location: PathPattern?,
        fix: LocalizedText?, tags: [String], examples: [RuleExample], file: String, mark: Mark,
        message: MessageTemplate, guardExpression: EmbeddedExpression?, assertion: EmbeddedExpression,
        scope: RuleScope = .document, defaulted: [String: Mark] = [:], costNote: String? = nil
    ) {
        self.defaulted = defaulted
        self.costNote = costNote
        self.scope = scope
        self.id = id
        self.pack = pack
        self.question = question
        self.title = title
        self.severity = severity
        self.kinds = kinds
        self.implements = implements
        self.basis = basis
        self.validFrom = basis.contains { $0.validFrom == nil } ? nil : basis.compactMap(\.validFrom).min()
        self.validUntil = basis.contains { $0.validUntil == nil } ? nil : basis.compactMap(\.validUntil).max()
        self.selector = selector
        self.location = location
        self.fix = fix
        self.tags = tags
        self.examples = examples
        self.file = file
        self.mark = mark
        self.message = message
        self.guardExpression = guardExpression
        self.assertion = assertion
    }

    /// The basis entries in force on `date`; all of them (the newest last) when none is, so a
    /// finding always names some basis.
    public func basis(on date: Int64) -> [RuleBasis] {
        let current = basis.inForce(on: date)
        return current.isEmpty ? basis : current
    }

    /// The expression texts, for `rules show` and `explain`.
    public var assertionSource: String { assertion.compiled.source }
    public var guardSource: String? { guardExpression?.compiled.source }

    /// True when the rule applies to a single document of `kind` dated `date` (never for a
    /// dossier rule: those run only when documents are checked together).
    public func applies(to kind: DocumentKind, on date: Int64) -> Bool {
        guard !scope.isDossier else { return false }
        return inForce(for: kind, on: date)
    }

    /// True when the rule's kinds include `kind` and it is in force on `date`, whatever its scope.
    public func inForce(for kind: DocumentKind, on date: Int64) -> Bool {
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
    /// The example document; for a dossier rule, the `dossier` mapping (kind → document).
    public let document: Node
    /// A dossier rule's example documents by kind; nil for a document rule.
    public let dossier: [(kind: DocumentKind, node: Node)]?
    /// An approved architecture to check the example against, when the rule needs one.
    public let architecture: Node?
    public let mark: Mark

    public init(expectation: Expectation, document: Node, architecture: Node?, mark: Mark, dossier: [(kind: DocumentKind, node: Node)]? = nil) {
        self.expectation = expectation
        self.document = document
        self.architecture = architecture
        self.mark = mark
        self.dossier = dossier
    }
}
