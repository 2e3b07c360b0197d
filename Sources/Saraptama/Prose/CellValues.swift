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

    static let monthStems: [(stem: String, month: Int)] = [
        ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("мая", 5), ("май", 5), ("июн", 6), ("июл", 7), ("август", 8),
        ("сентябр", 9), ("октябр", 10), ("ноябр", 11), ("декабр", 12),
        ("қаңтар", 1), ("ақпан", 2), ("наурыз", 3), ("сәуір", 4), ("мамыр", 5), ("маусым", 6), ("шілде", 7), ("тамыз", 8),
        ("қыркүйек", 9), ("қазан", 10), ("қараша", 11), ("желтоқсан", 12),
    ]

    /// A period written in one cell, as its first and last day (YYYY-MM-DD): «01.12.2026 –
    /// 31.01.2028», «I квартал 2026 г.», «II–III кв. 2027», «март – май 2026 г.», «декабрь 2026 г. –
    /// январь 2027 г.», «2027 г.», «2026 жылғы наурыз – мамыр». Nil when it is none of these.
    static func period(_ text: String) -> (start: String, end: String)? {
        let lowered = text.lowercased().replacingOccurrences(of: "—", with: "–").replacingOccurrences(of: " - ", with: " – ")
        let sides = lowered.components(separatedBy: "–").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard (1...2).contains(sides.count) else { return nil }
        let years = sides.map(Self.yearIn)
        guard let lastYear = years.compactMap({ $0 }).last else { return nil }
        let firstYear = years.first.flatMap { $0 } ?? lastYear
        // «II – III квартал 2027 г.»: the first side is a bare quarter number.
        var firstSide = sides[0]
        if sides.count == 2, ["i", "ii", "iii", "iv", "1", "2", "3", "4"].contains(firstSide), let unit = sides[1].split(separator: " ").dropFirst().first {
            firstSide += " " + unit
        }
        guard let first = bounds(firstSide, year: firstYear), let last = bounds(sides[sides.count - 1], year: lastYear) else { return nil }
        return (first.start, last.end)
    }

    private static func yearIn(_ text: String) -> Int? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index + 4 <= scalars.count {
            let slice = scalars[index..<(index + 4)]
            if slice.allSatisfy({ ("0"..."9").contains($0) }), (index + 4 == scalars.count || !("0"..."9").contains(scalars[index + 4])),
                (index == 0 || !("0"..."9").contains(scalars[index - 1])), let year = Int(String(String.UnicodeScalarView(slice))), (2000...2100).contains(year)
            {
                return year
            }
            index += 1
        }
        return nil
    }

    /// The first and last day of one side of a period.
    private static func bounds(_ side: String, year: Int) -> (start: String, end: String)? {
        if let iso = isoDate(side.components(separatedBy: " ").first ?? side) { return (iso, iso) }
        func day(_ month: Int, _ day: Int) -> String { String(format: "%04d-%02d-%02d", year, month, day) }
        func lastDay(_ month: Int) -> Int {
            switch month {
            case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
            case 4, 6, 9, 11: return 30
            default: return 31
            }
        }
        // Quarters: «I квартал», «2 кв.», «IV тоқсан».
        let words = side.split(whereSeparator: { $0 == " " || $0 == "." || $0 == "-" }).map(String.init)
        if let index = words.firstIndex(where: { $0.hasPrefix("кв") || $0.hasPrefix("тоқсан") }), index > 0 {
            let quarter = ["i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4][words[index - 1]]
            if let quarter { return (day(quarter * 3 - 2, 1), day(quarter * 3, lastDay(quarter * 3))) }
            return nil
        }
        if let month = monthStems.first(where: { stem in words.contains { $0.hasPrefix(stem.stem) } })?.month {
            return (day(month, 1), day(month, lastDay(month)))
        }
        // A year alone («2027 г.», «2027 жыл»): no other digit may be there («2025-11-30» is a date, not a year).
        if let found = yearIn(side), found == year, side.filter(\.isNumber).count == 4 { return (day(1, 1), day(12, 31)) }
        return nil
    }
}

import Foundation
