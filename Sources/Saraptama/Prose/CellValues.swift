/// Reading numbers and dates the way people type them in Word tables.
enum CellValues {
    /// Separators people put between digit groups: space, no-break space, narrow no-break space,
    /// thin space, apostrophe.
    static let groupSeparators: Set<Unicode.Scalar> = [" ", "\u{A0}", "\u{202F}", "\u{2009}", "'", "’"]

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

extension CellValues {
    /// The unit an amount column's header gives: «тыс. тенге» / «мың теңге» → 1 000, «млн» → 1 000 000.
    static func multiplier(header: String) -> Int64 {
        let lowered = header.lowercased()
        if lowered.contains("млрд") { return 1_000_000_000 }
        if lowered.contains("млн") || lowered.contains("миллион") { return 1_000_000 }
        if lowered.contains("тыс") || lowered.contains("мың") { return 1_000 }
        return 1
    }

    /// An amount in tenge: «1 480 000 000», «480 000,0» (× the header's unit), «275 млн», «1,2 млрд»,
    /// «480 000,0 тыс. тенге»; nil for anything else. Fractions are kept to the tenge.
    static func amount(_ text: String, multiplier headerMultiplier: Int64) -> Int64? {
        var lowered = text.lowercased()
        var multiplier = headerMultiplier
        for (word, factor) in [("млрд", Int64(1_000_000_000)), ("млн", 1_000_000), ("тыс", 1_000), ("мың", 1_000)] where lowered.contains(word) {
            multiplier = factor
            lowered = String(lowered[..<lowered.range(of: word)!.lowerBound])
            break
        }
        for unit in ["тенге", "теңге", "тг", "kzt", "."] where lowered.hasSuffix(unit) && unit != "." { lowered = String(lowered.dropLast(unit.count)) }
        var digits = String.UnicodeScalarView()
        for scalar in lowered.unicodeScalars where !groupSeparators.contains(scalar) { digits.append(scalar) }
        let plain = String(digits).replacingOccurrences(of: ",", with: ".")
        let parts = plain.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = Int64(parts[0]), parts[0].allSatisfy(\.isNumber) || parts[0].hasPrefix("-") else { return nil }
        var value = whole.multipliedReportingOverflow(by: multiplier)
        guard !value.overflow else { return nil }
        if parts.count == 2 {
            guard !parts[1].isEmpty, parts[1].allSatisfy(\.isNumber), parts[1].count <= 9, let fraction = Int64(parts[1]) else { return nil }
            var scale: Int64 = 1
            for _ in 0..<parts[1].count { scale *= 10 }
            value.partialValue += fraction * multiplier / scale
        }
        return value.partialValue
    }
}
