/// Reading numbers and dates the way people type them in Word tables.
enum CellValues {
    /// Separators people put between digit groups: space, no-break space, narrow no-break space,
    /// thin space, apostrophe.
    private static let groupSeparators: Set<Unicode.Scalar> = [" ", "\u{A0}", "\u{202F}", "\u{2009}", "'", "’"]

    /// «1 480 000 000», «1 480 000 000,00» → 1480000000; nil for anything else (or overflow).
    static func integer(_ text: String) -> Int64? {
        var digits = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !groupSeparators.contains(scalar) { digits.append(scalar) }
        var plain = String(digits)
        if plain.hasSuffix(",00") || plain.hasSuffix(".00") { plain.removeLast(3) }
        guard !plain.isEmpty, plain.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }) || (plain.first == "-" && plain.count > 1 && plain.dropFirst().unicodeScalars.allSatisfy({ ("0"..."9").contains($0) })) else { return nil }
        return Int64(plain)
    }

    /// «2025», «2025 год», «2025 ж.» → 2025.
    static func year(_ text: String) -> Int64? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 4, scalars.prefix(4).allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        if scalars.count > 4, ("0"..."9").contains(scalars[4]) { return nil }
        return Int64(String(String.UnicodeScalarView(scalars.prefix(4))))
    }

    /// «01.06.2025» → «2025-06-01»; nil when the text is not written dd.mm.yyyy.
    static func isoDate(_ text: String) -> String? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 2, parts[1].count == 2, parts[2].count == 4,
            parts.allSatisfy({ $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } })
        else { return nil }
        return "\(parts[2])-\(parts[1])-\(parts[0])"
    }
}
