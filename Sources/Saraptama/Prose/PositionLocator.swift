import SaraptamaLoading

/// Turns a position in a document into a human location («§4.2 «Требования к функциям», ¶3»).
/// Prose documents have one (their line numbers mean little to a reader of a .docx); YAML
/// documents have none, and reports then print nothing extra.
public protocol PositionLocator: Sendable {
    /// The human location of `mark` worded in `language` («§4.2, таблица 1, строка 3»), or nil
    /// when there is nothing better than line:col. Section numbers and titles stay as written
    /// in the document; only the locator's own words follow the language.
    func locate(_ mark: Mark, language: Language) -> String?
}

extension PositionLocator {
    /// The human location of `mark` in English (diagnostics are English: load problems of a
    /// DOCX are located with this).
    public func locate(_ mark: Mark) -> String? { locate(mark, language: .en) }
}
