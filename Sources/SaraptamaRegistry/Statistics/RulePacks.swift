/// The pack a rule belongs to: the stored pack of a recorded finding, else the pack its id's
/// prefix names in the shipped rule set (historical imports carry only rule ids).
public enum RulePacks {
    public static let byPrefix: [String: String] = [
        "STR": "structure", "ARC": "architecture", "DAT": "data", "STD": "standard_solutions", "SEC": "security",
        "INF": "infrastructure", "BUD": "budget", "LCY": "lifecycle", "XDOC": "dossier",
    ]

    public static func pack(of finding: RecordedFinding) -> String {
        if let pack = finding.pack, !pack.isEmpty { return pack }
        let prefix = finding.ruleID.split(separator: "-").first.map(String.init) ?? finding.ruleID
        return byPrefix[prefix.uppercased()] ?? "other"
    }
}
