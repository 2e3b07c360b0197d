import SaraptamaLoading

/// A failure inside an operator or built-in. Operations do not know where they were written;
/// the evaluator turns a failure into an `EvaluationError` at the failing node's offset.
struct OperationFailure: Error, Sendable {
    var code: String
    var message: String
    /// The catalogue entry of the message and its arguments; nil for English only.
    var template: String?
    var arguments: [String: String] = [:]

    init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    /// A failure whose message is the catalogue's `template` filled with `arguments`.
    init(code: String, template: String, arguments: [String: String]) {
        self.init(code: code, message: DiagnosticCatalogue.render(template, arguments: arguments, language: "en") ?? template)
        self.template = template
        self.arguments = arguments
    }

    func at(_ offset: Int) -> EvaluationError {
        guard let template else { return EvaluationError(code: code, message: message, offset: offset) }
        return EvaluationError(code: code, template: template, arguments: arguments, offset: offset)
    }

    /// "no matching overload for '+' applied to (int, double)".
    static func noOverload(_ name: String, _ operands: Value...) -> OperationFailure {
        let types = operands.map(\.typeName).joined(separator: ", ")
        return OperationFailure(code: "eval-no-matching-overload", template: "eval-no-matching-overload.types", arguments: ["op": name, "types": types])
    }

    static func wrongType(_ message: String) -> OperationFailure {
        OperationFailure(code: "eval-no-matching-overload", message: message)
    }

    static func invalidArgument(_ message: String) -> OperationFailure {
        OperationFailure(code: "eval-invalid-argument", message: message)
    }

    static func overflow(_ message: String) -> OperationFailure {
        OperationFailure(code: "eval-overflow", message: message)
    }

    static let divisionByZero = OperationFailure(code: "eval-division-by-zero", template: "eval-division-by-zero.division", arguments: [:])

    static let modulusByZero = OperationFailure(code: "eval-division-by-zero", template: "eval-division-by-zero.modulus", arguments: [:])

    static func noSuchKey(_ key: String) -> OperationFailure {
        OperationFailure(code: "eval-no-such-key", template: "eval-no-such-key.key", arguments: ["key": key])
    }

    static func indexOutOfRange(_ index: Int64, count: Int) -> OperationFailure {
        // Russian: "из 1 элемента", "из 2 элементов", "из 21 элемента".
        let russian = count % 10 == 1 && count % 100 != 11 ? "элемента" : "элементов"
        let arguments = DiagnosticCatalogue.localized("elements", (russian, "элемент", count == 1 ? "element" : "elements"))
            .merging(["index": String(index), "count": String(count)]) { a, _ in a }
        return OperationFailure(code: "eval-index-out-of-range", template: "eval-index-out-of-range.count", arguments: arguments)
    }

    static func tooCostly(_ message: String) -> OperationFailure {
        OperationFailure(code: "eval-too-costly", message: message)
    }
}
