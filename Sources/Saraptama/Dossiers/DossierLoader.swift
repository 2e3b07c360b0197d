import Foundation
import SaraptamaLoading

/// Loads a dossier from a folder (every document in it, or the documents its `dossier.yaml`
/// lists) or from a manifest file. Never throws: every problem is kept in the dossier, so the
/// documents that did load are still checked.
public enum DossierLoader {
    /// The manifest looked for in a dossier folder.
    public static let manifestName = "dossier.yaml"

    /// True for a folder that holds a `dossier.yaml` and for a file named `dossier.yaml`: paths
    /// `check` reads as dossiers without `--dossier`.
    public static func isDossier(path: String) -> Bool {
        if InputFiles.isDirectory(path) { return FileManager.default.fileExists(atPath: path + "/" + manifestName) }
        return (path as NSString).lastPathComponent == manifestName
    }

    /// - Parameter tables: the rule set's table profiles (`RuleSet.tables`), for its prose documents.
    /// - Parameter display: how a file's path is shown in reports (tests strip the checkout's
    ///   root so golden files do not depend on it).
    public static func load(path: String, options: LoadOptions = LoadOptions(), tables: TableProfiles?, display: @escaping (String) -> String = { $0 }) -> Dossier {
        if InputFiles.isDirectory(path) {
            let manifest = path + "/" + manifestName
            if FileManager.default.fileExists(atPath: manifest) { return loadManifest(manifest, options: options, tables: tables, display: display) }
            let files = InputFiles.documents(from: [path])
            let entries = files.map { ($0.hasPrefix(path + "/") ? String($0.dropFirst(path.count + 1)) : $0, $0, Mark?.none) }
            return assemble(path: display(path), manifest: nil, id: nil, title: nil, route: Dossier.defaultRoute, entries: entries, problems: [], options: options, tables: tables, display: display)
        }
        return loadManifest(path, options: options, tables: tables, display: display)
    }

    private static func loadManifest(_ realPath: String, options: LoadOptions, tables: TableProfiles?, display: (String) -> String) -> Dossier {
        let path = display(realPath)
        var problems: [Diagnostic] = []
        func problem(_ code: String, _ variant: String, _ arguments: [String: String], _ mark: Mark?) {
            problems.append(Diagnostic(code: code, template: code + "." + variant, arguments: arguments, file: path, mark: mark))
        }
        let root: Node
        do throws(DiagnosticError) {
            let bytes = try BoundedReader.read(realPath, limit: options.maxBytes, display: path)
            root = try YAMLLoader.load(bytes: bytes, path: path, options: options).root
        } catch {
            return Dossier(path: path, manifest: path, id: nil, title: nil, route: Dossier.defaultRoute, members: [], standalone: [], failed: [], problems: error.diagnostics)
        }
        guard let top = root.mapping else {
            problem("dossier-bad-manifest", "root", root.kindArguments(), root.mark)
            return Dossier(path: path, manifest: path, id: nil, title: nil, route: Dossier.defaultRoute, members: [], standalone: [], failed: [], problems: problems)
        }
        for entry in top.entries where !["dossier", "documents"].contains(entry.key) {
            problem("dossier-unknown-field", "manifest", ["key": entry.key], entry.keyMark)
        }
        var id: String?, title: String?, route = Dossier.defaultRoute
        if let header = top["dossier"] {
            if let fields = header.mapping {
                for entry in fields.entries {
                    switch entry.key {
                    case "id": id = entry.value.string ?? entry.value.scalar.map { "\($0)" }
                    case "title": title = entry.value.string
                    case "route": route = parseRoute(entry.value, problem: problem) ?? route
                    default: problem("dossier-unknown-field", "dossier", ["key": entry.key], entry.keyMark)
                    }
                }
            } else {
                problem("dossier-bad-manifest", "dossier", header.kindArguments(), header.mark)
            }
        }
        var entries: [(String, String, Mark?)] = []
        let folder = (realPath as NSString).deletingLastPathComponent
        if let list = top["documents"] {
            if let items = list.sequence {
                for item in items {
                    guard let entry = item.string, !entry.isEmpty else {
                        problem("dossier-bad-manifest", "item", item.kindArguments(), item.mark)
                        continue
                    }
                    let resolved = entry.hasPrefix("/") ? entry : normalized((folder.isEmpty ? "." : folder) + "/" + entry)
                    entries.append((entry, resolved, item.mark))
                }
            } else {
                problem("dossier-bad-manifest", "documents", list.kindArguments(), list.mark)
            }
        } else {
            problem("dossier-bad-manifest", "missing", [:], root.mark)
        }
        return assemble(path: path, manifest: path, id: id, title: title, route: route, entries: entries, problems: problems, options: options, tables: tables, display: display)
    }

