import SaraptamaLoading

/// Why a rule passed, failed or was skipped on one document (`saraptama explain`): whether it
/// applies to the document's kind and date, then every item its selector visited with the
/// actual values of its guard and its assertion (and of their direct operands), and the outcome.
public struct Explanation: Sendable {
    /// Whether the rule is in force for the document.
    public enum Applicability: Sendable, Equatable {
        case applies
        /// The document's kind is not among the rule's kinds.
        case otherKind(DocumentKind)
        /// The document is dated before the rule's `valid_from`.
        case notYetInForce(from: String)
        /// The document is dated on or after the rule's `valid_until`.
        case noLongerInForce(until: String)
        /// A dossier rule: it compares the documents of a project and runs only when they are
        /// checked together (`check --dossier`).
        case dossierOnly
    }

    /// An expression evaluated on one item.
    public struct Evaluation: Sendable {
        public let source: String
        /// The value as JSON, or nil when evaluation failed.
        public let value: String?
        /// The evaluation error (`code: message`), when it failed.
        public let error: String?
        /// The values of its top-level operands (sides of `a op b`, a call's receiver and arguments).
        public let operands: [Operand]
    }

    /// One top-level operand of an expression and its value (or error).
    public struct Operand: Sendable {
        public let source: String
        public let value: String?
        public let error: String?
    }

    /// What happened on one item.
    public enum Outcome: String, Sendable {
        /// The assertion held.
        case passed
        /// The assertion was false: a finding.
        case failed
        /// The guard was false: the rule does not concern this item.
        case skipped
        /// The guard or the assertion failed to evaluate, or was not a bool: a problem.
        case error
    }

    /// One item the selector visited (the document itself when the rule has no selector).
    public struct Item: Sendable {
        public let path: String
        public let mark: Mark
        /// The item's value as JSON (nil for the document root, which is the whole document).
        public let value: String?
        public let guardEvaluation: Evaluation?
        public let assertion: Evaluation?
        public let outcome: Outcome
        /// For a failed item: the finding's path and message.
        public let findingPath: String?
        public let findingMessage: String?
    }

    public let rule: Rule
    public let language: Language
    /// The rule's title in `language`, in the terms in force on the document's date (the Digital
    /// Code's after it took effect, `Rules/renamed-terms.yaml`), as the report's findings say it.
    public let title: String
    public let file: String
    public let header: DocumentHeader
    public let applicability: Applicability
    public let items: [Item]

    /// Items with this outcome.
    public func count(_ outcome: Outcome) -> Int { items.count { $0.outcome == outcome } }
}
