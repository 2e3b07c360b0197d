import Foundation
import SaraptamaLoading

/// A team's settings, kept in `saraptama.yaml` and found upward from the working folder (as
/// `.spectral.yaml` and `ruff.toml` are): the rule set, the architectures, the language, the
/// failing threshold, the waivers, the registry, and the organisation and signatories of issued
/// conclusions. A flag on the command line wins over the file; paths in the file are relative to
/// its folder.
public struct Configuration: Sendable, Equatable {
    /// The file's name.
    public static let fileName = "saraptama.yaml"
    /// The environment variable that names a configuration file instead of the search.
    public static let environmentKey = "SARAPTAMA_CONFIG"

    /// Where the settings were read from.
    public var file: String
    public var rules: String?
    public var architecture: String?
    public var language: Language?
    public var failOn: String?
    public var waivers: String?
    public var registry: String?
    /// The organisation and signatories; number, date and letter come from the command line.
    public var conclusion: ConclusionSettings
    /// What only `saraptama serve` reads.
    public var serve = ServeSettings()

    public init(file: String, rules: String? = nil, architecture: String? = nil, language: Language? = nil, failOn: String? = nil,
                waivers: String? = nil, registry: String? = nil, conclusion: ConclusionSettings = ConclusionSettings()) {
        self.file = file
        self.rules = rules
        self.architecture = architecture
        self.language = language
        self.failOn = failOn
        self.waivers = waivers
        self.registry = registry
        self.conclusion = conclusion
    }

    /// The configuration file that applies in `directory`: `SARAPTAMA_CONFIG` when set, else the
    /// first `saraptama.yaml` in `directory` or a folder above it; nil when there is none.
    public static func find(from directory: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let named = environment[environmentKey], !named.isEmpty { return named }
        var folder = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            let candidate = folder.appendingPathComponent(fileName).path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { return nil }
            folder = parent
        }
    }

    /// Reads the configuration file at `path`; every problem with its line and column.
    public static func load(path: String) throws(DiagnosticError) -> Configuration {
        try ConfigurationParser.parse(try YAMLLoader.load(file: path), file: path)
    }
}
