/// A String as a dictionary key by its exact UTF-8 bytes.
///
/// Hashing and comparing bytes skips String's canonical-equivalence machinery. For the
/// per-document memos that is enough: byte-equal texts certainly have equal normal forms and
/// equal lookup answers, and a canonically equal text written with other bytes is only a miss.
/// (`LookupKey`, for catalogue indexes, must match canonical equivalents, so it is not this.)
struct ExactText: Hashable {
    let text: String

    init(_ text: String) { self.text = text }

    func hash(into hasher: inout Hasher) {
        var text = text
        text.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    static func == (a: ExactText, b: ExactText) -> Bool { UTF8Search.equal(a.text, b.text) }
}
