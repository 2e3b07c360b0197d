import Foundation

/// Finding input files on disk.
public enum InputFiles {
    static let dataExtensions: Set<String> = ["yaml", "yml", "json"]
    /// Prose documents (see `ProseLoader`): only documents come in these, never rule files.
    static let proseExtensions: Set<String> = ["md", "markdown", "docx"]

    /// YAML and JSON files under `directory`, recursively, sorted by path so runs are reproducible.
    public static func dataFiles(under directory: String) -> [String] {
        files(under: directory, extensions: dataExtensions)
    }

    /// Files with one of `extensions` under `directory`, recursively, sorted by path.
    static func files(under directory: String, extensions: Set<String>) -> [String] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { enumerator.skipDescendants(); continue }
            guard extensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
            let path = (directory as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue { files.append(path) }
        }
        return files.sorted()
    }

    /// Documents named on the command line: files as given; folders walked recursively for YAML,
    /// JSON, Markdown and DOCX files, skipping the expectation files of `Cases/`
    /// (`expected*.yaml`), READMEs and anything under a `golden` folder.
    public static func documents(from paths: [String]) -> [String] {
        var result: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                result += files(under: path, extensions: dataExtensions.union(proseExtensions)).filter { file in
                    let name = (file as NSString).lastPathComponent
                    // A folder's README describes it; it is not a document.
                    if ["readme.md", "readme.markdown"].contains(name.lowercased()) { return false }
                    // A dossier manifest lists documents; it is not one (`check --dossier` reads it).
                    return !name.hasPrefix("expected") && name != "dossier.yaml" && !file.contains("/golden/")
                }
            } else {
                result.append(path)
            }
        }
        return result
    }

    public static func isDirectory(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
