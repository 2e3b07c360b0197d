/// The number of a heading and its title without the number: «4.2 Требования к функциям» →
/// ("4.2", «Требования к функциям»); also «4.», «Раздел 4.», «Section 4:», «4-бөлім. …».
enum HeadingNumber {
    /// Words that may precede the number ("Раздел 4"); compared lowercased.
    static let prefixes = ["раздел", "section", "бөлім"]
    /// Words that may follow it ("4-бөлім", "4 бөлім").
    static let suffixes = ["бөлім", "бөлімі"]

    /// The number as a string ("4", "4.2.1"; a trailing dot dropped) and the rest of the heading,
    /// or nil and the whole heading when it has no number. Each part is at most three digits, so
    /// a heading starting with a year («2025 год») is not section 2025.
    static func split(_ heading: String) -> (number: String?, title: String, numberOffset: Int) {
        let scalars = Array(heading.unicodeScalars)
        var position = 0
        // "Раздел 4" / "Section 4"
        let lowered = heading.lowercased()
        for prefix in prefixes where lowered.hasPrefix(prefix + " ") {
            position = prefix.unicodeScalars.count
            while position < scalars.count, scalars[position] == " " { position += 1 }
            break
        }
        let numberStart = position
        var parts: [String] = []
        while position < scalars.count {
            var digits = position
            while digits < scalars.count, digits - position < 4, isDigit(scalars[digits]) { digits += 1 }
            guard digits > position, digits - position <= 3, digits == scalars.count || !isDigit(scalars[digits]) else { break }
            parts.append(String(String.UnicodeScalarView(scalars[position..<digits])))
            position = digits
            // "4.2" continues with another part; "4." ends the number.
            if position + 1 < scalars.count, scalars[position] == ".", isDigit(scalars[position + 1]) {
                position += 1
                continue
            }
            break
        }
        guard !parts.isEmpty else { return (nil, heading, 0) }
        var separated = false
        if position < scalars.count, scalars[position] == "." || scalars[position] == ")" || scalars[position] == ":" {
            position += 1
            separated = true
        }
        var tail = Substring(String(String.UnicodeScalarView(scalars[position...])))
        // "4-бөлім" / "4 бөлім"
        let afterDash = tail.drop { $0 == "-" || $0 == " " }
        if let suffix = suffixes.sorted(by: { $0.count > $1.count }).first(where: { afterDash.lowercased().hasPrefix($0) }) {
            tail = afterDash.dropFirst(suffix.count)
            separated = true
        }
        // The number must stand apart from the title: "4.2Требования" or "1С:Предприятие" is no number.
        if !separated, let first = tail.first, !(first == " " || first == "\t" || first == "—" || first == "–" || first == "-") {
            return (nil, heading, 0)
        }
        let title = String(tail).trimmingCharacters(in: [" ", "\t", "—", "–", "-", ".", ":"])
        return (parts.joined(separator: "."), title, numberStart)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}

private extension String {
    func trimmingCharacters(in set: Set<Character>) -> String {
        var slice = self[...]
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
