import SaraptamaExpressions
import SaraptamaLoading

/// Evaluates one expression outside of any rule, for rule authors (`saraptama eval`), in the
/// same environment as rules: `doc`, `item` and `parent` are the document, `arch` its approved
/// architecture, and the rule set's catalogues are available to `lookup()`.
public enum ExpressionPlayground {
    public static func evaluate(
        _ text: String, document: Node?, ruleSet: RuleSet?, architectures: ArchitectureLibrary
    ) -> Result<Value, DiagnosticError> {
        let environment = ruleSet?.environment ?? ExpressionEnvironment(variables: RuleCompiler.variables)
        let file = "<expression>"
        switch environment.compile(text) {
        case .failure(let failure):
            return .failure(DiagnosticError(failure.issues.map {
                $0.diagnostic(file: file, mark: Mark(line: 1, column: $0.offset + 1, offset: $0.offset))
            }))
        case .success(let compiled):
            let bodyID = document?["state_body"]?["id"]?.string
            let architecture = architectures[bodyID]
            let lookups = DocumentLookups(reference: ruleSet?.reference ?? ReferenceData(), architecture: architecture)
            var activation = Activation(environment: environment, lookups: lookups)
            let documentValue = document.map { Value(node: $0) } ?? .null
            activation.set("doc", documentValue)
            activation.set("item", documentValue)
            activation.set("parent", documentValue)
            activation.set("arch", architecture.map { Value(node: $0.root) } ?? .null)
            do {
                return .success(try compiled.evaluate(activation))
            } catch {
                let mark = Mark(line: 1, column: error.offset + 1, offset: error.offset)
                if let template = error.template {
                    return .failure(DiagnosticError([Diagnostic(code: error.code, template: template, arguments: error.arguments, file: file, mark: mark)]))
                }
                return .failure(DiagnosticError([Diagnostic(code: error.code, message: error.message, file: file, mark: mark)]))
            }
        }
    }
}
