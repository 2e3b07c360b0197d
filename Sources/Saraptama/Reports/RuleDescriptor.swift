/// A rule as reports describe it, in the report's language.
public struct RuleDescriptor: Sendable {
    public let id: String
    public let pack: String
    /// The question of the examination the rule answers.
    public let question: ExaminationQuestion
    public let title: String
    public let severity: Severity
    public let kinds: [DocumentKind]
    public let implements: [String]
    /// Every basis entry of the rule, one per edition.
    public let basis: [RuleBasis]
    public let fix: String?
    public let tags: [String]
    /// The rule file relative to the rule set's folder, e.g. `structure/gost_34_602.yaml`.
    public let file: String
    /// A dossier rule: it runs only when a project's documents are checked together.
    public let isDossier: Bool

    /// Describes `rule` in `language`; its file is made relative to the rule set's folder.
    public init(_ rule: Rule, language: Language, ruleSetDirectory: String) {
        id = rule.id
        pack = rule.pack
        question = rule.question
        title = rule.title[language]
        severity = rule.severity
        kinds = rule.kinds
        implements = rule.implements
        basis = rule.basis
        fix = rule.fix?[language]
        tags = rule.tags
        isDossier = rule.scope.isDossier
        let prefix = ruleSetDirectory.hasSuffix("/") ? ruleSetDirectory : ruleSetDirectory + "/"
        file = rule.file.hasPrefix(prefix) ? String(rule.file.dropFirst(prefix.count)) : rule.file
    }
}

extension RuleDescriptor {
    /// What a report needs of a rule; made from the rule set's descriptor or, failing that,
    /// from a finding (which carries the rule's title, basis and fix but not its tags or file).
    struct Summary {
        let id: String
        let pack: String
        let question: ExaminationQuestion
        let title: String
        let severity: Severity
        let basis: [RuleBasis]
        let fix: String?
        let tags: [String]
        let implements: [String]
        let file: String?

        init(_ descriptor: RuleDescriptor) {
            id = descriptor.id
            pack = descriptor.pack
            question = descriptor.question
            title = descriptor.title
            severity = descriptor.severity
            basis = descriptor.basis
            fix = descriptor.fix
            tags = descriptor.tags
            implements = descriptor.implements
            file = descriptor.file
        }

        init(_ finding: Finding) {
            id = finding.ruleID
            pack = finding.pack
            question = finding.question
            title = finding.title
            severity = finding.severity
            basis = finding.basis
            fix = finding.fix
            tags = []
            implements = finding.implements
            file = nil
        }
    }
}
