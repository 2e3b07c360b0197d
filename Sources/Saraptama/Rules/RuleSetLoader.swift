import Foundation
import SaraptamaExpressions
import SaraptamaLoading

/// Loads a rule-set directory: `ruleset.yaml` (the manifest), `requirements.yaml` (the
/// requirements rules implement), `reference/*.yaml` (catalogues), and every other folder as a
/// pack of rule files (`architectures/` holds approved architectures and is loaded separately).
/// Every problem of every file is collected before failing.
///
/// `requirements.yaml` is optional for the loader, so that small rule sets (tests, experiments)
/// load without it; when it is present, every `implements` id must be listed in it and active.
/// The shipped rule set has it, and `rules trace` needs it.
public enum RuleSetLoader {
    static let dataFolders: Set<String> = ["reference", "architectures", "calendar"]

    public static func load(directory: String) throws(DiagnosticError) -> RuleSet {
        let collector = DiagnosticCollector()
        var sources: [SourceFile] = []
        var hashInput: [UInt8] = []

        func loadFile(_ path: String) -> LoadedDocument? {
            guard let bytes = FileManager.default.contents(atPath: path) else {
                collector.error("io-unreadable", "cannot read the file", file: path, at: nil)
                return nil
            }
            hashInput += Array(path.dropFirst(directory.count).utf8) + [0] + Array(bytes) + [0]
            do {
                let document = try YAMLLoader.load(bytes: Array(bytes), path: path)
                sources.append(document.source)
                return document
            } catch {
                sources.append(YAMLLoader.source(bytes: Array(bytes), path: path))
                collector.append(contentsOf: error.diagnostics)
                return nil
            }
        }

        guard InputFiles.isDirectory(directory) else {
            throw DiagnosticError([Diagnostic(code: "ruleset-not-found", message: "no rule set directory at '\(directory)'", file: directory)])
        }
        let manifestPath = directory + "/ruleset.yaml"
        guard FileManager.default.fileExists(atPath: manifestPath) else {
            throw DiagnosticError([Diagnostic(code: "ruleset-not-found", message: "'\(directory)' has no ruleset.yaml manifest", file: manifestPath)])
        }
        let manifest = loadFile(manifestPath).flatMap { ManifestParser(collector: collector).parse($0) }
        let editions = manifest?.editions ?? []
        let specs = manifest?.architectureIndexes ?? []

        var catalogues: [String: Catalogue] = [:]
        for path in InputFiles.dataFiles(under: directory + "/reference") {
            guard let document = loadFile(path), let catalogue = CatalogueParser(collector: collector).parse(document) else { continue }
            if let existing = catalogues[catalogue.name] {
                collector.error("ref-duplicate-catalogue", "catalogue '\(catalogue.name)' is already defined in \(existing.file)", file: path, at: document.root.mark)
            }
            catalogues[catalogue.name] = catalogue
        }

        let environment = ExpressionEnvironment(
            variables: RuleCompiler.variables, catalogues: Set(catalogues.keys), architectureIndexes: Set(specs.map(\.name)))
        let compiler = RuleCompiler(
            environment: environment, editions: Dictionary(editions.map { ($0.name, $0.date) }, uniquingKeysWith: { a, _ in a }),
            collector: collector)
        var requirements: Requirements?
        let requirementsPath = directory + "/" + RequirementsParser.fileName
        if FileManager.default.fileExists(atPath: requirementsPath), let document = loadFile(requirementsPath) {
            requirements = RequirementsParser(collector: collector).parse(document)
        }

        var rules: [Rule] = []
        var ruleFiles: [(root: Node, file: String)] = []
        let packs = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for pack in packs.sorted() where !dataFolders.contains(pack) && !pack.hasPrefix(".") {
            let packPath = directory + "/" + pack
            guard InputFiles.isDirectory(packPath) else { continue }
            for path in InputFiles.dataFiles(under: packPath) {
                guard let document = loadFile(path) else { continue }
                rules += compiler.compileFile(document.root, source: document.source, pack: pack)
                ruleFiles.append((document.root, path))
            }
        }
        if let requirements {
            let references = RequirementReferences(requirements: requirements, collector: collector)
            for (root, file) in ruleFiles { references.check(ruleFile: root, file: file) }
        }
        // Architectures are part of what a rule set hash vouches for, but are loaded by `ArchitectureLibrary`.
        for path in InputFiles.dataFiles(under: directory + "/architectures") {
            if let bytes = FileManager.default.contents(atPath: path) {
                hashInput += Array(path.dropFirst(directory.count).utf8) + [0] + Array(bytes) + [0]
            }
        }

        var firstByID: [String: Rule] = [:]
        for rule in rules {
            if let first = firstByID[rule.id] {
                collector.error("rule-duplicate-id", "rule id '\(rule.id)' is already used at \(first.file):\(first.mark.line):\(first.mark.column)", file: rule.file, at: rule.mark)
            } else {
                firstByID[rule.id] = rule
            }
        }
        if collector.hasErrors { throw DiagnosticError(collector.diagnostics) }
        return RuleSet(
            name: manifest?.name ?? "", version: manifest?.version ?? "", editions: editions,
            rules: rules.sorted { $0.id < $1.id }, requirements: requirements, reference: ReferenceData(catalogues: catalogues),
            architectureIndexes: specs, directory: directory, hash: SHA256.hex(of: hashInput), sources: sources,
            environment: environment)
    }
}
