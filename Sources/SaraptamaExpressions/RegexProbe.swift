/// A pattern compiled as `matches` compiles it, for measuring the cost of one match from
/// outside the module (`saraptama bench --only regex`). Not for rules: they call `matches`.
public struct RegexProbe: Sendable {
    private let regex: CompiledRegex

    /// Nil when the pattern is not valid RE2 syntax.
    public init?(_ pattern: String) {
        guard case .success(let regex) = RegexSupport.compile(pattern) else { return nil }
        self.regex = regex
    }

    /// Whether the pattern matches somewhere in `text`; nil when the match limit ran out.
    public func matches(_ text: String) -> Bool? { regex.matches(text) }
}
