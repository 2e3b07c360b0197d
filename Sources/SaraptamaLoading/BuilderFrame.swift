/// An open collection on the builder's stack.
struct BuilderFrame {
    var mark: Mark
    /// End of the last child so far (the end of a block collection).
    var lastEnd: Mark
    var flow: Bool
    var anchor: String?
    var count = 1
    var height = 1
    /// Children of a sequence.
    var items: [Node] = []
    /// The state of a mapping; nil for a sequence.
    var mapping: MappingState?
    let isMapping: Bool

    init(mark: Mark, lastEnd: Mark, flow: Bool, anchor: String?, mapping: MappingState?) {
        self.mark = mark
        self.lastEnd = lastEnd
        self.flow = flow
        self.anchor = anchor
        self.mapping = mapping
        self.isMapping = mapping != nil
    }
}
