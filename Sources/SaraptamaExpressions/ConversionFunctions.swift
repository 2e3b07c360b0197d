// Type conversions, as in CEL: explicit, and failing loudly (range or format errors) rather
// than producing a wrong number.

enum ConversionFunctions {
    /// `int(x)`: doubles truncate toward zero; strings are decimal integers.
    static func int(_ value: Value) throws(OperationFailure) -> Value {
        switch value {
        case .int: return value
        case .double(let number):
            guard number.isFinite, number >= -9_223_372_036_854_775_808.0,
                number < 9_223_372_036_854_775_808.0
            else {
                throw .overflow("double \(ValueText.number(number)) is out of the int range")
            }
            return .int(Int64(number.rounded(.towardZero)))
        case .string(let text):
            guard let number = Int64(text) else {
                throw .invalidArgument("cannot convert '\(text)' to int")
            }
            return .int(number)
        default:
            throw .noOverload("int", value)
        }
    }

    /// `double(x)`.
    static func double(_ value: Value) throws(OperationFailure) -> Value {
        switch value {
        case .double: return value
        case .int(let number): return .double(Double(number))
        case .string(let text):
            guard !text.isEmpty, let number = Double(text) else {
                throw .invalidArgument("cannot convert '\(text)' to double")
            }
            return .double(number)
        default:
            throw .noOverload("double", value)
        }
    }

    /// `string(x)`: the display form of scalars (dates as YYYY-MM-DD).
    static func string(_ value: Value) throws(OperationFailure) -> Value {
        switch value {
        case .string: return value
        case .int, .double, .bool, .date: return .string(value.displayText)
        default: throw .noOverload("string", value)
        }
    }
}
