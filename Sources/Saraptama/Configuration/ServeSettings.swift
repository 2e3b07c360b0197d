/// The `serve:` section of `saraptama.yaml`: what only `saraptama serve` needs (where it listens,
/// its cookies and sessions, the bounds of a request). The rule set, architectures and registry
/// are the file's top-level settings, shared with every other command. Nil fields keep the
/// service's defaults.
public struct ServeSettings: Sendable, Equatable {
    public var host: String?
    /// 0 asks the system for any free port.
    public var port: Int?
    /// Cookies marked `Secure` (the proxy in front speaks HTTPS).
    public var secureCookies: Bool?
    public var sessionMinutes: Int?
    public var maxUploadMegabytes: Int?
    public var maxFiles: Int?
    public var requestTimeoutSeconds: Int?
    public var concurrentChecks: Int?
    public var checkWaitSeconds: Int?
    public var maxConnections: Int?

    public init() {}

    /// The keys of the section with what each holds, for the parser and the documentation.
    static let positiveKeys = [
        "session_minutes", "max_upload_mb", "max_files", "request_timeout_seconds", "concurrent_checks", "check_wait_seconds",
        "max_connections",
    ]

    mutating func set(_ key: String, _ value: Int) {
        switch key {
        case "session_minutes": sessionMinutes = value
        case "max_upload_mb": maxUploadMegabytes = value
        case "max_files": maxFiles = value
        case "request_timeout_seconds": requestTimeoutSeconds = value
        case "concurrent_checks": concurrentChecks = value
        case "check_wait_seconds": checkWaitSeconds = value
        case "max_connections": maxConnections = value
        default: preconditionFailure("not a key of serve: \(key)")
        }
    }
}
