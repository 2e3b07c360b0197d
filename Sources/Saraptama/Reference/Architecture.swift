import SaraptamaExpressions
import SaraptamaLoading

/// The approved architecture of one state body (activity, data, systems, infrastructure), as a
/// node tree with the indexes declared in `ruleset.yaml` (`architecture_indexes`).
public struct Architecture: Sendable {
    /// The state body id (`state_body.id`), which documents name in their header.
    public let bodyID: String
    public let root: Node
    public let file: String
    let indexes: [String: [LookupKey: [Value]]]

    init(bodyID: String, root: Node, file: String, specs: [IndexSpec]) {
        self.bodyID = bodyID
        self.root = root
        self.file = file
        var indexes: [String: [LookupKey: [Value]]] = [:]
        for spec in specs { indexes[spec.name] = spec.build(over: root) }
        self.indexes = indexes
    }
}

/// The approved architectures of every known state body, by body id.
public struct ArchitectureLibrary: Sendable {
    public private(set) var architectures: [String: Architecture] = [:]
    public let directory: String?
    /// What loading found incomplete but could mend (`arch-missing-name`: a name missing in a
    /// language, filled from another language or the id), for the caller to show.
    public private(set) var warnings: [Diagnostic] = []

    public init(directory: String? = nil, architectures: [Architecture] = [], warnings: [Diagnostic] = []) {
        self.directory = directory
        self.warnings = warnings
        for architecture in architectures { self.architectures[architecture.bodyID] = architecture }
    }

    public subscript(bodyID: String?) -> Architecture? {
        guard let bodyID else { return nil }
        return architectures[bodyID]
    }

    /// Loads every `*.yaml`/`*.json` file of `directory` (recursively); each file is one body.
    /// All problems (syntax, missing `state_body.id`, duplicate bodies) are collected.
    public static func load(directory: String, specs: [IndexSpec]) throws(DiagnosticError) -> ArchitectureLibrary {
        // Files are read and indexed on every core (a one-document check waits for all of
        // them), then merged in file order, so duplicates are reported as a sequential load would.
        let files = InputFiles.dataFiles(under: directory)
        let parsed = parallelMap(files.count) { index in ParsedArchitecture(file: files[index], specs: specs) }
        var problems: [Diagnostic] = []
        var warnings: [Diagnostic] = []
        var loaded: [Architecture] = []
        var firstFile: [String: String] = [:]
        for item in parsed {
            switch item {
            case .failed(let diagnostics):
                problems.append(contentsOf: diagnostics)
            case .loaded(let architecture, let mended):
                warnings.append(contentsOf: mended)
                if let other = firstFile[architecture.bodyID] {
                    problems.append(Diagnostic(code: "arch-duplicate-body", template: "arch-duplicate-body.other", arguments: ["body": architecture.bodyID, "other": "\(other)"], file: architecture.file, mark: architecture.root["state_body"]?.mark))
                    continue
                }
                firstFile[architecture.bodyID] = architecture.file
                loaded.append(architecture)
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems + warnings) }
        return ArchitectureLibrary(directory: directory, architectures: loaded, warnings: warnings)
    }

    /// An architecture given inline (rule examples).
    /// Its names are completed as a loaded file's are, without the warnings.
    static func inline(_ node: Node, file: String, specs: [IndexSpec]) -> Architecture {
        let root = ArchitectureNames.complete(node, file: file).root
        return Architecture(bodyID: root["state_body"]?["id"]?.string ?? "", root: root, file: file, specs: specs)
    }
}

/// One architecture file, read and indexed, or its problems.
private enum ParsedArchitecture: Sendable {
    case loaded(Architecture, warnings: [Diagnostic])
    case failed([Diagnostic])

    init(file: String, specs: [IndexSpec]) {
        do {
            let document = try YAMLLoader.load(file: file)
            guard let bodyID = document.root["state_body"]?["id"]?.string else {
                self = .failed([Diagnostic(code: "arch-missing-body", template: "arch-missing-body.id", arguments: ["key": "state_body.id"], file: file, mark: document.root.mark)])
                return
            }
            // Names missing in a language are filled in (and reported), so messages never fail on them.
            let (root, warnings) = ArchitectureNames.complete(document.root, file: file)
            self = .loaded(Architecture(bodyID: bodyID, root: root, file: file, specs: specs), warnings: warnings)
        } catch {
            self = .failed(error.diagnostics)
        }
    }
}
