import Foundation

/// The traceability table of a rule set: for each requirement of `requirements.yaml`, the rules
/// that implement it, how many examples each rule carries, and in how many golden cases each rule
/// fires or is at least checked; plus the active requirements that no rule implements yet.
/// Computed here; `saraptama rules trace` only prints it.
public struct Traceability: Sendable {
    /// Which rules fired and which were checked in one case (a folder of documents).
    public struct CaseUsage: Sendable, Equatable {
        public let name: String
        /// Rules with at least one finding in the case.
        public let fired: Set<String>
        /// Rules that applied to at least one document of the case (kind and date).
        public let checked: Set<String>

        public init(name: String, fired: Set<String>, checked: Set<String>) {
            self.name = name
            self.fired = fired
            self.checked = checked
        }
    }

    /// One rule as the table shows it.
    public struct RuleUse: Sendable, Equatable {
        public let id: String
        public let severity: Severity
        /// The rule's basis, one entry per edition, with the days each is in force.
        public let basis: [RuleBasis]
        /// Inferred when some entry of the basis is.
        public var confidence: RuleBasis.Confidence { basis.hasInferred ? .inferred : .verified }
        public let passingExamples: Int
        public let failingExamples: Int
        /// Cases in which the rule fires.
        public let casesFired: Int
        /// Cases in which the rule is checked (fired or not).
        public let casesChecked: Int
    }

    /// One requirement and the rules implementing it.
    public struct Row: Sendable {
        public let requirement: Requirements.Requirement
        public let rules: [RuleUse]

        /// True when an active requirement has no rule.
        public var isUnimplemented: Bool { requirement.status == .active && rules.isEmpty }
    }

    public let rows: [Row]
    /// Rules whose `implements` list is empty, so no requirement traces to them.
    public let rulesWithoutRequirement: [String]
    public let caseCount: Int
    public let ruleCount: Int
    public let exampleCount: Int
    /// Names the acts of the requirements' bases (from the rule set's editions).
    public let basisText: RequirementBasisText

    /// Active requirements that no rule implements yet.
    public var unimplemented: [Requirements.Requirement] { rows.filter(\.isUnimplemented).map(\.requirement) }
    /// Deferred requirements.
    public var deferred: [Requirements.Requirement] { rows.map(\.requirement).filter { $0.status == .deferred } }

    public init(rules: [Rule], requirements: Requirements, cases: [CaseUsage], editions: [RuleSet.Edition] = []) {
        basisText = RequirementBasisText(editions: editions)
        var uses: [String: [RuleUse]] = [:]
        for rule in rules {
            let passing = rule.examples.count { $0.expectation == .pass }
            let use = RuleUse(
                id: rule.id, severity: rule.severity, basis: rule.basis,
                passingExamples: passing, failingExamples: rule.examples.count - passing,
                casesFired: cases.count { $0.fired.contains(rule.id) },
                casesChecked: cases.count { $0.checked.contains(rule.id) })
            for id in Set(rule.implements) { uses[id, default: []].append(use) }
        }
        rows = requirements.requirements.map { Row(requirement: $0, rules: (uses[$0.id] ?? []).sorted { $0.id < $1.id }) }
        rulesWithoutRequirement = rules.filter(\.implements.isEmpty).map(\.id).sorted()
        caseCount = cases.count
        ruleCount = rules.count
        exampleCount = rules.reduce(0) { $0 + $1.examples.count }
    }

    /// Checks every document of each case folder with `engine` and records which rules fired
    /// and which were checked. A document that cannot be loaded contributes nothing.
    public static func caseUsage(engine: Engine, caseDirectories: [String]) -> [CaseUsage] {
        caseDirectories.map { directory in
            var fired: Set<String> = [], checked: Set<String> = []
            // A dossier case is checked as a dossier, so its cross-document rules count.
            if DossierLoader.isDossier(path: directory) {
                for result in DossierChecker(engine: engine).check(DossierLoader.load(path: directory, tables: engine.ruleSet.tables), language: .en).documents {
                    fired.formUnion(result.findings.map(\.ruleID))
                    checked.formUnion(result.checkedRules)
                }
                return CaseUsage(name: (directory as NSString).lastPathComponent, fired: fired, checked: checked)
            }
            for file in InputFiles.documents(from: [directory]) {
                guard case .loaded(let document) = DocumentLoader.load(path: file, tables: engine.ruleSet.tables) else { continue }
                let result = engine.check(document, language: .en)
                fired.formUnion(result.findings.map(\.ruleID))
                checked.formUnion(result.checkedRules)
            }
            return CaseUsage(name: (directory as NSString).lastPathComponent, fired: fired, checked: checked)
        }
    }
}
