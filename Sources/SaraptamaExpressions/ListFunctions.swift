// Collection built-ins.

enum ListFunctions {
    static func size(_ value: Value) throws(OperationFailure) -> Value {
        .int(try ValueAccess.size(value))
    }

    /// `sum(list)`: an int when every element is an int (overflow is an error), a double as
    /// soon as one element is a double; any other element is an error, never skipped.
    static func sum(_ value: Value) throws(OperationFailure) -> Value {
        guard let list = ListView(value) else { throw .noOverload("sum", value) }
        var integerSum: Int64 = 0
        var integerOverflow = false
        var doubleSum = 0.0
        var sawDouble = false
        for position in 0..<list.count {
            switch list[position] {
            case .int(let number):
                let (next, overflow) = integerSum.addingReportingOverflow(number)
                integerSum = next
                integerOverflow = integerOverflow || overflow
                doubleSum += Double(number)
            case .double(let number):
                sawDouble = true
                doubleSum += number
            case let other:
                throw .wrongType("sum() applies to numbers; element \(position) is \(other.typeName)")
            }
        }
        if sawDouble { return .double(doubleSum) }
        guard !integerOverflow else { throw .overflow("integer overflow in sum()") }
        return .int(integerSum)
    }

    /// `keys(map)`: the keys in map order.
    static func keys(_ value: Value) throws(OperationFailure) -> Value {
        guard let map = MapView(value) else { throw .noOverload("keys", value) }
        return .list(map.keys.map(MapKey.value))
    }
}
