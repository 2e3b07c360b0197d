import SaraptamaLoading

/// Turns a position in a document into a human location («§4.2 «Требования к функциям», ¶3»).
/// Prose documents have one (their line numbers mean little to a reader of a .docx); YAML
/// documents have none, and reports then print nothing extra.
public protocol PositionLocator: Sendable {
    /// The human location of `mark`, or nil when there is nothing better than line:col.
    func locate(_ mark: Mark) -> String?
}
