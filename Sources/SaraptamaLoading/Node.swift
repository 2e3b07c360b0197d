/// A resolved scalar value (YAML 1.2 core schema).
public enum Scalar: Sendable, Hashable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
}

/// How a scalar was written; kept so that positions inside a string can be mapped back to the
/// file (an expression inside a block scalar starts on the next line, a quoted one after the quote).
public enum ScalarStyle: Sendable, Hashable {
    case plain, singleQuoted, doubleQuoted, literal, folded
}

/// A node of a loaded YAML or JSON document, with its position in the file.
public struct Node: Sendable {
    /// One word: each case holds a single reference. A scalar is boxed (`indirect`), so that
    /// repeated values share one box (see `ScalarTable`); a sequence is its array and a mapping
    /// its storage, with no box of their own, which saves an allocation per collection.
    public enum Content: Sendable {
        indirect case scalar(Scalar, ScalarStyle)
        case sequence([Node])
        case mapping(Mapping)
    }

    public var content: Content
    /// Where the node starts.
    public var mark: Mark
    /// Where the node ends (just past its last character).
    public var end: Mark

    public init(_ content: Content, mark: Mark, end: Mark? = nil) {
        self.content = content
        self.mark = mark
        self.end = end ?? mark
    }

    /// The scalar value, or nil for a collection.
    public var scalar: Scalar? {
        if case .scalar(let value, _) = content { return value }
        return nil
    }

    /// The string value of a string scalar.
    public var string: String? {
        if case .scalar(.string(let value), _) = content { return value }
        return nil
    }

    public var sequence: [Node]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    public var mapping: Mapping? {
        if case .mapping(let mapping) = content { return mapping }
        return nil
    }

    /// The value under `key` when this node is a mapping.
    public subscript(key: String) -> Node? { mapping?[key] }

    /// A short name of the node's kind for messages: "mapping", "sequence", "string", ...
    /// `kindName` in words, as message arguments named `name.ru`, `name.kk`, `name.en`.
    public func kindArguments(_ name: String = "kind") -> [String: String] {
        let words: (String, String) = switch content {
        case .mapping: ("словарь", "сөздік")
        case .sequence: ("список", "тізім")
        case .scalar(let scalar, _):
            switch scalar {
            case .null: ("пустое значение", "бос мән")
            case .bool: ("логическое значение", "логикалық мән")
            case .int: ("целое число", "бүтін сан")
            case .double: ("дробное число", "бөлшек сан")
            case .string: ("строка", "жол")
            }
        }
        return DiagnosticCatalogue.localized(name, (words.0, words.1, kindName))
    }

    public var kindName: String {
        switch content {
        case .mapping: "mapping"
        case .sequence: "sequence"
        case .scalar(let scalar, _):
            switch scalar {
            case .null: "null"
            case .bool: "bool"
            case .int: "int"
            case .double: "double"
            case .string: "string"
            }
        }
    }
}
