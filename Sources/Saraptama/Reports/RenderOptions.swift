/// What a report needs besides the findings, passed in rather than read from the environment so
/// that golden files never hold a clock reading, an absolute path or a terminal's capabilities.
public struct RenderOptions: Sendable {
    /// How the text report is laid out.
    public enum TextStyle: Sendable {
        /// For experts: message, location, quoted line, basis, fix.
        case report
        /// For state bodies before submission (`saraptama lint`): the fix right under the message
        /// and a short, friendly summary.
        case lint
    }

    /// The version written into reports (`tool.version`, SARIF's driver version).
    public var toolVersion: String
    /// The date of the conclusion (`YYYY-MM-DD`) shown by the HTML conclusion; nil omits it.
    public var today: String?
    /// ANSI colours in the text report: only on a terminal, never with `NO_COLOR` (the CLI decides).
    public var colour: Bool
    public var textStyle: TextStyle
    /// The threshold the run fails on; the lint summary says what must be fixed against it.
    public var failOn: Severity?
    /// Where the rule set is published (a repository's web address), when it is: SARIF's
    /// `informationUri` and, with a rule's file appended, its `helpUri`. Nil (the default) leaves
    /// both out rather than point at an address nobody has confirmed.
    public var documentationURI: String?
    /// The organisation, number, letter and signatories of the issued conclusion.
    public var conclusion: ConclusionSettings = ConclusionSettings()

    /// Defaults suit a plain run: the current version, no date, no colour, report layout, fail on errors.
    public init(
        toolVersion: String = SaraptamaVersion.current, today: String? = nil, colour: Bool = false,
        textStyle: TextStyle = .report, failOn: Severity? = .error, documentationURI: String? = nil
    ) {
        self.toolVersion = toolVersion
        self.today = today
        self.colour = colour
        self.textStyle = textStyle
        self.failOn = failOn
        self.documentationURI = documentationURI
    }
}
