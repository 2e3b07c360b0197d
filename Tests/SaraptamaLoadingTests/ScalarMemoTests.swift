import Foundation
import Testing

@testable import SaraptamaLoading

/// A `ScalarMemo` carries short scalar texts from load to load: the trees, positions and
/// problems must be exactly those of loads without it, in any order of documents.
@Suite struct ScalarMemoTests {
    /// Every YAML file shipped in `Cases` and `Rules` (documents, architectures, rule files,
    /// catalogues): many shared texts, in every style.
    static func shippedFiles() throws -> [String] {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        var files: [String] = []
        for folder in ["Cases", "Rules"] {
            let base = root.appendingPathComponent(folder).path
            let names = try #require(FileManager.default.subpathsOfDirectory(atPath: base) as [String]?)
            files += names.filter { $0.hasSuffix(".yaml") }.sorted().map { base + "/" + $0 }
        }
        return files
    }

    /// The whole tree as text: kinds, values, styles, keys, and every position.
    static func dump(_ node: Node) -> String {
        var text = "\(node.mark.line):\(node.mark.column)-\(node.end.line):\(node.end.column) "
        switch node.content {
        case .scalar(let scalar, let style): text += "\(style) \(scalar)"
        case .sequence(let items): text += "[" + items.map(dump).joined(separator: ", ") + "]"
        case .mapping(let mapping):
            text += "{" + mapping.entries.map { "\($0.key)@\($0.keyMark.line):\($0.keyMark.column): " + dump($0.value) }
                .joined(separator: ", ") + "}"
        }
        return text
    }

    static func outcome(_ bytes: [UInt8], path: String, memo: ScalarMemo?) -> String {
        do {
            return dump(try YAMLLoader.load(bytes: bytes, path: path, memo: memo).root)
        } catch {
            return located(error.diagnostics).joined(separator: " ")
        }
    }

    @Test func carriedTextsChangeNoTree() throws {
        let files = try Self.shippedFiles()
        #expect(files.count > 50)
        let contents = try files.map { Array(try Data(contentsOf: URL(fileURLWithPath: $0))) }
        let fresh = zip(contents, files).map { Self.outcome($0, path: $1, memo: nil) }
        for order in [Array(files.indices), files.indices.reversed()] {
            let memo = ScalarMemo()
            for index in order {
                #expect(Self.outcome(contents[index], path: files[index], memo: memo) == fresh[index], "\(files[index])")
            }
        }
    }

    @Test func problemsAreReportedInEveryLoad() {
        let memo = ScalarMemo()
        let bad = Array("a: 99999999999999999999\nb: [1, 2]\n".utf8)
        for _ in 0..<3 {
            #expect(located(Self.diagnostics(bad, memo: memo)) == ["yaml-int-overflow@1:4"])
        }
        // A failed load leaves the memo usable.
        #expect(Self.outcome(Array("x: {a: 1\n".utf8), path: testPath, memo: memo).hasPrefix("yaml-syntax"))
        #expect(Self.outcome(Array("b: [1, 2]\nc: own\n".utf8), path: testPath, memo: memo)
            == Self.outcome(Array("b: [1, 2]\nc: own\n".utf8), path: testPath, memo: nil))
    }

    @Test func aFullMemoStartsAgain() throws {
        // More distinct short values than the memo keeps, over several loads: each load after
        // the memo is spent starts with an empty table, and every value stays right.
        let memo = ScalarMemo()
        let perDocument = ScalarMemo.entryLimit / 3 + 100
        for document in 0..<5 {
            let lines = (0..<perDocument).map { "k\($0): v\(document)-\($0)" }
            let root = try YAMLLoader.load(text: lines.joined(separator: "\n"), path: testPath).root
            let carried = try YAMLLoader.load(bytes: Array(lines.joined(separator: "\n").utf8), path: testPath, memo: memo).root
            #expect(Self.dump(carried) == Self.dump(root))
            #expect(carried["k\(perDocument - 1)"]?.string == "v\(document)-\(perDocument - 1)")
            // Keys and values of one document, on top of fewer than the limit carried over.
            #expect(memo.heldTexts > 0 && memo.heldTexts < ScalarMemo.entryLimit + 2 * perDocument)
        }
    }

    static func diagnostics(_ bytes: [UInt8], memo: ScalarMemo) -> [Diagnostic] {
        do {
            _ = try YAMLLoader.load(bytes: bytes, path: testPath, memo: memo)
            return []
        } catch {
            return error.diagnostics
        }
    }
}
