import SaraptamaExpressions
import SaraptamaLoading

// A rule's `variables`: named expressions its `when`, `assert` and messages share, as in CEL
// policies. Written as a list, so that a variable may read the ones before it:
//
//     variables:
//       - name: reference
//         expression: "lookup('reference_attributes', item.name)"
//
// Each is evaluated at most once per match, and only when read (see ComputedVariables.swift
// in SaraptamaExpressions); an error inside one is reported where it is read, naming the file
// position inside the variable where it happened.

extension RuleCompiler {
    static let variableFields = ["name", "expression"]

    /// `environment` extended with the rule's variables; unchanged when it declares none. Every
    /// problem is reported; a variable with a problem is left out (so its readers report it too).
    func compileVariables(_ node: Node?, source: SourceFile, environment: ExpressionEnvironment) -> ExpressionEnvironment {
        guard let node else { return environment }
        let file = source.path
        guard let items = node.sequence else {
            collector.error("rule-wrong-type", "'variables' must be a list of {name, expression}, found \(node.kindName)", file: file, at: node.mark)
            return environment
        }
        var extended = environment
        var declared: Set<String> = []
        for item in items {
            guard let reader = FieldReader(item, file: file, context: "a variable", collector: collector) else { continue }
            let name = reader.string("name", required: true)
            let expressionNode = reader.string("expression", required: true)
            reader.finish()
            guard let (text, nameNode) = name, let (_, textNode) = expressionNode else { continue }
            if let problem = Self.variableNameProblem(text, declared: declared, environment: environment) {
                collector.error("rule-bad-variable", problem, file: file, at: nameNode.mark)
                continue
            }
            declared.insert(text)
            let site = EmbeddedText(node: textNode, source: source)
            guard let textValue = textNode.string else { continue }
            switch extended.compile(textValue) {
            case .success(let compiled):
                extended = extended.declaring(text, as: compiled, locate: { offset in "\(file):\(site.mark(at: offset))" })
            case .failure(let failure):
                for issue in failure.issues {
                    collector.append(contentsOf: [issue.diagnostic(file: file, mark: site.mark(at: issue.offset))])
                }
            }
        }
        return extended
    }

    /// Why `name` cannot name a variable, or nil.
    static func variableNameProblem(_ name: String, declared: Set<String>, environment: ExpressionEnvironment) -> String? {
        let scalars = Array(name.unicodeScalars)
        let isIdentifier = !scalars.isEmpty
            && (scalars[0] == "_" || (scalars[0].isASCII && scalars[0].properties.isAlphabetic))
            && scalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
        if !isIdentifier { return "variable name '\(name)' must be an identifier (letters, digits and '_', not starting with a digit)" }
        if reservedWords.contains(name) { return "'\(name)' is a reserved word of the expression language" }
        if environment.variables.contains(name) { return "variable '\(name)' would hide the built-in variable of that name" }
        if declared.contains(name) { return "variable '\(name)' is declared twice" }
        return nil
    }

    private static let reservedWords: Set<String> = [
        "true", "false", "null", "in", "as", "break", "const", "continue", "else", "for", "function", "if",
        "import", "let", "loop", "package", "namespace", "return", "var", "void", "while",
    ]
}
