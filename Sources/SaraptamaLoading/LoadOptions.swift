/// Limits applied while loading a YAML or JSON document. They exist so that a hostile or broken
/// input fails fast with a clear diagnostic instead of exhausting memory or the stack.
public struct LoadOptions: Sendable {
    /// Largest accepted input, in bytes (default 16 MiB). Larger inputs fail with `yaml-too-large`
    /// before any parsing.
    public var maxBytes: Int
    /// Deepest accepted nesting of collections (default 128). Deeper documents fail with
    /// `yaml-too-deep`; aliased subtrees count at the depth where they are used.
    public var maxDepth: Int
    /// Most nodes that may be materialised through aliases in one load call, in total
    /// (default 100 000). Exceeding it fails with `yaml-alias-budget` ("billion laughs").
    public var maxAliasExpansion: Int

    /// The defaults suit documents written by people; raise them for generated data.
    public init(maxBytes: Int = 16 << 20, maxDepth: Int = 128, maxAliasExpansion: Int = 100_000) {
        self.maxBytes = maxBytes
        self.maxDepth = maxDepth
        self.maxAliasExpansion = maxAliasExpansion
    }
}
