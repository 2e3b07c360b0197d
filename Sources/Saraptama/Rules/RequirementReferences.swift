import SaraptamaLoading

/// Checks that every requirement a rule names in `implements` is listed in `requirements.yaml`
/// and active. Works on the rule files' node trees, so each problem points at the id itself.
struct RequirementReferences {
    let requirements: Requirements
    let collector: DiagnosticCollector

    /// Reports the unknown or deferred requirement ids of one rule file.
    func check(ruleFile root: Node, file: String) {
        guard let rules = root["rules"]?.sequence else { return }
        for rule in rules {
            guard let node = rule["implements"] else { continue }
            for idNode in node.sequence ?? [node] {
                // Malformed ids are already reported by the rule compiler.
                guard let id = idNode.string, RuleCompiler.isRequirementID(id) else { continue }
                check(id, at: idNode.mark, file: file)
            }
        }
    }

    private func check(_ id: String, at mark: Mark, file: String) {
        guard let requirement = requirements[id] else {
            var message = "requirement '\(id)' is not listed in \(RequirementsParser.fileName)"
            if let guess = Suggestion.closest(to: id, among: requirements.ids) { message += "; did you mean '\(guess)'?" }
            collector.error("rule-bad-requirement", message, file: file, at: mark)
            return
        }
        if requirement.status == .deferred {
            collector.error(
                "rule-bad-requirement",
                "requirement '\(id)' is deferred (\(requirement.reason ?? "no reason given")); make it active in \(RequirementsParser.fileName) first",
                file: file, at: mark)
        }
    }
}
