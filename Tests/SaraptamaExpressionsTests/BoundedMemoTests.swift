import Testing

@testable import SaraptamaExpressions

/// `TextHash` and `BoundedMemo` key the per-document memos: byte-equal texts must meet, texts
/// differing anywhere (in the 8-byte words or the tail) must stay apart, and keys that all
/// collide must cost misses, never wrong answers.
@Suite("Bounded memo tables")
struct BoundedMemoTests {
    static let texts = [
        "", "a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "abcdefgh1", "abcdefgh2", "ГБД ФЛ", "ГБД ФЛ ",
        "Регистр медицинских работников", "Регистр медицинских работникоВ", "e\u{0301}", "\u{00E9}",
    ]

    @Test("equal bytes hash alike; every differing text is a distinct key")
    func distinctTexts() {
        var memo = BoundedMemo<String, Int>(limit: 100)
        for (index, text) in Self.texts.enumerated() { memo.remember(TextHash.of(text), text, index) }
        // Canonically equal but byte-different texts ("é" two ways) are different keys here.
        #expect(memo.count == Self.texts.count)
        for (index, text) in Self.texts.enumerated() {
            // A copy made from other storage (and a bridged-free small string) still finds it.
            let rebuilt = String(decoding: Array(text.utf8), as: UTF8.self)
            #expect(TextHash.of(rebuilt) == TextHash.of(text))
            #expect(memo.recall(TextHash.of(rebuilt), matching: { $0 == rebuilt }) == index, "\(text)")
        }
        #expect(memo.recall(TextHash.of("absent"), matching: { $0 == "absent" }) == nil)
    }

    @Test("grows past its first table and keeps every entry up to the limit")
    func growth() {
        var memo = BoundedMemo<String, Int>(limit: 1000)
        for number in 0..<1500 { memo.remember(TextHash.of("key \(number)"), "key \(number)", number) }
        #expect(memo.count <= 1000)
        // A probe sequence can fill up, so a few entries may be dropped, but not many.
        #expect(memo.count > 950)
        var found = 0
        for number in 0..<1500 {
            if let answer = memo.recall(TextHash.of("key \(number)"), matching: { $0 == "key \(number)" }) {
                #expect(answer == number)
                found += 1
            }
        }
        #expect(found == memo.count)
    }

    @Test("keys that all share one hash are kept up to the probe limit, and never confused")
    func collisions() {
        var memo = BoundedMemo<String, Int>(limit: 100)
        let keys = (0..<20).map { "collide \($0)" }
        for (index, key) in keys.enumerated() { memo.remember(42, key, index) }
        #expect(memo.count == BoundedMemo<String, Int>.probeLimit)
        for (index, key) in keys.enumerated() {
            let answer = memo.recall(42, matching: { $0 == key })
            #expect(answer == (index < BoundedMemo<String, Int>.probeLimit ? index : nil), "\(key)")
        }
    }

    @Test("the lookup memo tells kinds, targets and keys apart")
    func lookupMemo() {
        var memo = LookupMemo()
        memo.remember(.catalogueFirst, "systems", "ГБД ФЛ", .string("first"))
        memo.remember(.catalogueAll, "systems", "ГБД ФЛ", .string("all"))
        memo.remember(.catalogueFirst, "domains", "ГБД ФЛ", .string("domain"))
        #expect(memo.recall(.catalogueFirst, "systems", "ГБД ФЛ") == .string("first"))
        #expect(memo.recall(.catalogueAll, "systems", "ГБД ФЛ") == .string("all"))
        #expect(memo.recall(.catalogueFirst, "domains", "ГБД ФЛ") == .string("domain"))
        #expect(memo.recall(.architectureFirst, "systems", "ГБД ФЛ") == nil)
        #expect(memo.recall(.catalogueFirst, "systems", "ГБД ЮЛ") == nil)
        var frozen = LookupMemo()
        frozen.grows = false
        frozen.remember(.catalogueFirst, "systems", "x", .null)
        #expect(frozen.recall(.catalogueFirst, "systems", "x") == nil)
    }
}
