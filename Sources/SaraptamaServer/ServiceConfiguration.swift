import Foundation
import Saraptama

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

/// What `saraptama serve` runs with: the settings of `saraptama.yaml` (the rule set,
/// architectures and registry every command shares, and its `serve:` section, read by the one
/// configuration parser of the project), then the command's flags over them.
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

    /// The defaults, with what `configuration` (a parsed `saraptama.yaml`) says over them.
    public init(_ configuration: Configuration?) {
        guard let configuration else { return }
        if let rules = configuration.rules { self.rules = rules }
        architectures = configuration.architecture
        if let registry = configuration.registry { self.registry = registry }
        let serve = configuration.serve
        if let host = serve.host { self.host = host }
        if let port = serve.port { self.port = port }
        if let secure = serve.secureCookies { secureCookies = secure }
        if let minutes = serve.sessionMinutes { sessionMinutes = minutes }
        if let megabytes = serve.maxUploadMegabytes { limits.maximumUploadBytes = megabytes * 1024 * 1024 }
        if let files = serve.maxFiles { limits.maximumFiles = files }
        if let seconds = serve.requestTimeoutSeconds { limits.requestTimeoutSeconds = seconds }
        if let checks = serve.concurrentChecks { limits.concurrentChecks = checks }
        if let seconds = serve.checkWaitSeconds { limits.checkWaitSeconds = seconds }
        if let connections = serve.maxConnections { limits.maximumConnections = connections }
    }
}
