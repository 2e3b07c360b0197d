/// Turns parse events into `Node` trees: resolves scalars, keeps mapping order, resolves
/// anchors, aliases and `<<` merge keys, and enforces the guards of `LoadOptions`.
///
/// Open collections live on an explicit stack rather than the Swift call stack, so a hostile
/// nesting depth is caught by `maxDepth` and can never overflow the stack. Problems that leave
/// the tree meaningful (duplicate keys, bad tags, ...) are collected and building goes on, so
/// one run reports all of them; problems that would cost unbounded memory or time (depth, alias
/// budget) and syntax errors (libyaml cannot continue) stop the build.
struct NodeBuilder: ~Copyable {
    private let options: LoadOptions
    private let path: String
    /// Every problem found so far, in all documents of the stream.
    private(set) var diagnostics: [Diagnostic] = []
    /// Nodes materialised through aliases so far. Shared by all documents of the stream so that
    /// splitting a "billion laughs" over many small documents does not escape the budget.
    private var aliasExpansion = 0
    private var anchors: [String: BuiltNode] = [:]
    private var stack = BuilderStack<BuilderFrame>(capacity: 16)
    /// Children of the open sequences and entries of the open mappings (see `BuilderFrame`).
    private var items = BuilderStack<Node>()
    private var entries = BuilderStack<Mapping.Entry>()
    private var root: Node?
    /// Short scalars seen in this stream (and, with a `ScalarMemo`, in earlier loads), with
    /// their strings and resolved contents.
    private var table: ScalarTable

    /// Thrown internally after a problem that stops the build (already recorded).
    private struct Stop: Error {}

    init(options: LoadOptions, path: String, table: consuming ScalarTable) {
        self.options = options
        self.path = path
        self.table = table
    }

    /// The scalar table, to be carried to the next load; ends the builder.
    consuming func finish() -> ScalarTable { table }

    /// Builds one document from the events after its document start up to its document end.
    /// Returns nil when building had to stop; the reason is in `diagnostics`.
    mutating func document(from parser: YAMLEventParser) -> Node? {
        // Anchors are scoped to their document.
        anchors = [:]
        stack.removeAll()
        items.removeAll()
        entries.removeAll()
        root = nil
        do throws(Stop) {
            while true {
                let event: YAMLEvent
                do {
                    event = try parser.next()
                } catch {
                    if let said = error.said { report(.syntax, said, at: error.mark) } else { report(.syntax, error.message, at: error.mark) }
                    throw Stop()
                }
                if event == .documentEnd {
                    return root ?? Node(.scalar(.null, .plain), mark: parser.mark)
                }
                try handle(event, from: parser)
            }
        } catch {
            return nil
        }
    }

    /// Records a problem in this builder's file.
    mutating func report(_ code: LoadCode, _ message: String, at mark: Mark?) {
        diagnostics.append(Diagnostic(code, message, file: path, mark: mark))
    }

    mutating func report(_ code: LoadCode, _ said: LoadMessage, at mark: Mark?) {
        diagnostics.append(Diagnostic(code, said, file: path, mark: mark))
    }

    // MARK: - Events

    private mutating func handle(_ event: YAMLEvent, from parser: YAMLEventParser) throws(Stop) {
        switch event {
        case .scalar:
            if let bytes = parser.bareScalarBytes, bytes.count <= ScalarTable.maxLength {
                bareScalar(bytes, style: parser.scalarStyle, mark: parser.mark, end: parser.end)
            } else {
                scalar(parser.scalar())
            }
        case .alias: try alias(parser.aliasAnchor, mark: parser.mark, end: parser.end)
        case .sequenceStart: try open(parser.collectionStart(), mapping: false)
        case .mappingStart: try open(parser.collectionStart(), mapping: true)
        case .sequenceEnd, .mappingEnd: close(end: parser.end)
        case .streamStart, .streamEnd, .documentStart, .documentEnd: break
        }
    }

