/// Codes of a document that is at fault for what the rules could not do with it.
enum DocumentFault {
    /// The schema warnings that mean the rules may meet a value of a type they do not expect.
    static let schemaCodes: Set<String> = ["doc-wrong-type", "doc-bad-value"]
    /// A rule could not be evaluated on a mistyped document: reported at the document's node,
    /// never as an error of the rule file.
    static let ruleNotEvaluated = "doc-rule-not-evaluated"
}
