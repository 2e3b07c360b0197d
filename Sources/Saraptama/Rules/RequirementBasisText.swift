/// A requirement's `basis` from `requirements.yaml` in words of a report language.
///
/// The list of requirements writes the basis short: `12(10), 22, 38(2)(2)` are articles of the
/// Law on Informatization No. 418-V (article(point)(sub-point)), `BC 154(2)` an article of the
/// Budget Code 2008, `GOST 34.602-89/2020` the standard; groups are separated by `;`. The act is
/// named by its edition's title in the rule set (`ruleset.yaml` `editions:`), the article numbers
/// are kept as written (nothing is added to them), and a basis that is not in that notation is
/// given in the list itself as text in the three languages.
public struct RequirementBasisText: Sendable {
    /// The act of each prefix: "" (the Law), "BC", "GOST", by the edition that titles it.
    static let editionOfPrefix: [String: String] = ["": "law_418v", "BC": "budget_code_2008", "GOST": "gost_34_602"]

    private let acts: [String: LocalizedText]

    /// The acts' titles from the rule set's editions.
    public init(editions: [RuleSet.Edition]) {
        var acts: [String: LocalizedText] = [:]
        for (prefix, name) in Self.editionOfPrefix {
            if let title = editions.first(where: { $0.name == name })?.title { acts[prefix] = title }
        }
        self.acts = acts
    }

    /// The basis of `requirement` in `language`.
    public func text(_ requirement: Requirements.Requirement, language: Language) -> String {
        if let text = requirement.basisText { return text[language] }
        return text(requirement.basis, language: language) ?? requirement.basis
    }

    /// `basis` in words, or nil when it is not in the short notation (or an act is unknown).
    public func text(_ basis: String, language: Language) -> String? {
        var groups: [String] = []
        for group in basis.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            var prefix = ""
            var clauses = group
            for candidate in ["BC ", "GOST "] where group.hasPrefix(candidate) {
                prefix = String(candidate.dropLast())
                clauses = String(group.dropFirst(candidate.count))
            }
            guard let act = acts[prefix]?[language] else { return nil }
            if prefix == "GOST" {
                groups.append(act)
                continue
            }
            guard !clauses.isEmpty, clauses.allSatisfy({ $0.isNumber || "(),- –".contains($0) }), clauses.first!.isNumber else { return nil }
            let several = clauses.contains(", ")
            let articles: String = switch language {
            case .ru: "ст. " + clauses
            case .kk: clauses + (several ? "-баптар" : "-бап")
            case .en: (several ? "arts. " : "art. ") + clauses
            }
            groups.append(act + ", " + articles)
        }
        return groups.isEmpty ? nil : groups.joined(separator: "; ")
    }
}