    private mutating func scalar(_ event: consuming YAMLEvent.ScalarEvent) {
        // The length first: comparing strings costs a call, and almost no scalar is 2 bytes.
        let isMerge =
            event.style == .plain && event.tag == nil && event.value.utf8.count == 2 && event.value == "<<"
        if event.anchor == nil, isKeyPosition {
            // Keys are stored by their text, so most keys need neither resolving nor a node (half
            // of all scalars are keys); a tag is still checked.
            if event.tag != nil { _ = resolve(event, isKey: true) }
            let top = stack.count - 1
            account(in: top, count: 1, height: 0, end: event.end)
            stack[top].state.pending = isMerge ? .merge : .key(event.value, KeyDigest(event.value), event.mark)
            return
        }
        let node = Node(.scalar(resolve(event, isKey: isKeyPosition), event.style), mark: event.mark, end: event.end)
        let key: BuiltNode.Key = isMerge ? .merge : .text(event.value)
        if let anchor = event.anchor { anchors[anchor] = BuiltNode(node: node, count: 1, height: 0, key: key) }
        attach(consume node, count: 1, height: 0, key: key)
    }

    /// A short scalar without anchor or tag (most of them): its string and content come from
    /// the table, made only the first time the text is seen. Behaves exactly as `scalar(_:)`.
    /// The most UTF-8 bytes a String stores inline, without an allocation.
    private static let smallStringCapacity = 15

    private mutating func bareScalar(
        _ bytes: UnsafeBufferPointer<UInt8>, style: ScalarStyle, mark: Mark, end: Mark
    ) {
        if isKeyPosition {
            let isMerge = style == .plain && bytes.count == 2 && bytes[0] == 0x3C && bytes[1] == 0x3C
            let top = stack.count - 1
            account(in: top, count: 1, height: 0, end: end)
            if isMerge {
                stack[top].state.pending = .merge
            } else {
                // A key needs only its text. One of up to 15 bytes is a small string, stored
                // inline, so making it costs less than finding it in the table; longer keys are
                // shared through the table, one allocation per distinct key.
                let text = bytes.count <= Self.smallStringCapacity
                    ? ScalarText.string(bytes.baseAddress, count: bytes.count)
                    : table.entry(bytes, style: style).map { table.text($0) } ?? ScalarText.string(bytes.baseAddress, count: bytes.count)
                stack[top].state.pending = .key(text, KeyDigest(bytes), mark)
            }
            return
        }
        let slot = table.entry(bytes, style: style)
        let content: Node.Content
        if let slot, let known = table.content(slot) {
            content = known
        } else {
            let text = slot.map { table.text($0) } ?? ScalarText.string(bytes.baseAddress, count: bytes.count)
            switch ScalarResolver.resolve(text, style: style, tag: nil) {
            case .value(let resolved):
                content = .scalar(resolved, style)
                if let slot { table.setContent(content, at: slot) }
            case .failure(let code, let message):
                report(code, message, at: mark)
                content = .scalar(.string(text), style)
            }
        }
        attach(Node(consume content, mark: mark, end: end), count: 1, height: 0, key: .value)
    }

    /// The scalar's value; a problem is reported and the text is kept as a string.
    private mutating func resolve(_ event: YAMLEvent.ScalarEvent, isKey: Bool) -> Scalar {
        switch ScalarResolver.resolve(event.value, style: event.style, tag: event.tag) {
        case .value(let resolved):
            return resolved
        case .failure(.intOverflow, _) where isKey:
            // Keys are stored by their text, so a huge number is a fine key.
            break
        case .failure(let code, let message):
            report(code, message, at: code == .unknownTag ? event.tagMark ?? event.mark : event.mark)
        }
        return .string(event.value)
    }

    private mutating func alias(_ name: String, mark: Mark, end: Mark) throws(Stop) {
        guard let anchored = anchors[name] else {
            report(.undefinedAlias, LoadMessage("name", ["name": name]), at: mark)
            // A placeholder keeps the structure consistent so that later problems are found.
            let placeholder = Node(.scalar(.null, .plain), mark: mark, end: end)
            attach(placeholder, count: 1, height: 0, key: .invalid)
            return
        }
        // Checked before the copy is attached: the budget protects whoever walks the tree later,
        // since copies share storage and cost little here.
        aliasExpansion = Self.add(aliasExpansion, anchored.count)
        if aliasExpansion > options.maxAliasExpansion {
            report(
                .aliasBudget,
                LoadMessage("alias", ["name": name, "limit": "\(options.maxAliasExpansion)", "limitName": "LoadOptions.maxAliasExpansion"]), at: mark)
            throw Stop()
        }
        if stack.count + anchored.height > options.maxDepth {
            report(.tooDeep, LoadMessage("alias", ["name": name, "limit": "\(options.maxDepth)", "limitName": "LoadOptions.maxDepth"]), at: mark)
            throw Stop()
        }
        // The copy keeps the anchored node's positions, so that positions inside strings still
        // map to the text they came from; the enclosing collection ends at the alias, though.
        attach(anchored.node, count: anchored.count, height: anchored.height, key: anchored.key, end: end)
    }

