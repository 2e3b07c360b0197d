import Foundation

/// Finding input files on disk.
public enum InputFiles {
    static let dataExtensions: Set<String> = ["yaml", "yml", "json"]

    /// YAML and JSON files under `directory`, recursively, sorted by path so runs are reproducible.
    public static func dataFiles(under directory: String) -> [String] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: directory) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") { enumerator.skipDescendants(); continue }
            guard dataExtensions.contains((name as NSString).pathExtension.lowercased()) else { continue }
            let path = (directory as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue { files.append(path) }
        }
        return files.sorted()
    }

    /// Documents named on the command line: files as given; folders walked recursively, skipping
    /// the expectation files of `Cases/` (`expected*.yaml`) and anything under a `golden` folder.
    public static func documents(from paths: [String]) -> [String] {
        var result: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                result += dataFiles(under: path).filter { file in
                    let name = (file as NSString).lastPathComponent
                    return !name.hasPrefix("expected") && !file.contains("/golden/")
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