    private static func parseRoute(_ node: Node, problem: (String, String, [String: String], Mark?) -> Void) -> [DocumentKind]? {
        guard let items = node.sequence else {
            problem("dossier-bad-manifest", "route", node.kindArguments(), node.mark)
            return nil
        }
        var kinds: [DocumentKind] = []
        for item in items {
            if let text = item.string, let kind = DocumentKind(rawValue: text) { kinds.append(kind) } else {
                let known = DocumentKind.allCases.map(\.rawValue)
                var arguments = SchemaWalk.suggestion(item.string.flatMap { Suggestion.closest(to: $0, among: known) })
                arguments["found"] = item.string ?? item.kindName
                arguments["kinds"] = known.joined(separator: ", ")
                problem("dossier-bad-kind", "route", arguments, item.mark)
            }
        }
        return kinds
    }

    /// Loads the listed documents; keeps one per kind (a second one is a problem, still
    /// checked on its own) and orders them IP, FEJ, TA.
    private static func assemble(
        path: String, manifest: String?, id: String?, title: String?, route: [DocumentKind],
        entries: [(entry: String, file: String, mark: Mark?)], problems: [Diagnostic], options: LoadOptions, tables: TableProfiles?, display: (String) -> String
    ) -> Dossier {
        var problems = problems
        var members: [Dossier.Member] = []
        var failed: [DocumentResult] = []
        var standalone: [Document] = []
        for (entry, file, mark) in entries {
            if manifest != nil, !FileManager.default.fileExists(atPath: file) {
                problems.append(Diagnostic(code: "dossier-missing-file", template: "dossier-missing-file.entry", arguments: ["entry": entry, "file": display(file)], file: manifest!, mark: mark))
                continue
            }
            let outcome = DocumentLoader.load(path: file, display: display(file), options: options, tables: tables)
            switch outcome {
            case .failed(let result): failed.append(result)
            case .loaded(let document):
                if let first = members.first(where: { $0.document.header.kind == document.header.kind }) {
                    let kind = document.header.kind.abbreviation
                    problems.append(Dossier.duplicateKind(document, first: first.document, abbreviation: kind))
                    standalone.append(document)
                    continue
                }
                members.append(Dossier.Member(entry: entry, document: document))
            }
        }
        if entries.isEmpty {
            problems.append(Diagnostic(code: "dossier-empty", template: "dossier-empty.lists", file: manifest ?? path, mark: nil))
        }
        members = Dossier.ordered(members)
        return Dossier(path: path, manifest: manifest, id: id, title: title, route: route, members: members, standalone: standalone, failed: failed, problems: problems)
    }

    /// `a/b/../c` → `a/c`, so reports name a listed document by a plain path.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." { parts.removeLast(); continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
    }
}

extension Dossier {
    /// `dossier-duplicate-kind`: a second document of a kind the dossier already has.
    static func duplicateKind(_ document: Document, first: Document, abbreviation: String) -> Diagnostic {
        var arguments = ["kind": abbreviation, "first": first.file]
        for language in [Language.ru, .kk] {
            arguments["kind." + language.rawValue] = ConclusionLabels(language: language).kind(document.header.kind)
        }
        return Diagnostic(
            code: "dossier-duplicate-kind", template: "dossier-duplicate-kind.first", arguments: arguments,
            file: document.file, mark: document.root["kind"]?.mark ?? document.root.mark)
    }
}