    private mutating func open(_ start: YAMLEvent.CollectionStart, mapping: Bool) throws(Stop) {
        if stack.count + 1 > options.maxDepth {
            report(.tooDeep, LoadMessage("collection", ["limit": "\(options.maxDepth)", "limitName": "LoadOptions.maxDepth"]), at: start.mark)
            throw Stop()
        }
        if let tag = start.tag {
            checkCollectionTag(tag, mapping: mapping, at: start.tagMark ?? start.mark)
        }
        stack.append(
            BuilderFrame(
                mark: start.mark, lastEnd: start.end, flow: start.flow, anchor: start.anchor,
                isMapping: mapping, firstChild: mapping ? entries.count : items.count))
    }

    private mutating func close(end: Mark) {
        // The frame is read where it is and destroyed there: moved out whole, it was copied.
        let top = stack.count - 1
        let content: Node.Content
        if stack[top].isMapping {
            let index = stack[top].state.keyIndex
            let explicit = entries.moveTail(from: stack[top].firstChild) { source, count in
                Mapping(movingUniqueEntries: source, count: count, index: index)
            }
            // Most mappings merge nothing: the explicit one is moved in, where `merged` copied
            // the mapping state and the mapping to hand it back unchanged.
            content = .mapping(stack[top].state.merges.isEmpty ? explicit : stack[top].state.merged(explicit))
        } else {
            content = .sequence(items.removeTail(from: stack[top].firstChild))
        }
        // libyaml ends a block collection where the next token starts (possibly lines later);
        // the collection really ends with its last child.
        let node = Node(consume content, mark: stack[top].mark, end: stack[top].flow ? end : stack[top].lastEnd)
        let (count, height) = (stack[top].count, stack[top].height)
        if let anchor = stack[top].anchor { anchors[anchor] = BuiltNode(node: node, count: count, height: height, key: .complex) }
        stack.dropLast()
        attach(consume node, count: count, height: height, key: .complex)
    }

    private mutating func checkCollectionTag(_ tag: String, mapping: Bool, at mark: Mark) {
        let expected = ScalarResolver.corePrefix + (mapping ? "map" : "seq")
        guard tag != "!", tag != expected else { return }
        let core = ["str", "int", "float", "bool", "null", "map", "seq"]
        if tag.hasPrefix(ScalarResolver.corePrefix),
            core.contains(String(tag.dropFirst(ScalarResolver.corePrefix.count)))
        {
            let kind = mapping ? ("словарь", "сөздік", "mapping") : ("список", "тізім", "sequence")
            var arguments = DiagnosticCatalogue.localized("kind", kind)
            arguments["tag"] = ScalarResolver.display(tag: tag)
            report(.badTaggedValue, LoadMessage("collection", arguments), at: mark)
        } else {
            report(.unknownTag, ScalarResolver.unknownTagMessage(tag), at: mark)
        }
    }

    // MARK: - Attaching children

    /// True when the next node completes a key of the innermost open mapping.
    private var isKeyPosition: Bool {
        // Runs once per scalar: read in place rather than binding the frame or its mapping
        // state to a local, which may copy (retain and release) their storage.
        let top = stack.count - 1
        guard top >= 0, stack[top].isMapping else { return false }
        return stack[top].state.pending == nil
    }

