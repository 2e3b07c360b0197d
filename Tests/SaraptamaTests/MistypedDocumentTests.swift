import Foundation
import SaraptamaLoading
import Testing
@testable import Saraptama

/// A document whose field has the wrong type is at fault: what the rules cannot do with it is
/// reported against the document, at its line and column, never as an error of a rule file.
@Suite("Mistyped documents")
struct MistypedDocumentTests {
    static let path = Repository.cases + "/ta-mz-telemedicine/document.yaml"
    static let lines = ((try? String(contentsOfFile: path, encoding: .utf8)) ?? "").components(separatedBy: "\n")

    /// Every key at the top level and one level down, with its whole value replaced by a text and by
    /// a number: (a description, the document's text).
    static let variants: [(String, String)] = {
        var result: [(String, String)] = []
        for (index, line) in lines.enumerated() {
            let indent = line.prefix { $0 == " " }.count
            guard indent == 0 || indent == 2, let colon = line.firstIndex(of: ":"), !line.hasPrefix("#"), !line.trimmingCharacters(in: .whitespaces).hasPrefix("-") else { continue }
            let key = line[line.index(line.startIndex, offsetBy: indent)..<colon]
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0 == "_" }), !["kind", "id", "date"].contains(String(key)) else { continue }
            var end = index + 1
            while end < lines.count, lines[end].isEmpty || lines[end].prefix(while: { $0 == " " }).count > indent || lines[end].hasPrefix("#") { end += 1 }
            for value in ["\"текст\"", "7", "[1, 2]"] {
                var copy = lines
                copy.replaceSubrange(index..<end, with: [String(repeating: " ", count: indent) + key + ": " + value])
                result.append(("\(key) = \(value) (line \(index + 1))", copy.joined(separator: "\n")))
            }
        }
        return result
    }()

    @Test func thereAreManyVariants() {
        #expect(Self.variants.count > 100)
    }

    @Test func noRuleFileIsBlamedForAMistypedDocument() {
        var blamed: [String] = []
        for (description, text) in Self.variants {
            guard case .loaded(let document) = DocumentLoader.load(bytes: Array(text.utf8), path: Self.path, tables: Repository.tables) else { continue }
            let result = Repository.engine.check(document, language: .en)
            for problem in result.problems where problem.file != Self.path {
                blamed.append("\(description): \(problem.code) at \(problem.file ?? "?")")
            }
        }
        #expect(blamed.isEmpty, "rule files blamed: \(blamed.prefix(10))")
    }

    @Test func theDocumentIsToldWhereAndWhy() throws {
        var lines = Self.lines
        let index = try #require(lines.firstIndex { $0.hasPrefix("sections:") })
        lines.replaceSubrange(index...index, with: ["sections: \"см. приложение\"", "x-unused-sections:"])
        let text = lines.joined(separator: "\n")
        guard case .loaded(let document) = DocumentLoader.load(bytes: Array(text.utf8), path: Self.path, tables: Repository.tables) else {
            Issue.record("does not load")
            return
        }
        let result = Repository.engine.check(document, language: .en)
        #expect(result.problems.contains { $0.code == "doc-wrong-type" && $0.file == Self.path })
        #expect(result.problems.allSatisfy { $0.file == Self.path })
    }
}
