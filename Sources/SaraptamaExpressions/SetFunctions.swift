// Lists read as sets, in linear time: `distinct`, `duplicates`, `difference`, `intersection`.
// "These ids are unique", "every reference exists" and "no overlap" were written with nested
// macros (`ids.all(i, ids.exists_one(j, j == i))`), quadratic in the list's length; a hash set
// makes each one pass over the lists. Every result keeps the order of first occurrence in the
// receiver, so messages that list the offending values are stable.

enum SetFunctions {
    /// `list.distinct()`: each element once, in order of first occurrence.
    static func distinct(_ value: Value) throws(OperationFailure) -> Value {
        guard let list = ListView(value) else { throw .noOverload("distinct", value) }
        var seen = Set<SetElement>(minimumCapacity: list.count)
        var result: [Value] = []
        for position in 0..<list.count {
            let element = list[position]
            if seen.insert(SetElement(element)).inserted { result.append(element) }
        }
        return .list(result)
    }

    /// `list.duplicates()`: each element that occurs more than once, once, in order of first
    /// occurrence; `[]` when all are distinct.
    static func duplicates(_ value: Value) throws(OperationFailure) -> Value {
        guard let list = ListView(value) else { throw .noOverload("duplicates", value) }
        var counts: [SetElement: Int] = [:]
        counts.reserveCapacity(list.count)
        for position in 0..<list.count { counts[SetElement(list[position]), default: 0] += 1 }
        var reported = Set<SetElement>()
        var result: [Value] = []
        for position in 0..<list.count {
            let element = SetElement(list[position])
            if counts[element, default: 0] > 1, reported.insert(element).inserted { result.append(element.value) }
        }
        return .list(result)
    }

    /// `list.difference(other)`: the elements of `list` not in `other`, each once.
    static func difference(_ value: Value, _ other: Value) throws(OperationFailure) -> Value {
        try filtered(value, other, name: "difference", keeping: false)
    }

    /// `list.intersection(other)`: the elements of `list` also in `other`, each once.
    static func intersection(_ value: Value, _ other: Value) throws(OperationFailure) -> Value {
        try filtered(value, other, name: "intersection", keeping: true)
    }

    private static func filtered(_ value: Value, _ other: Value, name: String, keeping: Bool) throws(OperationFailure) -> Value {
        guard let list = ListView(value), let others = ListView(other) else { throw .noOverload(name, value, other) }
        var members = Set<SetElement>(minimumCapacity: others.count)
        for position in 0..<others.count { members.insert(SetElement(others[position])) }
        var reported = Set<SetElement>()
        var result: [Value] = []
        for position in 0..<list.count {
            let element = SetElement(list[position])
            if members.contains(element) == keeping, reported.insert(element).inserted { result.append(element.value) }
        }
        return .list(result)
    }
}

/// A value as a set element: equal exactly when CEL `==` says so (so `1` and `1.0` are one
/// element), with a hash that agrees. Lists and maps hash by size only and are told apart by `==`:
/// sets of containers are rare, and a deep hash would cost what it saves.
struct SetElement: Hashable {
    let value: Value

    init(_ value: Value) { self.value = value }

    static func == (lhs: SetElement, rhs: SetElement) -> Bool { ValueOperations.equal(lhs.value, rhs.value) }

    func hash(into hasher: inout Hasher) {
        switch value {
        case .null: hasher.combine(0)
        case .bool(let flag): hasher.combine(flag)
        case .int(let number): hasher.combine(number)
        case .double(let number):
            // An integral double equals the int of the same value: it must hash like it.
            if let exact = Int64(exactly: number) { hasher.combine(exact) } else { hasher.combine(number) }
        case .string(let text): hasher.combine(text)
        case .date(let days): hasher.combine(days); hasher.combine(1)
        case .list, .sequence: hasher.combine(ListView(value)?.count ?? 0)
        case .map, .mapping: hasher.combine(MapView(value)?.count ?? 0)
        }
    }
}
