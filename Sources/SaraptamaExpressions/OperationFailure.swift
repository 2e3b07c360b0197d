/// A failure inside an operator or built-in. Operations do not know where they were written;
/// the evaluator turns a failure into an `EvaluationError` at the failing node's offset.
struct OperationFailure: Error, Sendable {
    var code: String
    var message: String

    func at(_ offset: Int) -> EvaluationError {
        EvaluationError(code: code, message: message, offset: offset)
    }

    /// "no matching overload for '+' applied to (int, double)".
    static func noOverload(_ name: String, _ operands: Value...) -> OperationFailure {
        let types = operands.map(\.typeName).joined(separator: ", ")
        return OperationFailure(
            code: "eval-no-matching-overload",
            message: "no matching overload for '\(name)' applied to (\(types))")
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

    static let divisionByZero = OperationFailure(
        code: "eval-division-by-zero", message: "division by zero")

    static func noSuchKey(_ key: String) -> OperationFailure {
        OperationFailure(code: "eval-no-such-key", message: "no such key: '\(key)'")
    }

    static func indexOutOfRange(_ index: Int64, count: Int) -> OperationFailure {
        OperationFailure(
            code: "eval-index-out-of-range",
            message: "index \(index) out of range for a list of \(count) element"
                + (count == 1 ? "" : "s"))
    }

    static func tooCostly(_ message: String) -> OperationFailure {
        OperationFailure(code: "eval-too-costly", message: message)
    }
}
