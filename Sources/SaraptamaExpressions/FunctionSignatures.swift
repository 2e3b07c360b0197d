// Every built-in function and macro is declared here, once: its name, how it is called, the
// kinds of its parameters and of its result. The checker reads these declarations; the
// implementations live in the *Functions.swift files and are bound by `BuiltinFunctions`.

/// How a built-in may be called.
enum CallStyle: Sendable {
    /// `f(a, b)`.
    case global
    /// `a.f(b)`: the receiver is the first parameter.
    case receiver
    /// Either form (`size(x)` and `x.size()`).
    case either
}

struct FunctionSignature: Sendable {
    var name: String
    var style: CallStyle
    /// Accepted kinds of each parameter; for receiver style, the receiver comes first.
    var parameters: [ValueKinds]
    var result: ValueKinds
    /// How the function is written, for messages and documentation.
    var synopsis: String

    /// Argument count inside the parentheses for the given call form.
    func arity(asReceiver: Bool) -> Int { asReceiver ? parameters.count - 1 : parameters.count }
}

/// A macro: its arguments are not evaluated like a function's (see the parser and evaluator).
struct MacroSignature: Sendable {
    var name: String
    var style: CallStyle
    var arities: [Int]
    var synopsis: String
}

enum FunctionSignatures {
    private static let text: ValueKinds = .string
    private static let dateLike: ValueKinds = [.date, .string]
    private static let lookupKey: ValueKinds = [.string, .int, .null]

    static let all: [FunctionSignature] = [
        // Collections and strings.
        .init(name: "size", style: .either, parameters: [[.string, .list, .map]], result: .int,
              synopsis: "size(string|list|map) -> int"),
        // Receiver string functions (CEL standard and strings extension).
        .init(name: "contains", style: .receiver, parameters: [text, text], result: .bool,
              synopsis: "string.contains(string) -> bool"),
        .init(name: "startsWith", style: .receiver, parameters: [text, text], result: .bool,
              synopsis: "string.startsWith(string) -> bool"),
        .init(name: "endsWith", style: .receiver, parameters: [text, text], result: .bool,
              synopsis: "string.endsWith(string) -> bool"),
        .init(name: "matches", style: .receiver, parameters: [text, text], result: .bool,
              synopsis: "string.matches(regex) -> bool"),
        .init(name: "lowerAscii", style: .receiver, parameters: [text], result: .string,
              synopsis: "string.lowerAscii() -> string"),
        .init(name: "upperAscii", style: .receiver, parameters: [text], result: .string,
              synopsis: "string.upperAscii() -> string"),
        .init(name: "trim", style: .receiver, parameters: [text], result: .string,
              synopsis: "string.trim() -> string"),
        .init(name: "split", style: .receiver, parameters: [text, text], result: .list,
              synopsis: "string.split(separator) -> list<string>"),
        // Conversions.
        .init(name: "int", style: .global, parameters: [[.int, .double, .string]], result: .int,
              synopsis: "int(int|double|string) -> int"),
        .init(name: "double", style: .global, parameters: [[.int, .double, .string]],
              result: .double, synopsis: "double(int|double|string) -> double"),
        .init(name: "string", style: .global,
              parameters: [[.string, .int, .double, .bool, .date]], result: .string,
              synopsis: "string(string|int|double|bool|date) -> string"),
        // Domain functions for compliance rules.
        .init(name: "sum", style: .global, parameters: [.list], result: .number,
              synopsis: "sum(list<int|double>) -> int|double"),
        .init(name: "date", style: .global, parameters: [dateLike], result: .date,
              synopsis: "date('YYYY-MM-DD') -> date"),
        .init(name: "days_between", style: .global, parameters: [dateLike, dateLike],
              result: .int, synopsis: "days_between(date|string, date|string) -> int"),
        .init(name: "add_days", style: .global, parameters: [dateLike, .int], result: .date,
              synopsis: "add_days(date|string, int) -> date"),
        .init(name: "year", style: .global, parameters: [dateLike], result: .int,
              synopsis: "year(date|string) -> int"),
        .init(name: "norm", style: .global, parameters: [text], result: .string,
              synopsis: "norm(string) -> string"),
        .init(name: "contains_any", style: .global, parameters: [text, .list], result: .bool,
              synopsis: "contains_any(string, list<string>) -> bool"),
        .init(name: "keys", style: .global, parameters: [.map], result: .list,
              synopsis: "keys(map) -> list<string>"),
        // Lists as sets, in linear time (SetFunctions.swift).
        .init(name: "distinct", style: .receiver, parameters: [.list], result: .list,
              synopsis: "list.distinct() -> list"),
        .init(name: "duplicates", style: .receiver, parameters: [.list], result: .list,
              synopsis: "list.duplicates() -> list"),
        .init(name: "difference", style: .receiver, parameters: [.list, .list], result: .list,
              synopsis: "list.difference(list) -> list"),
        .init(name: "intersection", style: .receiver, parameters: [.list, .list], result: .list,
              synopsis: "list.intersection(list) -> list"),
        .init(name: "lookup", style: .global, parameters: [text, lookupKey], result: .dyn,
              synopsis: "lookup(catalogue, key) -> entry|null"),
        .init(name: "lookup_all", style: .global, parameters: [text, lookupKey], result: .list,
              synopsis: "lookup_all(catalogue, key) -> list"),
        .init(name: "lookup_stems", style: .global, parameters: [text, text], result: .list,
              synopsis: "lookup_stems(catalogue, text) -> list"),
        .init(name: "arch_lookup", style: .global, parameters: [text, lookupKey], result: .dyn,
              synopsis: "arch_lookup(index, key) -> entry|null"),
        .init(name: "arch_lookup_all", style: .global, parameters: [text, lookupKey],
              result: .list, synopsis: "arch_lookup_all(index, key) -> list"),
        // Section text (SectionFunctions.swift).
        .init(name: "section_text", style: .global,
              parameters: [[.list, .map, .null], [.string, .int, .double]], result: .string,
              synopsis: "section_text(sections, number) -> string"),
        .init(name: "full_text", style: .global, parameters: [[.list, .map, .null]],
              result: .string, synopsis: "full_text(sections) -> string"),
    ]

