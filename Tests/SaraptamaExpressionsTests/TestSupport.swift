import SaraptamaLoading
import Testing

@testable import SaraptamaExpressions

/// False when the suite runs on the plain plan (SARAPTAMA_PLAIN_PLAN=1): tests of a plan's shape, or
/// of what an optimisation saves (a loop not run), then have nothing to test.
let planIsOptimized = PlanOptimizations.standard == .all

/// The environment most tests compile against.
let environment = ExpressionEnvironment(
    variables: ["doc", "item", "x", "y"],
    catalogues: ["services", "organizations"],
    architectureIndexes: ["systems"])

/// What compiling and evaluating an expression gave, in a form tests can compare.
enum Outcome: Equatable, CustomStringConvertible {
    case value(Value)
    /// An evaluation error: code and offset.
    case error(String, Int)
    /// Compile issues: (code, offset) pairs.
    case issues([Issue])

    struct Issue: Equatable {
        var code: String
        var offset: Int
    }

    var description: String {
        switch self {
        case .value(let value): "value \(value.jsonText) (\(value.typeName))"
        case .error(let code, let offset): "error \(code) at \(offset)"
        case .issues(let issues): "issues " + issues.map { "\($0.code)@\($0.offset)" }.joined(separator: ", ")
        }
    }
}

func issue(_ code: String, _ offset: Int) -> Outcome.Issue { Outcome.Issue(code: code, offset: offset) }

/// Compiles and evaluates `source` with the given variables.
func run(
    _ source: String, _ bindings: [String: Value] = [:],
    lookups: any LookupProvider = EmptyLookupProvider(),
    in environment: ExpressionEnvironment = environment
) -> Outcome {
    switch environment.compile(source) {
    case .failure(let failure):
        return .issues(failure.issues.map { Outcome.Issue(code: $0.code, offset: $0.offset) })
    case .success(let compiled):
        var activation = Activation(environment: environment, lookups: lookups)
        for (name, value) in bindings { activation.set(name, value) }
        do {
            return .value(try compiled.evaluate(activation))
        } catch {
            return .error(error.code, error.offset)
        }
    }
}

/// The evaluation error itself, for tests that check its message.
func evaluationError(_ source: String, _ bindings: [String: Value] = [:]) -> EvaluationError? {
    guard case .success(let compiled) = environment.compile(source) else { return nil }
    var activation = Activation(environment: environment, lookups: EmptyLookupProvider())
    for (name, value) in bindings { activation.set(name, value) }
    do {
        _ = try compiled.evaluate(activation)
        return nil
    } catch {
        return error
    }
}

/// The compile issues of `source` (empty when it compiles).
func compileIssues(_ source: String, in environment: ExpressionEnvironment = environment) -> [ExpressionIssue] {
    if case .failure(let failure) = environment.compile(source) { return failure.issues }
    return []
}

// MARK: - Hand-built document nodes (the YAML loader is developed separately)

/// A YAML-like literal that builds `Node` trees: `["title": "x", "pages": [1, 2]]`.
/// Dictionary literals keep their written order, like a mapping in a file.
indirect enum Y: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByNilLiteral, ExpressibleByArrayLiteral,
    ExpressibleByDictionaryLiteral
{
    case scalar(Scalar)
    case sequence([Y])
    case mapping([(String, Y)])

    init(stringLiteral value: String) { self = .scalar(.string(value)) }
    init(integerLiteral value: Int64) { self = .scalar(.int(value)) }
    init(floatLiteral value: Double) { self = .scalar(.double(value)) }
    init(booleanLiteral value: Bool) { self = .scalar(.bool(value)) }
    init(nilLiteral: ()) { self = .scalar(.null) }
    init(arrayLiteral elements: Y...) { self = .sequence(elements) }
    init(dictionaryLiteral elements: (String, Y)...) { self = .mapping(elements) }

    var node: Node {
        let mark = Mark(line: 1, column: 1)
        switch self {
        case .scalar(let scalar):
            return Node(.scalar(scalar, .plain), mark: mark)
        case .sequence(let items):
            return Node(.sequence(items.map(\.node)), mark: mark)
        case .mapping(let pairs):
            var mapping = Mapping()
            for (key, value) in pairs {
                mapping.insert(Mapping.Entry(key: key, keyMark: mark, value: value.node))
            }
            return Node(.mapping(mapping), mark: mark)
        }
    }

    /// The value a document variable holds: `.mapping` or `.sequence` for collections. (Inside `Y`, plain `Value`
    /// is the dictionary-literal associated type, hence the qualified name.)
    var value: SaraptamaExpressions.Value { SaraptamaExpressions.Value(node: node) }
}

/// A document used across the evaluator tests.
let document: Value = Y.mapping([
    ("title", "Портал «Электронное правительство»"),
    ("version", 3),
    ("ratio", 0.5),
    ("approved", true),
    ("date", "2024-03-01"),
    ("nothing", nil),
    ("sections", [
        ["title": "Введение", "pages": 2],
        ["title": "Архитектура", "pages": 10],
    ]),
    ("tags", ["a", "b"]),
    ("meta", ["owner": "МЦРИАП", "code": "ABC-123"]),
]).value

// MARK: - Lookups

/// A provider over fixed data, indexed by normalized key like the engine's.
struct MockLookupProvider: LookupProvider {
    var catalogues: [String: [String: [Value]]] = [:]
    var architecture: [String: [String: [Value]]] = [:]

    init(catalogues: [String: [(String, Value)]], architecture: [String: [(String, Value)]]) {
        for (name, entries) in catalogues {
            for (key, value) in entries {
                self.catalogues[name, default: [:]][TextNormalization.key(key), default: []].append(value)
            }
        }
        for (name, entries) in architecture {
            for (key, value) in entries {
                self.architecture[name, default: [:]][TextNormalization.key(key), default: []].append(value)
            }
        }
    }

    func lookup(catalogue: String, key: String) -> [Value] { catalogues[catalogue]?[key] ?? [] }
    func architectureLookup(index: String, key: String) -> [Value] { architecture[index]?[key] ?? [] }
}

/// Answers with the exact catalogue and key it was asked for, to show what reaches providers.
struct EchoLookupProvider: LookupProvider {
    func lookup(catalogue: String, key: String) -> [Value] { [.string("\(catalogue):\(key)")] }
    func architectureLookup(index: String, key: String) -> [Value] { [.string("arch \(index):\(key)")] }
}
