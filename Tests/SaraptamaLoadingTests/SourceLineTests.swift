import Testing

@testable import SaraptamaLoading

/// Lines of a document libyaml has read whole are quoted without checking their UTF-8 again:
/// they must be the strings the checked decoding gives, ASCII or not.
@Suite struct SourceLineTests {
    @Test func linesOfALoadedDocumentAreTheDecodedLines() throws {
        let text = "a: plain\r\nб: «кириллица» ё\nc: \"\\u00e9\"\n\n  # comment 日本\nd: end"
        let loaded = try YAMLLoader.load(text: text, path: testPath)
        let unchecked = SourceFile(path: testPath, bytes: Array(text.utf8))
        #expect(loaded.source.lineCount == 6)
        for number in 0...7 {
            let quoted = loaded.source.line(number)
            #expect(quoted == unchecked.line(number), "line \(number)")
            if let quoted { #expect(Array(quoted.utf8) == Array((unchecked.line(number) ?? "").utf8)) }
        }
        #expect(loaded.source.line(2) == "б: «кириллица» ё")
        #expect(loaded.source.line(2)?.count == 16)
        #expect(loaded.source.line(1)?.count == 8)
    }

    @Test func bytesThatFailedToLoadAreStillRepaired() {
        let bytes: [UInt8] = Array("a: ok\nb: ".utf8) + [0xFF, 0x41]
        #expect(loadDiagnostics(bytes: bytes).first?.code == "yaml-invalid-utf8")
        #expect(YAMLLoader.source(bytes: bytes, path: testPath).line(2) == "b: \u{FFFD}A")
    }
}