    static let macros: [MacroSignature] = [
        .init(name: "has", style: .global, arities: [1], synopsis: "has(e.field) -> bool"),
        .init(name: "all", style: .receiver, arities: [2], synopsis: "e.all(x, predicate) -> bool"),
        .init(name: "exists", style: .receiver, arities: [2],
              synopsis: "e.exists(x, predicate) -> bool"),
        .init(name: "exists_one", style: .receiver, arities: [2],
              synopsis: "e.exists_one(x, predicate) -> bool"),
        .init(name: "map", style: .receiver, arities: [2, 3],
              synopsis: "e.map(x, [filter,] transform) -> list"),
        .init(name: "filter", style: .receiver, arities: [2],
              synopsis: "e.filter(x, predicate) -> list"),
    ]

    static let byName: [String: FunctionSignature] = Dictionary(
        all.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    static let macrosByName: [String: MacroSignature] = Dictionary(
        macros.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })

    /// Lookup functions take a catalogue (or architecture index) name as first argument.
    static let catalogueFunctions: Set<String> = ["lookup", "lookup_all", "lookup_stems"]
    static let architectureFunctions: Set<String> = ["arch_lookup", "arch_lookup_all"]
}

/// The overloads of the arithmetic and ordering operators, as (left, right, result).
/// CEL has no implicit numeric conversion in arithmetic (`1 + 2.0` has no overload), but
/// ordering compares int with double by value.
enum OperatorSignatures {
    typealias Overload = (left: ValueKinds, right: ValueKinds, result: ValueKinds)

    private static let numeric: [Overload] = [(.int, .int, .int), (.double, .double, .double)]
    private static let ordering: [Overload] =
        ValueKinds.orderable.members.map { ($0, $0, .bool) }
        + [(.int, .double, .bool), (.double, .int, .bool)]

    static let overloads: [BinaryOperator: [Overload]] = [
        .add: numeric + [(.string, .string, .string), (.list, .list, .list)],
        .subtract: numeric, .multiply: numeric, .divide: numeric,
        .remainder: [(.int, .int, .int)],
        .less: ordering, .lessEqual: ordering, .greater: ordering, .greaterEqual: ordering,
    ]

    /// The possible result kinds, or nil when no overload can ever apply.
    static func result(_ op: BinaryOperator, _ left: ValueKinds, _ right: ValueKinds)
        -> ValueKinds?
    {
        var result: ValueKinds = []
        var matched = false
        for overload in overloads[op] ?? []
        where !left.isDisjoint(with: overload.left) && !right.isDisjoint(with: overload.right) {
            matched = true
            result.formUnion(overload.result)
        }
        return matched ? result : nil
    }
}
