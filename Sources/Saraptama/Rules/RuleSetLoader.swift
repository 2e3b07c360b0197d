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
///
/// `schema/document.schema.json`, also optional, is the document format (`DocumentSchema`).
public enum RuleSetLoader {
    static let dataFolders: Set<String> = ["reference", "architectures", "calendar", "extraction", "schema"]

    /// - Parameter optimizations: what the planner applies over every expression's plain plan
    ///   (all, unless SARAPTAMA_PLAIN_PLAN=1); the differential test loads the rules both ways.
    public static func load(directory: String, optimizations: PlanOptimizations = .standard) throws(DiagnosticError) -> RuleSet {
        let collector = DiagnosticCollector()
        guard InputFiles.isDirectory(directory) else {
            throw DiagnosticError([Diagnostic(code: "ruleset-not-found", template: "ruleset-not-found.directory", arguments: ["directory": directory], file: directory)])
        }
        let manifestPath = directory + "/ruleset.yaml"
        guard FileManager.default.fileExists(atPath: manifestPath) else {
            throw DiagnosticError([Diagnostic(code: "ruleset-not-found", template: "ruleset-not-found.manifest", arguments: ["directory": directory, "manifest": "ruleset.yaml"], file: manifestPath)])
        }
        // Every file is read and parsed up front, on every core: the YAML of the rules and the
        // compiling of their expressions are most of a cold start.
        let requirementsPath = directory + "/" + RequirementsParser.fileName
        let referencePaths = InputFiles.dataFiles(under: directory + "/reference")
        var packFiles: [(pack: String, path: String)] = []
        let packs = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        for pack in packs.sorted() where !dataFolders.contains(pack) && !pack.hasPrefix(".") {
            let packPath = directory + "/" + pack
            guard InputFiles.isDirectory(packPath) else { continue }
            packFiles += InputFiles.dataFiles(under: packPath).map { (pack, $0) }
        }
        let hasRequirements = FileManager.default.fileExists(atPath: requirementsPath)
        let questionsPath = directory + "/" + QuestionsParser.fileName
        let hasQuestions = FileManager.default.fileExists(atPath: questionsPath)
        let termsPath = directory + "/" + RenamedTerms.fileName
        let hasTerms = FileManager.default.fileExists(atPath: termsPath)
        // The document schema is read and parsed with the other files, just before the packs.
        let schemaPath = DocumentSchema.path(inRuleSet: directory)
        let hasSchema = FileManager.default.fileExists(atPath: schemaPath)
        let paths = [manifestPath] + referencePaths + (hasRequirements ? [requirementsPath] : []) + (hasQuestions ? [questionsPath] : [])
            + (hasTerms ? [termsPath] : []) + (hasSchema ? [schemaPath] : []) + packFiles.map(\.path)
        let catalogueRange = 1..<(1 + referencePaths.count)
        let files = parallelMap(paths.count) { RuleSetFile(path: paths[$0], isCatalogue: catalogueRange.contains($0)) }

        var sources: [SourceFile] = []
        var hashInput: [UInt8] = []
        for file in files {
            collector.append(contentsOf: file.diagnostics)
            guard let bytes = file.bytes else { continue }
            hashInput += Array(file.path.dropFirst(directory.count).utf8) + [0] + bytes + [0]
            sources.append(file.source!)
        }
        var next = files.makeIterator()
        let manifest = next.next()!.document.flatMap { ManifestParser(collector: collector).parse($0) }
        let editions = manifest?.editions ?? []
        var specs = manifest?.architectureIndexes ?? []

        var catalogues: [String: Catalogue] = [:]
        for path in referencePaths {
            let file = next.next()!
            collector.append(contentsOf: file.catalogueDiagnostics)
            guard let document = file.document, let catalogue = file.catalogue else { continue }
            if let existing = catalogues[catalogue.name] {
                collector.error("ref-duplicate-catalogue", template: "ref-duplicate-catalogue.file", ["name": catalogue.name, "file": existing.file], file: path, at: document.root.mark)
            }
            catalogues[catalogue.name] = catalogue
        }

        var documentEnvironment = ExpressionEnvironment(
            variables: RuleCompiler.variables, catalogues: Set(catalogues.keys), architectureIndexes: Set(specs.map(\.name)))
        var dossierDeclarations = ExpressionEnvironment(
            variables: RuleCompiler.dossierVariables, catalogues: documentEnvironment.catalogues,
            architectureIndexes: documentEnvironment.architectureIndexes)
        documentEnvironment.optimizations = optimizations
        dossierDeclarations.optimizations = optimizations
        let environment = documentEnvironment, dossierEnvironment = dossierDeclarations
        let editionsByName = Dictionary(editions.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        var requirements: Requirements?
        if hasRequirements, let document = next.next()!.document {
            requirements = RequirementsParser(editions: editionsByName, collector: collector).parse(document)
        }
        let questions = hasQuestions
            ? next.next()!.document.map { QuestionsParser(environment: environment, editions: editionsByName, collector: collector).parse($0) } ?? []
            : QuestionDefinition.fallback()
        let renamedTerms = hasTerms ? next.next()!.document.flatMap { RenamedTermsParser(editions: editionsByName, collector: collector).parse($0) } : nil
        if let renamedTerms { catalogues = catalogues.mapValues { $0.addingVariants(renamedTerms) } }
        for index in specs.indices { specs[index].renamedTerms = renamedTerms }

        // Each rule file compiles on its own (its own collector), in parallel; the results are
        // merged in file order, so rules and diagnostics come out as a sequential load gives them.
        let packDocuments = Array(files.suffix(packFiles.count))
        let packList = packFiles
        let compiled = parallelMap(packList.count) { index -> (rules: [Rule], diagnostics: [Diagnostic]) in
            guard let document = packDocuments[index].document else { return ([], []) }
            let fileCollector = DiagnosticCollector()
            let compiler = RuleCompiler(environment: environment, dossierEnvironment: dossierEnvironment, editions: editionsByName, questions: questions, collector: fileCollector)
            return (compiler.compileFile(document.root, source: document.source, pack: packList[index].pack), fileCollector.diagnostics)
        }
        var rules: [Rule] = []
        var ruleFiles: [(root: Node, file: String)] = []
        for (index, result) in compiled.enumerated() {
            rules += result.rules
            collector.append(contentsOf: result.diagnostics)
            if let document = packDocuments[index].document { ruleFiles.append((document.root, packFiles[index].path)) }
        }
        if let requirements {
            let references = RequirementReferences(requirements: requirements, collector: collector)
            for (root, file) in ruleFiles { references.check(ruleFile: root, file: file) }
        }
        // Architectures are part of what a rule set hash vouches for, but are loaded by `ArchitectureLibrary`.
        for path in InputFiles.dataFiles(under: directory + "/architectures") {
            if case .success(let bytes) = BoundedReader.contents(of: path, limit: LoadOptions().maxBytes) {
                hashInput += Array(path.dropFirst(directory.count).utf8) + [0] + bytes + [0]
            }
        }

        var documentSchema: DocumentSchema?
        if hasSchema, let document = files[paths.count - packFiles.count - 1].document {
            do { documentSchema = try DocumentSchema(document) } catch { collector.append(contentsOf: error.diagnostics) }
        }

        var firstByID: [String: Rule] = [:]
        for rule in rules {
            if let first = firstByID[rule.id] {
                collector.error("rule-duplicate-id", template: "rule-duplicate-id.place", ["id": rule.id, "place": "\(first.file):\(first.mark.line):\(first.mark.column)"], file: rule.file, at: rule.mark)
            } else {
                firstByID[rule.id] = rule
            }
        }
        // Statements read from the sentences of prose documents (Rules/extraction/README.md).
        var statements: [StatementPattern] = []
        var values = ValueVocabulary()
        var extraction: [LoadedDocument] = []
        for path in InputFiles.dataFiles(under: directory + "/extraction") {
            let file = RuleSetFile(path: path, isCatalogue: false)
            collector.append(contentsOf: file.diagnostics)
            guard let document = file.document else { continue }
            sources.append(document.source)
            hashInput += Array(path.dropFirst(directory.count).utf8) + [0] + (file.bytes ?? []) + [0]
            statements += StatementPatternParser(collector: collector).parse(document)
            ValueVocabulary.parse(document, into: &values, collector: collector)
            extraction.append(document)
        }
        // Which header texts name which column: the prose reader recognises tables with these.
        let tables = TableProfileParser(collector: collector).parse(extraction)
        if collector.hasErrors { throw DiagnosticError(collector.diagnostics) }
        var ruleSet = RuleSet(
            name: manifest?.name ?? "", version: manifest?.version ?? "", editions: editions,
            rules: rules.sorted { $0.id < $1.id }, requirements: requirements, questions: questions, renamedTerms: renamedTerms, reference: ReferenceData(catalogues: catalogues),
            architectureIndexes: specs, documentSchema: documentSchema, directory: directory, digest: LazyDigest(input: hashInput), sources: sources,
            environment: environment, dossierEnvironment: dossierEnvironment)
        ruleSet.statements = statements
        ruleSet.values = values
        ruleSet.tables = tables
        return ruleSet
    }
}

/// One file of a rule set, read and parsed (on any thread); a catalogue is also built there,
/// since building its indexes is as much work as reading it.
private struct RuleSetFile: Sendable {
    let path: String
    let bytes: [UInt8]?
    let source: SourceFile?
    let document: LoadedDocument?
    let diagnostics: [Diagnostic]
    private(set) var catalogue: Catalogue?
    private(set) var catalogueDiagnostics: [Diagnostic] = []

    init(path: String, isCatalogue: Bool) {
        self.path = path
        let limit = LoadOptions().maxBytes
        let bytes: [UInt8]
        switch BoundedReader.contents(of: path, limit: limit) {
        case .success(let read): bytes = read
        case .failure(let failure):
            self.bytes = nil
            source = nil
            document = nil
            diagnostics = [failure.diagnostic(file: path, limit: limit)]
            return
        }
        self.bytes = bytes
        do {
            let document = try YAMLLoader.load(bytes: bytes, path: path)
            self.document = document
            source = document.source
            diagnostics = []
        } catch {
            document = nil
            source = YAMLLoader.source(bytes: bytes, path: path)
            diagnostics = error.diagnostics
        }
        if isCatalogue, let document {
            let collector = DiagnosticCollector()
            catalogue = CatalogueParser(collector: collector).parse(document)
            catalogueDiagnostics = collector.diagnostics
        }
    }
}