    /// Adds a finished node to the innermost open collection (or makes it the root); `end` is
    /// where its text ends when that is not `node.end` (an alias). The node is handed over in
    /// parts, not as a `BuiltNode`: reading the node out of one copied it (a retain) and released
    /// the rest after, two atomic operations for every node loaded.
    private mutating func attach(
        _ node: consuming Node, count: Int, height: Int, key builtKey: BuiltNode.Key, end: Mark? = nil
    ) {
        guard !stack.isEmpty else {
            root = node
            return
        }
        let top = stack.count - 1
        account(in: top, count: count, height: height, end: end ?? node.end)
        guard stack[top].isMapping else {
            items.append(node)
            return
        }
        // Taken out, not read: the pending key's text moves into the entry instead of being
        // copied there and released with the pending state.
        switch stack[top].state.pending.take() {
        case nil:
            stack[top].state.pending = key(builtKey, of: node)
        case .key(let key, let digest, let keyMark):
            if let first = earlierEntry(key, digest: digest, in: top) {
                let line = entries[first].keyMark.line
                report(.duplicateKey, LoadMessage("key", ["key": key, "line": "\(line)"]), at: keyMark)
            } else {
                entries.append(Mapping.Entry(key: key, digest: digest, keyMark: keyMark, value: node))
                indexLastEntry(in: top)
            }
        case .merge:
            if builtKey != .invalid, let sources = mergeSources(node) {
                stack[top].state.addMerge(sources, explicitCount: entries.count - stack[top].firstChild)
            }
        case .discard:
            break
        }
    }

    /// The position on the entry stack of the open mapping's entry with `key`, if any. Small
    /// mappings are scanned (cheaper than hashing); large ones have a key index.
    private func earlierEntry(_ key: String, digest: KeyDigest, in top: Int) -> Int? {
        let first = stack[top].firstChild
        if stack[top].state.keyIndex != nil {
            return stack[top].state.keyIndex![key].map { first + $0 }
        }
        // Digests first: most keys differ in them, and comparing strings costs a call.
        for position in first..<entries.count where entries[position].digest == digest && entries[position].key == key {
            return position
        }
        return nil
    }

    /// Keeps the key index of the open mapping in step with its entries, building it when the
    /// mapping grows past `Mapping.indexThreshold` (where `Mapping.insert` would build it).
    private mutating func indexLastEntry(in top: Int) {
        let first = stack[top].firstChild
        let size = entries.count - first
        if stack[top].state.keyIndex != nil {
            stack[top].state.keyIndex![entries[entries.count - 1].key] = size - 1
        } else if size > Mapping.indexThreshold {
            var index: [String: Int] = [:]
            index.reserveCapacity(size * 2)
            for position in first..<entries.count { index[entries[position].key] = position - first }
            stack[top].state.keyIndex = index
        }
    }

    /// Adds a finished child's size to the open collection at `top`.
    private mutating func account(in top: Int, count: Int, height: Int, end: Mark) {
        stack[top].count = Self.add(stack[top].count, count)
        stack[top].height = max(stack[top].height, height + 1)
        stack[top].lastEnd = end
    }

    /// What to do with the value that follows a key that is not a plain scalar key.
    private mutating func key(_ key: BuiltNode.Key, of node: borrowing Node) -> MappingState.Pending {
        switch key {
        case .text(let key):
            return .key(key, KeyDigest(key), node.mark)
        case .merge:
            return .merge
        case .complex:
            report(.complexKey, LoadMessage("kind", node.kindArguments()), at: node.mark)
            return .discard
        case .invalid:
            return .discard
        case .value:
            // A bare scalar is built only where a value goes (see `bareScalar`).
            assertionFailure("a bare scalar value in key position")
            return .discard
        }
    }

    /// The mappings a `<<` value merges in, or nil (reported) when it is not mergeable.
    private mutating func mergeSources(_ value: Node) -> [Mapping]? {
        switch value.content {
        case .mapping(let mapping):
            return [mapping]
        case .sequence(let items):
            var sources: [Mapping] = []
            for item in items {
                if let mapping = item.mapping {
                    sources.append(mapping)
                } else {
                    report(
                        .invalidMerge, LoadMessage("list", item.kindArguments()),
                        at: item.mark)
                }
            }
            return sources.count == items.count ? sources : nil
        case .scalar:
            report(
                .invalidMerge,
                LoadMessage("value", value.kindArguments()),
                at: value.mark)
            return nil
        }
    }

    private static func add(_ lhs: Int, _ rhs: Int) -> Int {
        let (sum, overflow) = lhs.addingReportingOverflow(rhs)
        return overflow ? .max : sum
    }
}
