// Binds each declared function (FunctionSignatures) to its implementation, once. The planner
// resolves a call to one of these at compile time, so evaluation never looks a name up.

typealias UnaryFunction = @Sendable (Value) throws(OperationFailure) -> Value
typealias BinaryFunction = @Sendable (Value, Value) throws(OperationFailure) -> Value

enum Implementation: Sendable {
    case unary(UnaryFunction)
    case binary(BinaryFunction)
    /// Needs the activation's LookupProvider.
    case lookup(LookupKind)
    /// Needs a regex: compiled at plan time for a literal pattern, cached otherwise.
    case matches
}

enum BuiltinFunctions {
    static let implementations: [String: Implementation] = [
        "size": .unary(ListFunctions.size),
        "contains": .binary(StringFunctions.contains),
        "startsWith": .binary(StringFunctions.startsWith),
        "endsWith": .binary(StringFunctions.endsWith),
        "matches": .matches,
        "lowerAscii": .unary(StringFunctions.lowerAscii),
        "upperAscii": .unary(StringFunctions.upperAscii),
        "trim": .unary(StringFunctions.trim),
        "split": .binary(StringFunctions.split),
        "int": .unary(ConversionFunctions.int),
        "double": .unary(ConversionFunctions.double),
        "string": .unary(ConversionFunctions.string),
        "sum": .unary(ListFunctions.sum),
        "date": .unary(DateFunctions.date),
        "days_between": .binary(DateFunctions.daysBetween),
        "add_days": .binary(DateFunctions.addDays),
        "year": .unary(DateFunctions.year),
        "norm": .unary(StringFunctions.norm),
        "contains_any": .binary(StringFunctions.containsAny),
        "keys": .unary(ListFunctions.keys),
        "distinct": .unary(SetFunctions.distinct),
        "duplicates": .unary(SetFunctions.duplicates),
        "difference": .binary(SetFunctions.difference),
        "intersection": .binary(SetFunctions.intersection),
        "lookup": .lookup(.catalogueFirst),
        "lookup_all": .lookup(.catalogueAll),
        "lookup_stems": .lookup(.catalogueStems),
        "arch_lookup": .lookup(.architectureFirst),
        "arch_lookup_all": .lookup(.architectureAll),
        "section_text": .binary(SectionFunctions.sectionText),
        "full_text": .unary(SectionFunctions.fullText),
    ]
}
