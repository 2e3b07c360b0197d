import Foundation
#if canImport(Glibc)
    import Glibc
#endif

/// What `check` and `lint` find in the paths they are given, as users have them: folders of
/// cases with expected and golden files beside the documents, dossier folders, waivers, READMEs.
///
/// - A path named on the command line is taken as given: a file is a document (or, with
///   `dossierFolders`, a `dossier.yaml` a dossier manifest), a folder holding a `dossier.yaml` a
///   dossier, `-` standard input.
/// - A folder is walked recursively, in path order. A folder found there that holds a
///   `dossier.yaml` is a dossier (not walked further: its manifest says which documents belong
///   to it). A YAML, JSON, Markdown or DOCX file is a document when its header says so
///   (`DocumentSniffer`); other files are skipped, and so are files and folders whose name starts
///   with a dot.
/// - `exclude` globs (`fnmatch`) leave out files and folders of a walk: a glob without `/` is
///   matched against each name (`golden`, `*.md`), one with `/` against the path below the folder
///   walked (`*/golden/*`) and the path as shown.
///
/// Every skipped file is in `skipped`, with its reason; `notes` groups them for the terminal.
public struct InputDiscovery: Sendable {
    /// Why a file was left out.
    public enum Reason: Sendable, Hashable {
        /// A file of a document format whose header says it is something else.
        case notADocument(String)
        /// A file of another format (by extension, e.g. `.html`, `.csv`).
        case otherFormat(String)
        /// Left out by an `--exclude` glob (a file, or a whole folder).
        case excluded(String)
    }

    public struct Skipped: Sendable, Hashable {
        public let path: String
        public let reason: Reason
    }

    /// Document files, in the order found.
    public private(set) var documents: [String] = []
    /// Dossiers: folders holding a `dossier.yaml`, or manifests named on the command line.
    public private(set) var dossiers: [String] = []
    public private(set) var skipped: [Skipped] = []

    static let documentExtensions: Set<String> = ["yaml", "yml", "json", "md", "markdown", "docx"]

    /// - Parameters:
    ///   - dossierFolders: false reads a dossier folder as any folder (its documents checked one by
    ///     one, its manifest skipped), for commands that do not check dossiers.
    ///   - allDossiers: every path named is a dossier (`check --dossier`).
    public init(paths: [String], exclude: [String] = [], dossierFolders: Bool = true, allDossiers: Bool = false) {
        for path in paths {
            if allDossiers || (dossierFolders && DossierLoader.isDossier(path: path)) {
                dossiers.append(path)
            } else if path != "-", InputFiles.isDirectory(path) {
                walk(path, exclude: exclude, dossierFolders: dossierFolders)
            } else {
                documents.append(path)
            }
        }
    }

    private mutating func walk(_ root: String, exclude: [String], dossierFolders: Bool) {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: root) else { return }
        // Folders not to enter (hidden, excluded, dossiers) are skipped as they are met, so a
        // `.git` or an excluded tree is never listed; what is found is sorted afterwards.
        var documents: [String] = [], dossiers: [String] = [], skipped: [Skipped] = []
        while let relative = enumerator.nextObject() as? String {
            let path = (root as NSString).appendingPathComponent(relative)
            let name = (relative as NSString).lastPathComponent
            let isFolder = InputFiles.isDirectory(path)
            if name.hasPrefix(".") {
                if isFolder { enumerator.skipDescendants() }
                continue
            }
            if let glob = exclude.first(where: { Self.matches($0, relative: relative, path: path) }) {
                if isFolder { enumerator.skipDescendants() }
                skipped.append(Skipped(path: path, reason: .excluded(glob)))
                continue
            }
            if isFolder {
                if dossierFolders, manager.fileExists(atPath: path + "/" + DossierLoader.manifestName) {
                    dossiers.append(path)
                    enumerator.skipDescendants()
                }
                continue
            }
            let ext = (name as NSString).pathExtension.lowercased()
            guard Self.documentExtensions.contains(ext) else {
                skipped.append(Skipped(path: path, reason: .otherFormat(ext.isEmpty ? "(none)" : "." + ext)))
                continue
            }
            switch DocumentSniffer.classify(file: path) {
            case .document: documents.append(path)
            case .notADocument(let why): skipped.append(Skipped(path: path, reason: .notADocument(why)))
            }
        }
        self.documents += documents.sorted()
        self.dossiers += dossiers.sorted()
        self.skipped += skipped.sorted { $0.path < $1.path }
    }

    /// True when `glob` matches a name along `relative`, or (with a `/`) the relative or shown path.
    static func matches(_ glob: String, relative: String, path: String) -> Bool {
        if glob.contains("/") { return fnmatch(glob, relative, 0) == 0 || fnmatch(glob, path, 0) == 0 }
        return fnmatch(glob, (relative as NSString).lastPathComponent, 0) == 0
    }
}
