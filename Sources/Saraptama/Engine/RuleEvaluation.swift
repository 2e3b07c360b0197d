import SaraptamaExpressions
import SaraptamaLoading

/// Runs one rule over one document: select items, apply the guard, check the assertion, and turn
/// failures into findings and evaluation errors into problems that point at the rule file.
struct RuleEvaluation {
    let rule: Rule
    let document: Document
    let language: Language
    /// For a dossier rule: the document `doc` is compared with, where `related` points.
    var other: Document? = nil
    /// False: findings get an empty fingerprint (see `Engine.check(_:language:fingerprints:)`).
    var fingerprints = true
    /// True when the document's schema check found values of the wrong type: an evaluation error is
    /// then the document's fault, reported at the document's node rather than at the rule file.
    var documentIsMistyped = false
    /// The renamed terms: a document dated under the Digital Code reads its findings in the Code's words.
    var terms: RenamedTerms? = nil
    /// The slots of `item` and `parent` in the activation, when the caller has looked them up
    /// already: hashing both names for every rule was 4% of evaluating a document.
    var slots: ItemSlots? = nil

    /// Returns how many assertions were evaluated: zero when the rule had nothing to look at
    /// (its selector matched nothing, or its guard held nowhere).
    @discardableResult
    func run(
        activation: inout Activation, documentValue: Value, selections: inout SelectorMatches, findings: inout [Finding],
        problems: inout [Diagnostic]
    ) -> Int {
        var examined = 0
        // Looked up once per rule (or per document, by the caller) rather than for every match.
        let (itemSlot, parentSlot) = (slots ?? ItemSlots(activation)).pair
        // Collected, then checked: handing the check to a match walk as a closure copied this
        // evaluation (the whole rule) for every match, which cost more than the array. Each
        // match is read in place through the buffer: an array's subscript copied the whole match
        // (through its generic copy) to read one field of it.
        let matches = rule.selector.map { selections.matches(of: $0, in: document.root) }
            ?? selections.rootMatch(of: document.root)
        matches.withUnsafeBufferPointer { matches in
            for index in matches.indices {
                activation.set(slot: itemSlot, Value(node: matches[index].node))
                activation.set(slot: parentSlot, matches[index].parent.map { Value(node: $0) } ?? documentValue)
                if let guardExpression = rule.guardExpression {
                    switch truth(of: guardExpression, role: "when", activation: &activation) {
                    case .holds(let applies): if !applies { continue }
                    case .failed(let failure): problems.append(problem(failure, match: matches[index])); continue
                    }
                }
                examined += 1
                switch truth(of: rule.assertion, role: "assert", activation: &activation) {
                case .holds(let holds): if holds { continue }
                case .failed(let failure): problems.append(problem(failure, match: matches[index])); continue
                }
                findings.append(finding(for: matches[index], activation: &activation, problems: &problems))
            }
        }
        return examined
    }

    /// What evaluating a `when` or an `assert` gave: a truth value, or why there is none.
    private enum Truth {
        case holds(Bool)
        case failed(Failure)
    }

    /// An expression that failed or gave no bool, kept apart from the match it ran on: the
    /// match (its node, parent and path) is copied only to report a failure, not for every
    /// evaluation.
    private struct Failure {
        let code: String
        let message: String
        let expression: EmbeddedExpression
        let offset: Int
        /// The message in each language as `detail.ru`, `detail.kk`, `detail.en`; nil when English only.
        var detail: [String: String]? = nil
    }

    /// The boolean value of an expression, or why there is none (the caller records a problem):
    /// an error is never a silent pass.
    private func truth(of expression: EmbeddedExpression, role: String, activation: inout Activation) -> Truth {
        do {
            let value = try expression.compiled.evaluate(&activation)
            if case .bool(let flag) = value { return .holds(flag) }
            let error = EvaluationError(code: "eval-not-bool", template: "eval-not-bool.role", arguments: ["role": role, "type": value.typeName], offset: 0)
            return .failed(Failure(code: error.code, message: error.message, expression: expression, offset: 0, detail: error.localizedMessage()))
        } catch {
            return .failed(Failure(code: error.code, message: error.message, expression: expression, offset: error.offset, detail: error.localizedMessage()))
        }
    }

