import SaraptamaLoading

/// A governed exception: an approved decision that one finding (rule, document, node path) is
/// accepted for a while. It names who approved it and why, expires on a date, and holds the
/// fingerprint of the content it was approved for — when that content changes, the waiver no
/// longer applies and the finding is reviewed again.
public struct Waiver: Sendable {
    /// The rule id, e.g. `DAT-001`.
    public let rule: String
    /// The document's id (`ТЗ-МЗ-2025-014`) or its path as given to `check`.
    public let document: String
    /// The finding's node path, e.g. `data.entities[0].attributes[0]`, in canonical form.
    public let path: String
    public let justification: String
    public let approvedBy: String
    /// The last day the waiver applies (days since 1970-01-01) and as written.
    public let expires: Int64
    public let expiresText: String
    /// The finding's fingerprint when the waiver was approved (32 hex digits).
    public let fingerprint: String
    /// Where the waiver is written, for notices about it.
    public let file: String
    public let mark: Mark

    /// A waiver as read from a waivers file (`WaiverFile`), or made by a tool.
    public init(
        rule: String, document: String, path: String, justification: String, approvedBy: String,
        expires: Int64, fingerprint: String, file: String, mark: Mark
    ) {
        self.rule = rule
        self.document = document
        self.path = path
        self.justification = justification
        self.approvedBy = approvedBy
        self.expires = expires
        self.expiresText = CalendarDay.format(expires)
        self.fingerprint = fingerprint
        self.file = file
        self.mark = mark
    }

    /// True on `day` when the waiver has not expired (it applies through its `expires` day).
    public func isInForce(on day: Int64) -> Bool { day <= expires }
}

/// A finding set apart by a waiver that applies: reported in its own section, never hidden,
/// and not counted toward the verdict or the exit code.
public struct WaivedFinding: Sendable {
    public let finding: Finding
    public let waiver: Waiver

    /// Pairs a finding with the waiver that applies to it.
    public init(finding: Finding, waiver: Waiver) {
        self.finding = finding
        self.waiver = waiver
    }
}
