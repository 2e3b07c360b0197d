import CYAML

/// Wraps libyaml's event parser. It owns the C parser, one reusable C event, and a private copy
/// of the input (libyaml keeps a pointer to it); all three are freed in `deinit`, and each event
/// is deleted when the next one is parsed, so C memory never outlives the parser.
final class YAMLEventParser {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let event: UnsafeMutablePointer<yaml_event_t>
    private let input: UnsafeMutableBufferPointer<UInt8>
    private let initialized: Bool
    /// Built on first use: only errors given as byte offsets and nodes with properties need it.
    private lazy var lineTable = LineTable(UnsafeBufferPointer(input))

    /// libyaml checks that `bytes` are valid UTF-8 as it reads them, so every value it hands back
    /// is valid UTF-8 (see `ScalarText`); the caller reports invalid input after a syntax error.
    init(bytes: [UInt8]) {
        input = .allocate(capacity: max(bytes.count, 1))
        _ = input.initialize(from: bytes)
        parser = .allocate(capacity: 1)
        event = .allocate(capacity: 1)
        event.initialize(to: yaml_event_t())
        initialized = yaml_parser_initialize(parser) == 1
        if initialized {
            yaml_parser_set_input_string(parser, input.baseAddress, bytes.count)
        }
    }

    deinit {
        yaml_event_delete(event)
        if initialized { yaml_parser_delete(parser) }
        parser.deallocate()
        event.deallocate()
        input.deallocate()
    }

    /// Moves to the next event and tells its kind; its details are read with the accessors
    /// below. After an error libyaml cannot continue, so callers stop at the first throw.
    ///
    /// The C event lives until the next call (or `deinit`): reading only the fields a kind has,
    /// when the builder needs them, cost much less than converting every event into one
    /// enum with a payload large enough for any kind.
    func next() throws(YAMLSyntaxError) -> YAMLEvent {
        // Deleting an event that is already deleted (zeroed), or was never filled, is a no-op.
        yaml_event_delete(event)
        guard initialized else { throw YAMLSyntaxError(message: "out of memory", mark: .start) }
        guard yaml_parser_parse(parser, event) == 1 else { throw syntaxError() }
        switch event.pointee.type {
        case YAML_SCALAR_EVENT: return .scalar
        case YAML_MAPPING_START_EVENT: return .mappingStart
        case YAML_MAPPING_END_EVENT: return .mappingEnd
        case YAML_SEQUENCE_START_EVENT: return .sequenceStart
        case YAML_SEQUENCE_END_EVENT: return .sequenceEnd
        case YAML_ALIAS_EVENT: return .alias
        case YAML_DOCUMENT_START_EVENT: return .documentStart
        case YAML_DOCUMENT_END_EVENT: return .documentEnd
        case YAML_STREAM_START_EVENT: return .streamStart
        default:
            // YAML_STREAM_END_EVENT; YAML_NO_EVENT is never returned by a successful parse.
            return .streamEnd
        }
    }

    /// Where the current event starts.
    var mark: Mark { Self.mark(event.pointee.start_mark) }

    /// Where the current event ends.
    var end: Mark { Self.mark(event.pointee.end_mark) }

    /// The anchor the current alias event refers to.
    var aliasAnchor: String { Self.string(event.pointee.data.alias.anchor) ?? "" }

    /// The bytes of the current scalar when it has neither anchor nor tag (its `mark` is then
    /// where its text starts), or nil. Valid until the next event: the builder looks them up in
    /// its `ScalarTable` before it makes a `String` of them.
    var bareScalarBytes: UnsafeBufferPointer<UInt8>? {
        let data = event.pointee.data.scalar
        guard data.anchor == nil, data.tag == nil else { return nil }
        return UnsafeBufferPointer(start: data.value, count: data.length)
    }

    /// The style of the current scalar.
    var scalarStyle: ScalarStyle { Self.style(event.pointee.data.scalar.style) }

    /// The current scalar event.
    func scalar() -> YAMLEvent.ScalarEvent {
        let data = event.pointee.data.scalar
        let mark = self.mark
        let end = self.end
        let value = ScalarText.string(data.value, count: data.length)
        let anchor = Self.string(data.anchor)
        let tag = Self.string(data.tag)
        let (tagMark, start) = properties(anchor: anchor, tag: tag, mark: mark, end: end)
        return .init(
            value: value, style: Self.style(data.style), anchor: anchor, tag: tag, tagMark: tagMark,
            mark: start, end: end)
    }

    /// The current sequence or mapping start event.
    func collectionStart() -> YAMLEvent.CollectionStart {
        if event.pointee.type == YAML_SEQUENCE_START_EVENT {
            let data = event.pointee.data.sequence_start
            return collection(
                anchor: Self.string(data.anchor), tag: Self.string(data.tag), mark: mark, end: end,
                flow: data.style == YAML_FLOW_SEQUENCE_STYLE)
        }
        let data = event.pointee.data.mapping_start
        return collection(
            anchor: Self.string(data.anchor), tag: Self.string(data.tag), mark: mark, end: end,
            flow: data.style == YAML_FLOW_MAPPING_STYLE)
    }

    private func collection(
        anchor: String?, tag: String?, mark: Mark, end: Mark, flow: Bool
    ) -> YAMLEvent.CollectionStart {
        let (tagMark, start) = properties(anchor: anchor, tag: tag, mark: mark, end: end)
        return .init(anchor: anchor, tag: tag, tagMark: tagMark, mark: start, end: end, flow: flow)
    }

    /// Where the tag and the content start; only scans the text when there are properties.
    private func properties(anchor: String?, tag: String?, mark: Mark, end: Mark) -> (Mark?, Mark) {
        guard anchor != nil || tag != nil else { return (nil, mark) }
        let result = PropertyScanner.scan(
            from: mark, limit: end, table: lineTable, bytes: UnsafeBufferPointer(input))
        return (result.tag ?? (tag != nil ? mark : nil), result.content)
    }

    private func syntaxError() -> YAMLSyntaxError {
        let state = parser.pointee
        var message = Self.string(state.problem) ?? "unknown error"
        switch state.error {
        case YAML_READER_ERROR:
            // Reader errors carry a byte offset into the input instead of a mark.
            if state.problem_value >= 0 {
                let hex = String(state.problem_value, radix: 16, uppercase: true)
                let padding = String(repeating: "0", count: max(0, 4 - hex.count))
                message += " (U+\(padding)\(hex))"
            }
            let offset = min(state.problem_offset, input.count)
            let mark = lineTable.mark(atByte: offset, in: UnsafeBufferPointer(input))
            return YAMLSyntaxError(message: message, mark: mark)
        case YAML_MEMORY_ERROR:
            return YAMLSyntaxError(message: "out of memory", mark: .start)
        default:
            let problem = message
            let context = Self.string(state.context)
            if let context {
                message += " (\(context) at \(Self.mark(state.context_mark)))"
            }
            let arguments = YAMLProblemText.arguments(problem: problem, context: context, contextMark: context == nil ? nil : Self.mark(state.context_mark))
            return YAMLSyntaxError(message: message, mark: Self.mark(state.problem_mark), said: arguments.map { LoadMessage("problem", $0) })
        }
    }

    /// libyaml's marks are 0-based and count characters; ours are 1-based.
    private static func mark(_ mark: yaml_mark_t) -> Mark {
        Mark(line: Int(mark.line) + 1, column: Int(mark.column) + 1, offset: Int(mark.index))
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String? {
        pointer.map { String(cString: $0) }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafePointer($0)) }
    }

    private static func style(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}
