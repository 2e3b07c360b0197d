import Testing

@testable import SaraptamaExpressions

/// `ExactText` keys the per-document memos: byte-equal texts must meet in a dictionary, and
/// texts differing anywhere (in the 8-byte words or the tail) must stay apart.
@Suite("Exact-bytes text keys")
struct ExactTextTests {
    @Test("equal bytes hash alike; every differing text is a distinct key")
    func keys() {
        let texts = ["", "a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "abcdefgh1", "abcdefgh2", "ГБД ФЛ", "ГБД ФЛ ",
                     "Регистр медицинских работников", "Регистр медицинских работникоВ", "e\u{0301}", "\u{00E9}"]
        var table: [ExactText: Int] = [:]
        for (index, text) in texts.enumerated() { table[ExactText(text)] = index }
        // Canonically equal but byte-different texts ("é" two ways) are different keys here.
        #expect(table.count == texts.count)
        for (index, text) in texts.enumerated() {
            // A copy made from other storage still finds its entry.
            let rebuilt = String(decoding: Array(text.utf8), as: UTF8.self)
            #expect(table[ExactText(rebuilt)] == index, "\(text)")
            var first = Hasher(), second = Hasher()
            ExactText(text).hash(into: &first)
            ExactText(rebuilt).hash(into: &second)
            #expect(first.finalize() == second.finalize())
        }
    }
}
