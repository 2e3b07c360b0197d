import Testing
@testable import SaraptamaExpressions

/// `LookupKey` hashes bytes for simple (ASCII + Cyrillic) text; it must still behave exactly like
/// `String` as a dictionary key, canonical equivalence included.
@Suite("Lookup key")
struct LookupKeyTests {
    @Test(arguments: ["гбд фл", "iin", "жсн", "қазақ", "", "e-otinish", "caf\u{E9}", "日本", "ё", "й"])
    func simpleKeysFindThemselves(_ text: String) {
        let index = [LookupKey(text): 1]
        #expect(index[LookupKey(text)] == 1)
        #expect(index[LookupKey(text + " ")] == nil)
    }

    @Test func classifiesSimpleText() {
        #expect(LookupKey.isSimpleNFC("гбд фл iin әөүұқғңһі"))
        #expect(!LookupKey.isSimpleNFC("caf\u{E9}"))
        #expect(!LookupKey.isSimpleNFC("и\u{0306}"))  // decomposed й: not NFC
        #expect(!LookupKey.isSimpleNFC("а\u{0483}"))  // a Cyrillic combining mark
    }

    /// A decomposed spelling finds the precomposed (simple, byte-hashed) key, as with String.
    @Test func canonicalEquivalentsMatch() {
        let composed = "й", decomposed = "и\u{0306}"
        #expect(composed == decomposed)
        let index = [LookupKey(composed): 1]
        #expect(index[LookupKey(decomposed)] == 1)
        let reverse = [LookupKey(decomposed): 2]
        #expect(reverse[LookupKey(composed)] == 2)
    }

    /// The normalization memo answers as `TextNormalization.key`, also after evictions.
    @Test func memoMatchesNormalization() {
        var memo = NormalizationMemo()
        let texts = ["ГБД ФЛ", "gbd", "ГБД ФЛ", "Е-Собес", "x", "y", "z", "ГБД ФЛ", "", "Е-Собес"]
        for text in texts { #expect(memo.key(text) == TextNormalization.key(text)) }
    }

    /// `lookup_stems` takes a string text only (as the contains_any it replaces) and a null
    /// text is an error rather than "nothing found".
    @Test func stemLookupNeedsAString() {
        #expect(throws: OperationFailure.self) {
            try LookupFunctions.keyText(.catalogueStems, .string("c"), .null)
        }
        #expect(throws: OperationFailure.self) {
            try LookupFunctions.keyText(.catalogueStems, .string("c"), .int(3))
        }
        #expect((try? LookupFunctions.keyText(.catalogueFirst, .string("c"), .null)) == .some(nil))
    }
}
