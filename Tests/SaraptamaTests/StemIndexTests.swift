@testable import SaraptamaExpressions
import SaraptamaLoading
import Testing
@testable import Saraptama

/// The keyword-stem index must answer exactly what testing every stem of every entry with
/// `contains_any` answers (the form STD-002 had before the index): same entries, file order.
@Suite("Stem index")
struct StemIndexTests {
    static let yaml = """
        entries:
          - {id: a, covers: [документооборот, "служебной переписки", "Document Flow"]}
          - {id: b, covers: ["кадровый учет", "учет кадров", кадр]}
          - {id: c, covers: "жалоб"}
          - {id: d, covers: [x, "", "  "]}
          - {id: e}
          - {id: f, covers: [учет]}
        """

    static func entries() throws -> [Node] {
        let document = try YAMLLoader.load(bytes: Array(yaml.utf8), path: "test.yaml")
        return try #require(document.root["entries"]?.sequence)
    }

    /// The answer by brute force: every non-empty normalized stem as a byte substring.
    static func bruteForce(_ entries: [Node], _ text: String) -> [String] {
        let haystack = TextNormalization.key(text)
        return entries.compactMap { entry -> String? in
            let stems = IndexSpec.strings(in: entry["covers"]).map(TextNormalization.key).filter { !$0.isEmpty }
            return stems.contains { UTF8Search.contains(haystack, $0) } ? entry["id"]?.string : nil
        }
    }

    @Test(arguments: [
        "Ведение электронного документооборота", "Кадровый учёт и учет кадров", "Рассмотрение жалоб граждан",
        "DOCUMENT_FLOW of x", "", "ничего", "учет", "кадр", "служебной  переписки", "xx", "Учет кадровых жалоб",
    ])
    func matchesBruteForce(_ text: String) throws {
        let entries = try Self.entries()
        let index = StemIndex(entries: entries, field: "covers")
        let found = index.entries(containedIn: TextNormalization.key(text)).compactMap { value -> String? in
            guard case .mapping(let mapping) = value else { return nil }
            return mapping["id"]?.string
        }
        #expect(found == Self.bruteForce(entries, text))
    }

    @Test func findsEachEntryOnceInFileOrder() throws {
        let index = StemIndex(entries: try Self.entries(), field: "covers")
        let found = index.entries(containedIn: TextNormalization.key("учет кадров, кадровый учет, документооборот"))
        #expect(found.count == 3)
    }
}
