/// The diagnostic codes of the loading stage, in one place so that they cannot drift apart.
/// The raw values are the stable, documented codes.
enum LoadCode: String {
    /// The file could not be read (the message carries the OS reason).
    case ioUnreadable = "io-unreadable"
    /// The input is larger than `LoadOptions.maxBytes`.
    case tooLarge = "yaml-too-large"
    /// The input is not valid UTF-8.
    case invalidUTF8 = "yaml-invalid-utf8"
    /// libyaml rejected the text (scanner, parser or reader error).
    case syntax = "yaml-syntax"
    /// Collections nest deeper than `LoadOptions.maxDepth`.
    case tooDeep = "yaml-too-deep"
    /// Aliases would materialise more nodes than `LoadOptions.maxAliasExpansion`.
    case aliasBudget = "yaml-alias-budget"
    /// An alias names an anchor that is not defined before it.
    case undefinedAlias = "yaml-undefined-alias"
    /// A mapping has the same key twice.
    case duplicateKey = "yaml-duplicate-key"
    /// A mapping key is a sequence or a mapping.
    case complexKey = "yaml-complex-key"
    /// A `<<` merge value is not a mapping or a list of mappings.
    case invalidMerge = "yaml-invalid-merge"
    /// A tag other than the core schema's ones.
    case unknownTag = "yaml-unknown-tag"
    /// A value that does not fit its explicit tag (`!!int abc`, `!!map` on a sequence, ...).
    case badTaggedValue = "yaml-bad-tagged-value"
    /// An integer outside the range of Int64.
    case intOverflow = "yaml-int-overflow"
    /// `load` was given a stream with more than one document.
    case multipleDocuments = "yaml-multiple-documents"
}

/// A message of the loading stage: the catalogue variant of the code and its arguments.
struct LoadMessage {
    let variant: String
    let arguments: [String: String]

    init(_ variant: String, _ arguments: [String: String] = [:]) {
        self.variant = variant
        self.arguments = arguments
    }
}

extension Diagnostic {
    /// An error of the loading stage, its message from the catalogue (`code.variant`).
    init(_ code: LoadCode, _ said: LoadMessage, file: String, mark: Mark?) {
        self.init(.error, code: code.rawValue, template: code.rawValue + "." + said.variant, arguments: said.arguments, file: file, mark: mark)
    }

    /// An error of the loading stage.
    init(_ code: LoadCode, _ message: String, file: String, mark: Mark?) {
        self.init(.error, code: code.rawValue, message: message, file: file, mark: mark)
    }
}
