// Equality, ordering and arithmetic with CEL semantics:
// - equality is defined between any two values; values of unrelated types are unequal (not an
//   error), and int and double compare by numeric value (heterogeneous equality, current CEL);
// - ordering is defined within a type, and between int and double by exact numeric value;
// - arithmetic never converts implicitly (`1 + 2.0` is no matching overload), integer overflow
//   and integer division by zero are errors, doubles follow IEEE 754.
// Strings compare by code points (through UTF-8, whose byte order is code-point order), with
// no Unicode normalization, as CEL specifies.

enum ValueOperations {
    /// CEL `==`.
    static func equal(_ left: Value, _ right: Value) -> Bool {
        equal(left, right, strict: false)
    }

    /// `strict` makes int and double unequal (Swift `==` on `Value`); otherwise CEL `==`.
    static func equal(_ left: Value, _ right: Value, strict: Bool) -> Bool {
        switch (left, right) {
        case (.null, .null): return true
        case (.bool(let a), .bool(let b)): return a == b
        case (.int(let a), .int(let b)): return a == b
        case (.double(let a), .double(let b)): return a == b
        case (.int(let a), .double(let b)): return !strict && compare(a, b) == 0
        case (.double(let a), .int(let b)): return !strict && compare(b, a) == 0
        case (.string(let a), .string(let b)): return stringsEqual(a, b)
        case (.date(let a), .date(let b)): return a == b
        default: break
        }
        if let a = ListView(left), let b = ListView(right) {
            guard a.count == b.count else { return false }
            for position in 0..<a.count where !equal(a[position], b[position], strict: strict) {
                return false
            }
            return true
        }
        if let a = MapView(left), let b = MapView(right) {
            guard a.count == b.count else { return false }
            for key in a.keys {
                guard let x = a[key], let y = b[key], equal(x, y, strict: strict) else { return false }
            }
            return true
        }
        return false
    }

    static func stringsEqual(_ a: String, _ b: String) -> Bool {
        // Code-point equality as a memcmp: comparing the UTF-8 views element by element cost
        // about 500 instructions for a 30-byte name.
        UTF8Search.equal(a, b)
    }

    // MARK: - Ordering

    /// `<`, `<=`, `>`, `>=`. Comparisons involving NaN are false.
    static func order(_ op: BinaryOperator, _ left: Value, _ right: Value)
        throws(OperationFailure) -> Bool
    {
        let sign: Int?
        switch (left, right) {
        case (.int(let a), .int(let b)): sign = a < b ? -1 : (a == b ? 0 : 1)
        case (.double(let a), .double(let b)):
            sign = a.isNaN || b.isNaN ? nil : (a < b ? -1 : (a == b ? 0 : 1))
        case (.int(let a), .double(let b)): sign = compare(a, b)
        case (.double(let a), .int(let b)): sign = compare(b, a).map { -$0 }
        case (.string(let a), .string(let b)): sign = compareStrings(a, b)
        case (.bool(let a), .bool(let b)): sign = a == b ? 0 : (a ? 1 : -1)
        case (.date(let a), .date(let b)): sign = a < b ? -1 : (a == b ? 0 : 1)
        default: throw .noOverload(op.rawValue, left, right)
        }
        guard let sign else { return false }
        switch op {
        case .less: return sign < 0
        case .lessEqual: return sign <= 0
        case .greater: return sign > 0
        default: return sign >= 0
        }
    }

    /// Exact comparison of an int with a double (nil when the double is NaN), without the
    /// rounding a plain conversion of either side would introduce.
    static func compare(_ a: Int64, _ b: Double) -> Int? {
        if b.isNaN { return nil }
        if b >= 9_223_372_036_854_775_808.0 { return -1 }
        if b < -9_223_372_036_854_775_808.0 { return 1 }
        let whole = b.rounded(.towardZero)
        let integer = Int64(whole)
        if a != integer { return a < integer ? -1 : 1 }
        let fraction = b - whole
        return fraction > 0 ? -1 : (fraction < 0 ? 1 : 0)
    }

    /// Code-point order: UTF-8 byte order is the same.
    static func compareStrings(_ a: String, _ b: String) -> Int {
        var left = a.utf8.makeIterator(), right = b.utf8.makeIterator()
        while true {
            switch (left.next(), right.next()) {
            case (nil, nil): return 0
            case (nil, _): return -1
            case (_, nil): return 1
            case (let x?, let y?): if x != y { return x < y ? -1 : 1 }
            }
        }
    }

    // MARK: - Arithmetic

    /// `+ - * / %`.
    static func arithmetic(_ op: BinaryOperator, _ left: Value, _ right: Value)
        throws(OperationFailure) -> Value
    {
        switch (left, right) {
        case (.int(let a), .int(let b)): return .int(try integer(op, a, b))
        case (.double(let a), .double(let b)):
            switch op {
            case .add: return .double(a + b)
            case .subtract: return .double(a - b)
            case .multiply: return .double(a * b)
            case .divide: return .double(a / b)
            default: throw .noOverload(op.rawValue, left, right)
            }
        case (.string(let a), .string(let b)) where op == .add:
            guard a.utf8.count + b.utf8.count <= ExpressionLimits.maxStringBytes else {
                throw .tooCostly("string concatenation longer than \(ExpressionLimits.maxStringBytes) bytes")
            }
            return .string(a + b)
        default:
            if op == .add, let a = ListView(left), let b = ListView(right) {
                guard a.count + b.count <= ExpressionLimits.maxListCount else {
                    throw .tooCostly("list concatenation longer than \(ExpressionLimits.maxListCount) elements")
                }
                return .list(a.array + b.array)
            }
            throw .noOverload(op.rawValue, left, right)
        }
    }

    private static func integer(_ op: BinaryOperator, _ a: Int64, _ b: Int64)
        throws(OperationFailure) -> Int64
    {
        let (result, overflow): (Int64, Bool)
        switch op {
        case .add: (result, overflow) = a.addingReportingOverflow(b)
        case .subtract: (result, overflow) = a.subtractingReportingOverflow(b)
        case .multiply: (result, overflow) = a.multipliedReportingOverflow(by: b)
        case .divide:
            guard b != 0 else { throw .divisionByZero }
            (result, overflow) = a.dividedReportingOverflow(by: b)
        default:
            guard b != 0 else { throw .modulusByZero }
            (result, overflow) = a.remainderReportingOverflow(dividingBy: b)
        }
        guard !overflow else {
            throw .overflow("integer overflow in \(a) \(op.rawValue) \(b)")
        }
        return result
    }

    /// Unary `-`.
    static func negate(_ value: Value) throws(OperationFailure) -> Value {
        switch value {
        case .int(let a):
            let (result, overflow) = Int64(0).subtractingReportingOverflow(a)
            guard !overflow else { throw .overflow("integer overflow in -(\(a))") }
            return .int(result)
        case .double(let a): return .double(-a)
        default: throw .noOverload("-", value)
        }
    }
}

extension Value: Equatable {
    /// Structural equality: same kind and same content, a document container being equal to the
    /// list or map with the same content. Unlike CEL's `==`, `.int(1) != .double(1)`, so tests
    /// can tell an int result from a double one.
    public static func == (lhs: Value, rhs: Value) -> Bool {
        ValueOperations.equal(lhs, rhs, strict: true)
    }
}
