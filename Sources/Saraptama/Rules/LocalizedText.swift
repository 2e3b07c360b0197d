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
