/// One entry of a rule's normative basis: the clause of one edition of one act that the rule
/// encodes, and the days on which that edition is the basis. A rule lists one entry per edition
/// (`basis:` is a list), so a requirement that continues from the Law on Informatization into the
/// Digital Code is one rule with two entries instead of a rule that ends.
public struct RuleBasis: Sendable, Hashable {
    public enum Confidence: String, Sendable, Hashable { case verified, inferred }

    /// The edition's name in `ruleset.yaml` (`editions:`), e.g. `law_418v`, `digital_code`.
    public var editionKey: String
    /// The act, in the report's language (from the edition in `ruleset.yaml`).
    public var act: LocalizedText
    /// Which text of the act was read (e.g. «with amendments to 27.12.2021»); nil when the act has one.
    public var edition: LocalizedText?
    /// The article, point and sub-point, e.g. `art. 43 p. 2`; see `ClauseText`.
    public var clause: LocalizedText
    /// Verified when the clause was read in the act's text; inferred when the text or the clause
    /// was not found and the requirement is carried over by this rule set's judgement.
    public var confidence: Confidence
    /// Why this entry reads as it does (for rule authors; shown by `explain` and `rules show`).
    public var note: String?
    /// The first day this entry is the basis (days since 1970-01-01; nil: always)…
    public var validFrom: Int64?
    /// …and the first day it no longer is (nil: still in force).
    public var validUntil: Int64?

    public init(
        editionKey: String, act: LocalizedText, edition: LocalizedText?, clause: LocalizedText, confidence: Confidence,
        note: String?, validFrom: Int64?, validUntil: Int64?
    ) {
        self.editionKey = editionKey
        self.act = act
        self.edition = edition
        self.clause = clause
        self.confidence = confidence
        self.note = note
        self.validFrom = validFrom
        self.validUntil = validUntil
    }

    /// True when this entry is the basis for a document dated `date`.
    public func inForce(on date: Int64) -> Bool {
        if let validFrom, date < validFrom { return false }
        if let validUntil, date >= validUntil { return false }
        return true
    }

    /// `act (edition), clause` in `language`, without the confidence mark.
    public func citation(_ language: Language) -> String {
        var text = act[language]
        if let edition { text += " (\(edition[language]))" }
        return text + ", " + clause[language]
    }

    /// The English citation with `[inferred]` appended when not verified (for logs and `rules list`).
    public var summary: String {
        citation(.en) + (confidence == .inferred ? " [inferred]" : "")
    }
}

extension Array where Element == RuleBasis {
    /// The entries in force on `date`, in the rule's order.
    public func inForce(on date: Int64) -> [RuleBasis] { filter { $0.inForce(on: date) } }

    /// Every entry's citation in `language`, joined with «; », each followed by `inferredMark`
    /// when its clause is inferred.
    public func citation(_ language: Language, inferredMark: String) -> String {
        map { $0.citation(language) + ($0.confidence == .inferred ? " — " + inferredMark : "") }.joined(separator: "; ")
    }

    /// True when some entry is inferred.
    public var hasInferred: Bool { contains { $0.confidence == .inferred } }
}
