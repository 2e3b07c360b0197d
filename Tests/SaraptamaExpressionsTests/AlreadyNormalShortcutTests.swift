import Testing
@testable import SaraptamaExpressions

/// The already-normal shortcut of `TextNormalization.key` must never change a result.
@Suite("Normalization shortcut")
struct AlreadyNormalShortcutTests {
    @Test(arguments: [
        "документооборот", "обращения граждан", "кадровый учет", "жсн", "iin", "e-otinish", "ГБД ФЛ",
        "ёлка", "  пробел", "два  пробела", "snake_case", "«цитата»", "қазақ тілі", "әөүұқғңһі", "Қазақ",
        "a", "", " ", "x y z", "tab\there", "line\nbreak", "\"q\"", "caf\u{E9}", "日本", "ﬁ", "İ",
        "е\u{0308}", "mixed Case", "123-456", "o'neil",
    ])
    func shortcutAgreesWithTheFullNormalization(text: String) {
        if TextNormalization.isAlreadyNormal(text) {
            #expect(TextNormalization.fullKey(text) == text, "'\(text)' was taken as normal but normalizes differently")
        }
        #expect(TextNormalization.key(text) == TextNormalization.fullKey(text))
        // Normal forms are fixed points, and most of them are recognized by the shortcut.
        let normal = TextNormalization.fullKey(text)
        #expect(TextNormalization.fullKey(normal) == normal)
    }

    @Test func commonNormalFormsTakeTheShortcut() {
        for text in ["документооборот", "обращения граждан", "жсн", "iin", "қазақ тілі", "e.otinish 2.0"] {
            #expect(TextNormalization.isAlreadyNormal(text), "\(text)")
        }
        for text in ["Документ", "ёлка", " x", "x ", "a  b", "a_b", "a-b", "«a»", "a\tb"] {
            #expect(!TextNormalization.isAlreadyNormal(text), "\(text)")
        }
    }
}
