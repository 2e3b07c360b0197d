/// A finished node with what the builder needs to know to attach it: what an anchor keeps, so
/// that an alias attaches a copy of it. (Nodes are handed to `attach` in these parts, not as a
/// `BuiltNode`, which made a copy of the node at each hand-over.)
struct BuiltNode {
    enum Key: Equatable {
        /// A scalar: keys are stored by their source text (`1` → "1", `~` → "~").
        case text(String)
        /// A plain, untagged `<<`.
        case merge
        /// A collection, which cannot be a key.
        case complex
        /// The placeholder for an undefined alias (already reported).
        case invalid
        /// A scalar built where no key can be: a bare scalar in key position becomes the key
        /// without a node, and without an anchor it is never reused as a key through an alias.
        case value
    }

    var node: Node
    /// Nodes in the materialised subtree, keys included; what one alias of it costs.
    var count: Int
    /// Collection levels in the subtree (0 for a scalar), so an alias can be checked against
    /// `maxDepth` at the depth where it is used.
    var height: Int
    var key: Key
}
