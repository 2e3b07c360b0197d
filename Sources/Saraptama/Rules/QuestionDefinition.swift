import SaraptamaLoading

/// One question of the examination as the rule set defines it (`questions.yaml`): which rules
/// answer it (by tag, then by pack), which documents it applies to, and what must be at hand
/// for it to be examined at all. The engine reports every question as examined, not examined
/// (with the reason) or not applicable; a conclusion is positive only when every question that
/// applies was examined.
public struct QuestionDefinition: Sendable {
    /// A condition the question needs, and the words for when it does not hold.
    struct Requirement: Sendable {
        let condition: EmbeddedExpression
        let reason: LocalizedText
    }

    public let id: ExaminationQuestion
    public let title: LocalizedText
    public let kinds: [DocumentKind]
    /// Rules with one of these tags answer the question (tags are tried before packs).
    public let tags: Set<String>
    /// Rules of these packs answer it, when no question claims one of their tags.
    public let packs: Set<String>
    /// The question is asked only of documents dated before this day, when the requirement it
    /// stands for ended (`ended` says why).
    public let validUntil: Int64?
    public let ended: LocalizedText?
    /// When false for a document, the question does not apply to it (e.g. the e-akimat question
    /// for a central state body); `notApplicable` says why.
    let applies: EmbeddedExpression?
    public let notApplicable: LocalizedText?
    let requirements: [Requirement]

    /// The definition used when a rule set has no `questions.yaml`: one question that every rule
    /// answers and every document needs examined.
    static func fallback() -> [QuestionDefinition] {
        [QuestionDefinition(
            id: .other, title: ExaminationQuestion.otherTitle, kinds: DocumentKind.allCases, tags: [], packs: [],
            validUntil: nil, ended: nil, applies: nil, notApplicable: nil, requirements: [])]
    }
}

extension Array where Element == QuestionDefinition {
    /// The question a rule answers: the first whose tags meet the rule's tags, else the first
    /// whose packs hold the rule's pack, else `other`.
    func question(pack: String, tags: [String]) -> ExaminationQuestion {
        if let match = first(where: { definition in tags.contains(where: definition.tags.contains) }) { return match.id }
        if let match = first(where: { $0.packs.contains(pack) }) { return match.id }
        return .other
    }

    func definition(_ id: ExaminationQuestion) -> QuestionDefinition? { first { $0.id == id } }
}
