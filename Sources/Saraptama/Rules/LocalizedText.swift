/// A text in Russian, Kazakh and English. Every user-facing text of a rule exists in all three:
/// English is never the only language.
public struct LocalizedText: Sendable, Hashable {
    public var ru: String
    public var kk: String
    public var en: String

    public init(ru: String, kk: String, en: String) {
        self.ru = ru
        self.kk = kk
        self.en = en
    }

    public subscript(language: Language) -> String {
        switch language {
        case .ru: ru
        case .kk: kk
        case .en: en
        }
    }
}

/// A finding's severity, as declared by its rule.
public enum Severity: String, Sendable, CaseIterable, Codable, Comparable {
    case info, warning, error

    var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// The normative basis of a rule: which act, which edition, which clause, and whether the clause
/// was verified against the text or inferred (NORMS.md says where texts were not found).
public struct RuleBasis: Sendable, Hashable {
    public enum Confidence: String, Sendable, Hashable { case verified, inferred }

    public var act: String
    public var edition: String
    public var clause: String
    public var confidence: Confidence
    public var note: String?

    /// `act (edition), clause` with `[inferred]` appended when not verified.
    public var summary: String {
        var text = "\(act) (\(edition)), \(clause)"
        if confidence == .inferred { text += " [inferred]" }
        return text
    }
}
