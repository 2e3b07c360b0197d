import CYAML

extension YAMLLoader {
    /// Runs libyaml's event parser over `bytes` and only counts the events, deleting each one:
    /// the physical floor the benchmark compares loading against (nothing is converted, no tree
    /// is built). Returns nil when libyaml reports an error.
    public static func countEvents(bytes: [UInt8]) -> Int? {
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
        defer {
            parser.deallocate()
            event.deallocate()
        }
        guard yaml_parser_initialize(parser) == 1 else { return nil }
        defer { yaml_parser_delete(parser) }
        return bytes.withUnsafeBufferPointer { buffer -> Int? in
            yaml_parser_set_input_string(parser, buffer.baseAddress, buffer.count)
            var count = 0
            while true {
                guard yaml_parser_parse(parser, event) == 1 else { return nil }
                let done = event.pointee.type == YAML_STREAM_END_EVENT
                yaml_event_delete(event)
                count += 1
                if done { return count }
            }
        }
    }
}
