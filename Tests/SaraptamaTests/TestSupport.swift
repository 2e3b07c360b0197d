import Foundation
import SaraptamaLoading
@testable import Saraptama

/// Paths of the repository, found from this file so tests run from any working directory.
enum Repository {
    static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    static var rules: String { root + "/Rules" }
    static var cases: String { root + "/Cases" }

    /// The shipped rule set and architectures, loaded once for all tests.
    static let engine: Engine = {
        do {
            let ruleSet = try RuleSetLoader.load(directory: rules)
            let architectures = try ArchitectureLibrary.load(directory: ruleSet.defaultArchitectureDirectory, specs: ruleSet.architectureIndexes)
            return Engine(ruleSet: ruleSet, architectures: architectures)
        } catch {
            fatalError("the shipped rule set does not load:\n\(error)")
        }
    }()

    /// The shipped rule set's table profiles (Rules/extraction/tables.yaml), which prose documents are read with.
    static var tables: TableProfiles { engine.ruleSet.tables }
}

/// A temporary folder with files, removed by the caller with `remove()`.
struct TemporaryTree {
    let path: String

    init(_ files: [String: String]) throws {
        path = NSTemporaryDirectory() + "saraptama-test-" + UUID().uuidString
        for (relative, text) in files {
            let full = path + "/" + relative
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
    }

    func remove() { try? FileManager.default.removeItem(atPath: path) }
}

/// Loads YAML text into a document for tests.
func document(_ yaml: String, path: String = "test.yaml") throws -> Document {
    try Document(YAMLLoader.load(text: yaml, path: path))
}
