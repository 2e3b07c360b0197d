/// Reading the periods of schedule cells («Сроки», «Мерзімі») the way authors write them.
extension CellValues {
    static let monthStems: [(stem: String, month: Int)] = [
        ("январ", 1), ("феврал", 2), ("март", 3), ("апрел", 4), ("мая", 5), ("май", 5), ("июн", 6), ("июл", 7), ("август", 8),
        ("сентябр", 9), ("октябр", 10), ("ноябр", 11), ("декабр", 12),
        ("қаңтар", 1), ("ақпан", 2), ("наурыз", 3), ("сәуір", 4), ("мамыр", 5), ("маусым", 6), ("шілде", 7), ("тамыз", 8),
        ("қыркүйек", 9), ("қазан", 10), ("қараша", 11), ("желтоқсан", 12),
    ]

    /// Words of a quarter and of a half-year (ru, kk), matched as word starts.
    private static let quarterStems = ["кв", "тоқсан"]
    private static let halfStems = ["полугод", "жартыжыл", "жарты"]
    /// Roman or Arabic numbers of quarters and halves; Kazakh texts type the Roman one with «І».
    private static let numerals = ["i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4]

    /// A period written in one cell, as its first and last day (YYYY-MM-DD): «01.12.2026 –
    /// 31.01.2028», «I квартал 2026 г.», «II–III кв. 2027», «март – май 2026 г.», «март-май 2026 г.»,
    /// «декабрь 2026 г. – январь 2027 г.», «I квартал – май 2026 г.», «март 2026 г. – II квартал
    /// 2027 г.», «с июня по декабрь 2026 г.», «II полугодие 2027 г.», «2028–2029 гг.», «2027 г.»,
    /// «2026 жылғы I тоқсан – 2026 жылғы мамыр», «2026 жылғы наурыз – мамыр», «2027 жылғы І
    /// жартыжылдық». Nil when it is none of these, or ends before it starts.
    static func period(_ text: String) -> (start: String, end: String)? {
        let sides = Self.sides(of: text)
        guard (1...2).contains(sides.count) else { return nil }
        let years = sides.map(Self.yearIn)
        guard let lastYear = years.compactMap({ $0 }).last else { return nil }
        var firstYear = years.first.flatMap { $0 } ?? lastYear
        // «II – III квартал 2027 г.»: the first side is a bare number, the unit is the other side's.
        var firstSide = sides[0]
        if sides.count == 2, numerals[firstSide] != nil, let unit = sides[1].split(separator: " ").first(where: { numerals[String($0)] == nil }) {
            firstSide += " " + unit
        }
        guard var first = bounds(firstSide, year: firstYear), let last = bounds(sides[sides.count - 1], year: lastYear) else { return nil }
        // «декабрь – февраль 2027 г.»: a first side without a year that would end after the last starts the year before.
        if first.start > last.end, years[0] == nil, sides.count == 2 {
            firstYear -= 1
            guard let earlier = bounds(firstSide, year: firstYear) else { return nil }
            first = earlier
        }
        guard first.start <= last.end else { return nil }
        return (first.start, last.end)
    }

    /// The sides of a range, lowercased, with Roman numerals in Latin letters: split at a dash
    /// (with or without spaces: «март-май», «01.03.2027-30.04.2027», «III-IV кв.») but not at the
    /// hyphen of an ordinal («1-й квартал», «2-тоқсан») or in an ISO date; and «с … по …».
    private static func sides(of text: String) -> [String] {
        var words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\u{A0}" || $0 == "," }).map(String.init)
        words = words.map { word in
            // An ISO date is rewritten dd.mm.yyyy, so its hyphens are not a range.
            if word.count >= 10, let iso = Self.isoWords(word) { return iso }
            return word
        }
        var spaced = ""
        for word in words {
            var out = ""
            let characters = Array(word)
            for (index, character) in characters.enumerated() {
                if "—–‒−‐‑-".contains(character) {
                    let before = index > 0 ? characters[index - 1] : " "
                    let after = index + 1 < characters.count ? characters[index + 1] : " "
                    // «1-й», «2-тоқсан», «1-ші»: an ordinal, not a range.
                    if before.isNumber, after.isLetter { out += " " } else { out += " – " }
                } else {
                    out.append(character)
                }
            }
            spaced += (spaced.isEmpty ? "" : " ") + out
        }
        var tokens = spaced.split(separator: " ").map { Self.latinNumeral(String($0)) }
        // «с июня по декабрь 2026 г.», «с 01.03.2026 по 31.05.2026»: the preposition pair is a range.
        if let first = tokens.first, ["с", "c", "from"].contains(first), let by = tokens.firstIndex(where: { ["по", "до", "to"].contains($0) }) {
            tokens[by] = "–"
            tokens.removeFirst()
        }
        return tokens.split(separator: "–").map { $0.joined(separator: " ") }.filter { !$0.isEmpty }
    }

    /// «2026-03-01» → «01.03.2026» (with what follows it); nil when the word does not start so.
    private static func isoWords(_ word: String) -> String? {
        let scalars = Array(word.unicodeScalars)
        let digits = [0, 1, 2, 3, 5, 6, 8, 9]
        guard scalars.count >= 10, scalars[4] == "-", scalars[7] == "-", digits.allSatisfy({ ("0"..."9").contains(scalars[$0]) }) else { return nil }
        let text = String(String.UnicodeScalarView(scalars))
        let year = text.prefix(4), month = text.dropFirst(5).prefix(2), day = text.dropFirst(8).prefix(2)
        return "\(day).\(month).\(year)" + text.dropFirst(10)
    }

    /// A Roman numeral typed with Kazakh «І» (or a mix) in Latin letters; any other word as it is.
    private static func latinNumeral(_ word: String) -> String {
        let stripped = word.trimmingCharacters(in: .punctuationCharacters)
        guard !stripped.isEmpty, stripped.allSatisfy({ "іiv".contains($0) }) else { return word }
        return String(stripped.map { $0 == "і" ? "i" : $0 })
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

    /// The first and last day of one side of a period: from its first mention (a date, a
    /// quarter, a half-year, a month) to its last («наурыздан мамырға дейін» is March to May);
    /// a year alone is the whole year.
    private static func bounds(_ side: String, year: Int) -> (start: String, end: String)? {
        guard let found = mentions(side, year: year) else { return nil }
        if let first = found.first, let last = found.last { return (first.start, last.end) }
        // A year alone («2027 г.», «2027 жыл»): no other digit may be there («2025-11-30» is a date, not a year).
        if let only = yearIn(side), only == year, side.filter(\.isNumber).count == 4 {
            return (String(format: "%04d-01-01", year), String(format: "%04d-12-31", year))
        }
        return nil
    }

    /// The dates, quarters, half-years, months and days («15 марта», «2026 жылғы 15 наурыз») a
    /// side names, in order, each as its first and last day; nil when one of them is impossible
    /// («V квартал», «31 апреля»).
    private static func mentions(_ side: String, year: Int) -> [(start: String, end: String)]? {
        func day(_ month: Int, _ day: Int) -> String { String(format: "%04d-%02d-%02d", year, month, day) }
        func lastDay(_ month: Int) -> Int {
            switch month {
            case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
            case 4, 6, 9, 11: return 30
            default: return 31
            }
        }
        var mentions: [(start: String, end: String)] = []
        var words: [String] = []
        for token in side.split(separator: " ").map(String.init) {
            if let iso = isoDate(token.hasSuffix(".") && token.count == 11 ? String(token.dropLast()) : token) {
                mentions.append((iso, iso))
                continue
            }
            words += token.split(whereSeparator: { $0 == "." || $0 == "(" || $0 == ")" }).map(String.init)
        }
        guard mentions.isEmpty else { return mentions }
        for (index, word) in words.enumerated() {
            // The number of a quarter or half: one of the two words before it («I квартал», «1-й квартал», «2-ші тоқсан»).
            func number() -> Int? { words[max(0, index - 2)..<index].reversed().lazy.compactMap { numerals[$0] }.first }
            if quarterStems.contains(where: word.hasPrefix) {
                guard let quarter = number() else { return nil }
                mentions.append((day(quarter * 3 - 2, 1), day(quarter * 3, lastDay(quarter * 3))))
            } else if halfStems.contains(where: word.hasPrefix) {
                guard let half = number(), half <= 2 else { return nil }
                mentions.append((day(half * 6 - 5, 1), day(half * 6, half == 1 ? 30 : 31)))
            } else if let month = monthStems.first(where: { word.hasPrefix($0.stem) })?.month {
                // «15 марта», «2026 жылғы 15 наурыз»: a day of the month; otherwise the whole month.
                if index > 0, words[index - 1].count <= 2, let number = Int(words[index - 1]) {
                    guard (1...lastDay(month)).contains(number) else { return nil }
                    mentions.append((day(month, number), day(month, number)))
                } else {
                    mentions.append((day(month, 1), day(month, lastDay(month))))
                }
            }
        }
        return mentions
    }

    /// A deadline written in a period cell: «до 31.12.2026», «не позднее декабря 2026 г.», «по 15
    /// марта 2027 г.», «2026 жылғы 31 желтоқсанға дейін» — the last day only (when the work starts
    /// is not said); nil for anything else, a range («с … по …», «наурыздан мамырға дейін») included.
    static func deadline(_ text: String) -> String? {
        var lowered = text.lowercased().trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
        var marked = false
        for prefix in ["до ", "не позднее ", "не позже ", "по "] where lowered.hasPrefix(prefix) {
            lowered = String(lowered.dropFirst(prefix.count))
            marked = true
            break
        }
        if !marked, lowered.hasSuffix(" дейін") {
            lowered = String(lowered.dropLast(" дейін".count))
            marked = true
        }
        let sides = Self.sides(of: lowered)
        guard marked, sides.count == 1, let year = yearIn(sides[0]), let found = mentions(sides[0], year: year) else { return nil }
        if found.count == 1 { return found[0].end }
        if found.isEmpty, let period = period(sides[0]) { return period.end }
        return nil
    }
}
