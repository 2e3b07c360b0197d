/// The normalization used for lookups and fuzzy text matching, so that "Портал «Электронное
/// правительство»", "портал электронное-правительство" and "ПОРТАЛ_ЭЛЕКТРОННОЕ  ПРАВИТЕЛЬСТВО"
/// find the same catalogue entry.
public enum TextNormalization {
    /// Lowercases (full Unicode, Cyrillic/Kazakh included), maps ё→е, trims, collapses runs of
    /// whitespace/‘_’/‘-’ to one space, strips surrounding quotes «»"'.
    public static func key(_ text: String) -> String {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.unicodeScalars.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSeparator(scalar) {
                pendingSpace = true
                continue
            }
            // A decomposed ё (е + combining diaeresis) becomes е like the precomposed one.
            if scalar == "\u{0308}", scalars.last == "е", !pendingSpace { continue }
            if pendingSpace {
                if !scalars.isEmpty { scalars.append(" ") }
                pendingSpace = false
            }
            appendLowercased(scalar, to: &scalars)
        }
        return String(String.UnicodeScalarView(stripQuotes(scalars)))
    }

    private static func appendLowercased(_ scalar: Unicode.Scalar, to scalars: inout [Unicode.Scalar]) {
        if scalar.isASCII {
            let value = scalar.value
            scalars.append(value >= 65 && value <= 90 ? Unicode.Scalar(UInt8(value + 32)) : scalar)
            return
        }
        if scalar == "ё" || scalar == "Ё" {
            scalars.append("е")
            return
        }
        if scalar.properties.changesWhenLowercased {
            scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        } else {
            scalars.append(scalar)
        }
    }

    private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "_" || scalar == "-" || scalar == " " || scalar.properties.isWhitespace
    }

    private static let quotes: Set<Unicode.Scalar> = ["«", "»", "\"", "'", "“", "”", "„", "‘", "’"]

    /// Drops quotes (and the spaces they leave) at both ends, repeatedly: `« "X" »` → `x`.
    private static func stripQuotes(_ scalars: [Unicode.Scalar]) -> ArraySlice<Unicode.Scalar> {
        var slice = scalars[...]
        while let first = slice.first, first == " " || quotes.contains(first) {
            slice.removeFirst()
        }
        while let last = slice.last, last == " " || quotes.contains(last) {
            slice.removeLast()
        }
        return slice
    }
}
