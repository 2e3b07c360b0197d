import Foundation
import SaraptamaLoading

/// The bounds every request is held to.
public struct ServiceLimits: Sendable {
    /// The largest request body (all files of an upload together).
    public var maximumUploadBytes = 20 * 1024 * 1024
    /// The most files in one upload (a dossier has three; a little room for annexes).
    public var maximumFiles = 8
    /// A connection idle this long is closed (slow clients cannot hold threads).
    public var requestTimeoutSeconds = 60
    /// Checks running at once; the others wait for a slot, up to `checkWaitSeconds`.
    public var concurrentChecks = max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// How long a check waits for a slot before the answer is 503 (busy).
    public var checkWaitSeconds = 30
    /// Open connections at once.
    public var maximumConnections = 256

    public init() {}
}

/// What `saraptama serve` runs with: the `serve:` section of `saraptama.yaml`, then the
/// command's flags over it.
///
/// The reader here is the server's own small one: when the project's `saraptama.yaml` loader
/// lands, the `serve:` section should move into it.
public struct ServiceConfiguration: Sendable {
    /// The address to listen on: localhost unless said otherwise (a reverse proxy sits in front).
    public var host = "127.0.0.1"
    public var port = 8080
    public var rules = "Rules"
    public var architectures: String?
    public var registry = "saraptama.db"
    /// Cookies marked `Secure`: on when the proxy in front speaks HTTPS.
    public var secureCookies = false
    /// How long a signed-in session lasts without use.
    public var sessionMinutes = 480
    public var limits = ServiceLimits()

    public init() {}

    /// Reads the `serve:` section of a `saraptama.yaml` over the defaults; a file without one
    /// gives the defaults. Unknown keys are errors, so a misspelt limit is not silently ignored.
    public static func load(file: String) throws(ServiceError) -> ServiceConfiguration {
        var configuration = ServiceConfiguration()
        let root: Node
        do { root = try YAMLLoader.load(file: file).root } catch {
            throw ServiceError("serve.bad-configuration", error.diagnostics.map { "\(file):\($0.mark.map { "\($0.line)" } ?? "?"): \($0.message)" }.joined(separator: "; "))
        }
        guard let section = root["serve"] else { return configuration }
        guard let fields = section.mapping else { throw ServiceError("serve.bad-configuration", "\(file): 'serve' must be a mapping") }
        for entry in fields.entries {
            let text = entry.value.string ?? entry.value.scalar.map(Self.text) ?? ""
            func number() throws(ServiceError) -> Int {
                guard let value = Int(text), value > 0 else {
                    throw ServiceError("serve.bad-configuration", "\(file):\(entry.keyMark.line): serve.\(entry.key) must be a positive whole number, not '\(text)'")
                }
                return value
            }
            switch entry.key {
            case "host": configuration.host = text
            case "port": configuration.port = try number()
            case "rules": configuration.rules = text
            case "architectures": configuration.architectures = text
            case "registry": configuration.registry = text
            case "secure_cookies": configuration.secureCookies = text == "true"
            case "session_minutes": configuration.sessionMinutes = try number()
            case "max_upload_mb": configuration.limits.maximumUploadBytes = try number() * 1024 * 1024
            case "max_files": configuration.limits.maximumFiles = try number()
            case "request_timeout_seconds": configuration.limits.requestTimeoutSeconds = try number()
            case "concurrent_checks": configuration.limits.concurrentChecks = try number()
            case "check_wait_seconds": configuration.limits.checkWaitSeconds = try number()
            case "max_connections": configuration.limits.maximumConnections = try number()
            default:
                throw ServiceError("serve.bad-configuration", "\(file):\(entry.keyMark.line): unknown key serve.\(entry.key)")
            }
        }
        return configuration
    }

    private static func text(_ scalar: Scalar) -> String {
        switch scalar {
        case .null: ""
        case .bool(let value): value ? "true" : "false"
        case .int(let value): String(value)
        case .double(let value): String(value)
        case .string(let value): value
        }
    }
}
