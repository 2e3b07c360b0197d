/// An open collection on the builder's stack. Its children wait on the builder's child stacks
/// (items for a sequence, entries for a mapping) from `firstChild` on.
///
/// Not copyable: a frame is built once, straight onto the stack, and read and destroyed there.
/// As a copyable value it was built in a temporary and copied onto the stack (a retain or
/// release of each of its references, for every collection of a document).
struct BuilderFrame: ~Copyable {
    var mark: Mark
    /// End of the last child so far (the end of a block collection).
    var lastEnd: Mark
    var flow: Bool
    let isMapping: Bool
    var anchor: String?
    var count = 1
    var height = 1
    /// Where this collection's children start on the child stack of its kind.
    let firstChild: Int
    /// The state of a mapping (unused for a sequence).
    var state = MappingState()

    init(mark: Mark, lastEnd: Mark, flow: Bool, anchor: String?, isMapping: Bool, firstChild: Int) {
        self.mark = mark
        self.lastEnd = lastEnd
        self.flow = flow
        self.anchor = anchor
        self.isMapping = isMapping
        self.firstChild = firstChild
    }
}
