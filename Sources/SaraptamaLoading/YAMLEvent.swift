/// The kind of a parse event, as `YAMLEventParser.next()` reports it; the details of a scalar or
/// a collection start are converted from libyaml's `yaml_event_t` into the Swift values below
/// on request. Marks are 1-based; for a node with an anchor or a tag, `mark` is where its
/// content starts and `tagMark` where the tag is written.
enum YAMLEvent {
    struct ScalarEvent {
        var value: String
        var style: ScalarStyle
        var anchor: String?
        /// The resolved tag (`!!int` arrives as `tag:yaml.org,2002:int`), or nil when untagged.
        var tag: String?
        var tagMark: Mark?
        var mark: Mark
        var end: Mark
    }

    struct CollectionStart {
        var anchor: String?
        var tag: String?
        var tagMark: Mark?
        var mark: Mark
        var end: Mark
        /// `[...]` / `{...}` rather than block style; block collections end where their last
        /// child ends, not where libyaml sees the next token.
        var flow: Bool
    }

    case streamStart
    case streamEnd
    case documentStart
    case documentEnd
    case alias
    case scalar
    case sequenceStart
    case sequenceEnd
    case mappingStart
    case mappingEnd
}

/// A problem reported by libyaml (reader, scanner or parser); libyaml stops at the first one.
struct YAMLSyntaxError: Error {
    var message: String
    var mark: Mark
    /// The message from the catalogue when libyaml's phrases are known (`YAMLProblemText`).
    var said: LoadMessage? = nil
}
