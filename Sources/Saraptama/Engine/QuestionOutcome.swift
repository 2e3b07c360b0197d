/// What the engine says of one question of the examination for one document: examined, not
/// examined (and why), or not applicable (and why), with the rules that answer it.
public struct QuestionOutcome: Sendable {
    public enum Status: String, Sendable {
        case examined
        case notExamined = "not_examined"
        case notApplicable = "not_applicable"
    }

    public let question: ExaminationQuestion
    public let title: LocalizedText
    public let status: Status
    /// Why the question was not examined or does not apply; nil when examined.
    public let reason: LocalizedText?
    /// Rules of the question in force for the document's kind and date.
    public let rulesInForce: [String]
    /// Of those, the rules that looked at something (their selector matched and guard held).
    public let rulesExamined: [String]

    public init(
        question: ExaminationQuestion, title: LocalizedText, status: Status, reason: LocalizedText?, rulesInForce: [String],
        rulesExamined: [String]
    ) {
        self.question = question
        self.title = title
        self.status = status
        self.reason = reason
        self.rulesInForce = rulesInForce
        self.rulesExamined = rulesExamined
    }
}

extension QuestionOutcome {
    static let noRuleInForce = LocalizedText(
        ru: "ни одно правило этого вопроса не действует для документа этого вида на его дату",
        kk: "бұл мәселенің бірде-бір ережесі осы түрдегі құжатқа оның күнінде қолданылмайды",
        en: "no rule of this question is in force for a document of this kind on its date")

    static func nothingToExamine(_ rules: [String]) -> LocalizedText {
        let list = rules.joined(separator: ", ")
        return LocalizedText(
            ru: "правила этого вопроса (\(list)) не нашли в документе сведений для проверки (нет соответствующих разделов, таблиц или перечней)",
            kk: "бұл мәселенің ережелері (\(list)) құжаттан тексеретін мәліметтер таппады (тиісті бөлімдер, кестелер немесе тізбелер жоқ)",
            en: "the rules of this question (\(list)) found nothing in the document to examine (no such sections, tables or lists)")
    }

    static let kindNotAsked: LocalizedText = {
        LocalizedText(
            ru: "вопрос не ставится к документу этого вида",
            kk: "бұл мәселе осы түрдегі құжатқа қойылмайды",
            en: "the question is not asked of a document of this kind")
    }()
}