    private func finding(for match: PathPattern.Match, activation: inout Activation, problems: inout [Diagnostic]) -> Finding {
        var path = match.path
        var mark = match.node.mark
        var node: Node? = match.node
        if let location = rule.location {
            let relative = location.concretePath
            path = path.appending(relative)
            mark = relative.deepestExisting(in: match.node).mark
            node = relative.resolve(in: match.node)
        }
        let (message, errors) = rule.message.render(language, activation: &activation)
        for (expression, error) in errors {
            let detail = error.localizedMessage(prefix: ("в сообщении: ", "хабарламада: ", "in the message: "))
            problems.append(problem(code: error.code, message: "in the message: " + error.message, expression: expression, offset: error.offset, match: match, detail: detail))
        }
        let date = document.header.date
        let words = { (text: String) in terms?.modernized(text, language: language, on: date) ?? text }
        var finding = Finding(
            ruleID: rule.id, pack: rule.pack, severity: rule.severity, question: rule.question, language: language,
            title: words(rule.title[language]), message: words(message), fix: rule.fix.map { words($0[language]) }, basis: rule.basis(on: document.header.date), implements: rule.implements, file: document.file, path: path, mark: mark,
            fingerprintSource: fingerprints ? PendingFingerprint(ruleID: rule.id, documentID: document.header.id, path: path, node: node) : nil,
            excerpt: document.excerpt(at: mark))
        finding.locator = document.locator?.locate(mark, language: language)
        if let other, let related = rule.scope.binding?.related {
            finding.related = [RelatedLocation(document: other, path: related.concretePath)]
        }
        return finding
    }

    private func problem(_ failure: Failure, match: PathPattern.Match) -> Diagnostic {
        problem(code: failure.code, message: failure.message, expression: failure.expression, offset: failure.offset, match: match, detail: failure.detail)
    }

    /// An evaluation problem: reported at the expression's position in the rule file, naming the
    /// document node it was evaluated on.
    /// `detail` is `message` in each language when it was built from the catalogue.
    private func problem(code: String, message: String, expression: EmbeddedExpression, offset: Int, match: PathPattern.Match, detail: [String: String]? = nil) -> Diagnostic {
        if documentIsMistyped {
            let rulePlace = "\(expression.site.source.path):\(expression.site.mark(at: offset).line)"
            return Diagnostic(
                .error, code: DocumentFault.ruleNotEvaluated, template: DocumentFault.ruleNotEvaluated + ".rule",
                arguments: ["rule": rule.id, "path": match.path.description, "code": code, "place": rulePlace, "detail": message].merging(detail ?? [:]) { _, new in new },
                file: document.file, mark: match.node.mark)
        }
        let where_ = "\(document.file):\(match.node.mark.line):\(match.node.mark.column) (\(match.path))"
        if let detail {
            return Diagnostic(
                .error, code: code, template: "eval-failed.rule", arguments: ["rule": rule.id, "where": where_].merging(detail) { a, _ in a },
                file: expression.site.source.path, mark: expression.site.mark(at: offset))
        }
        return Diagnostic(
            .error, code: code, message: "rule \(rule.id) on \(where_): \(message)",
            file: expression.site.source.path, mark: expression.site.mark(at: offset))
    }
}

/// Where a rule environment keeps the variables `item` and `parent` that a rule evaluation sets
/// for each match.
struct ItemSlots {
    let item: Int
    let parent: Int

    init(_ activation: Activation) {
        guard let item = activation.slot(of: "item"), let parent = activation.slot(of: "parent") else {
            preconditionFailure("a rule environment declares 'item' and 'parent'")
        }
        self.item = item
        self.parent = parent
    }

    var pair: (Int, Int) { (item, parent) }
}
