import Testing
@testable import Saraptama

@Suite("Calendar days")
struct CalendarDayTests {
    @Test(arguments: [("1970-01-01", 0), ("2024-02-29", 19782), ("2000-03-01", 11017), ("1969-12-31", -1)])
    func parsesAndFormats(text: String, day: Int64) {
        #expect(CalendarDay.parse(text) == day)
        #expect(CalendarDay.format(day) == text)
    }

    @Test(arguments: ["2023-02-29", "2024-13-01", "2024-1-01", "24-01-01", "2024-01-32", "2024/01/01", ""])
    func rejectsInvalidDates(text: String) {
        #expect(CalendarDay.parse(text) == nil)
    }
}

@Suite("SHA-256")
struct SHA256Tests {
    @Test func knownDigests() {
        #expect(SHA256.hex(of: []) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // Crosses many 64-byte blocks.
        #expect(SHA256.hex(of: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
            == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
