import Foundation
import SaraptamaLoading

/// The header of a prose document read from its title page, when it has no header block: the
/// kind from the title (ru/kk), the date from the approval stamp or the title page, the state
/// body's name, the object's name and system id, the registration number, the language.
///
/// What cannot be read is a reading problem (`reading.*`, an error: the verdict is then
/// inconclusive), never a refusal: the document is still checked, with a kind and a date
/// assumed and said so. The state body's name is matched against the architectures later, by
/// the engine (`ProseFacts`), which has them.
struct TitlePage {
    /// The header mapping (kind, id, title, state_body, object, date, language).
    private(set) var root = Mapping()
    /// What was read and from where, for the reading report.
    private(set) var notes: [LocalizedText] = []
    /// What could not be read.
    private(set) var problems: [Diagnostic] = []

    /// Document kinds by the words of their titles, in Russian and Kazakh (lowercased).
    static let kindWords: [(words: [String], kind: DocumentKind)] = [
        (["техническое задание", "техникалық тапсырма", "technical assignment", "technical specification"], .technicalAssignment),
        (["инвестиционное предложение", "инвестициялық ұсыныс", "investment proposal"], .investmentProposal),
        (["финансово-экономическое обоснование", "қаржылық-экономикалық негіздеме", "қаржы-экономикалық негіздеме", "feasibility study"], .feasibilityStudy),
    ]

    /// The kind a title names, or nil.
    static func kind(of text: String) -> DocumentKind? {
        let lowered = text.lowercased()
        return kindWords.first { $0.words.contains { lowered.contains($0) } }?.kind
    }

    static let months: [String: Int] = [
        "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8, "сентября": 9,
        "октября": 10, "ноября": 11, "декабря": 12,
        "қаңтар": 1, "ақпан": 2, "наурыз": 3, "сәуір": 4, "мамыр": 5, "маусым": 6, "шілде": 7, "тамыз": 8, "қыркүйек": 9,
        "қазан": 10, "қараша": 11, "желтоқсан": 12,
    ]

    /// Reads the header from the title (`title`, the leading unnumbered heading, if any) and the
    /// paragraphs before the first section; `all` is every paragraph of the document (for the
    /// language), `path` names the file.
    init(title: (text: String, mark: Mark)?, preamble: [(text: String, mark: Mark)], all: [String], path: String) {
        let page = (title.map { [$0] } ?? []) + preamble
        func put(_ key: String, _ value: Node) { root.insert(.init(key: key, keyMark: value.mark, value: value)) }
        func string(_ text: String, _ mark: Mark) -> Node { Node(.scalar(.string(text), .plain), mark: mark) }
        let fallbackMark = page.first?.mark ?? .start

        // Kind and title: the first paragraph that names a kind, with the one after it when the
        // title goes on there («ТЕХНИЧЕСКОЕ ЗАДАНИЕ» / «на создание …»).
        var titleText: String?
        var kindMark = fallbackMark
        if let index = page.firstIndex(where: { Self.kind(of: $0.text) != nil }) {
            var text = page[index].text
            if index + 1 < page.count, page[index + 1].text.lowercased().hasPrefix("на ") || page[index + 1].text.lowercased().hasPrefix("по ")
                || page[index + 1].text.contains("«") && text.count < 40
            {
                text += " " + page[index + 1].text
            }
            titleText = text
            kindMark = page[index].mark
            let kind = Self.kind(of: text)!
            put("kind", string(kind.rawValue, kindMark))
            put("title", string(text, kindMark))
            notes.append(LocalizedText(ru: "вид документа «\(ConclusionLabels(language: .ru).kind(kind))» по заглавию «\(text)»", kk: "құжат түрі «\(ConclusionLabels(language: .kk).kind(kind))» тақырыбы бойынша: «\(text)»", en: "kind \(kind.rawValue) from the title «\(text)»"))
        } else {
            put("kind", string(DocumentKind.technicalAssignment.rawValue, fallbackMark))
            problems.append(Diagnostic(.error, code: "reading.kind-unknown", template: "reading.kind-unknown.assumed",
                file: path, mark: fallbackMark))
        }

        // The registration number: «Шифр: …», «Рег. № …», «№ …» on the title page; else the file's name.
        if let (number, mark) = Self.firstMatch(#"(?:[Шш]ифр|[Рр]ег\.?\s*№|[Рр]егистрационный номер|[Тт]іркеу нөмірі)\s*[:\-–]?\s*([^\s,;]+)"#, in: page) {
            put("id", string(number.trimmingCharacters(in: .punctuationCharacters), mark))
        } else {
            let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
            put("id", string(name, fallbackMark))
            notes.append(LocalizedText(ru: "на титульном листе нет регистрационного номера: номером документа взято имя файла «\(name)»", kk: "титулдық парақта тіркеу нөмірі жоқ: құжат нөмірі ретінде файл атауы алынды «\(name)»", en: "no registration number on the title page: the id is the file's name «\(name)»"))
        }

        // The date: a full date on the title page (the approval stamp's first), else a year.
        let stamp = page.firstIndex { ["утверждаю", "бекітемін", "согласовано", "келісілді"].contains($0.text.lowercased().trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))) }
        let ordered = stamp.map { Array(page[$0...]) + Array(page[..<$0]) } ?? page
        if let (date, mark) = ordered.lazy.compactMap({ entry in Self.date(in: entry.text).map { ($0, entry.mark) } }).first {
            put("date", string(date, mark))
            notes.append(LocalizedText(ru: "дата \(LocalFormat.date(date)) с титульного листа", kk: "күні \(LocalFormat.date(date)) титулдық парақтан", en: "date \(date) from the title page"))
        } else if let (year, mark) = Self.firstMatch(#"\b(20\d\d)\s*(?:г\.|год|жыл|ж\.)"#, in: page) {
            put("date", string("\(year)-12-31", mark))
            problems.append(Diagnostic(.error, code: "reading.date-year-only", template: "reading.date-year-only.year", arguments: ["year": "\(year)"],
                file: path, mark: mark))
        } else {
            let today = ISO8601DateFormatter.string(from: Date(), timeZone: .current, formatOptions: [.withFullDate])
            put("date", string(today, fallbackMark))
            problems.append(Diagnostic(.error, code: "reading.date-unknown", template: "reading.date-unknown.today", arguments: ["today": today, "today.ru": LocalFormat.date(today), "today.kk": LocalFormat.date(today)],
                file: path, mark: fallbackMark))
        }

        // The state body: the line of the title page that names a ministry, agency, committee or akimat.
        var body = Mapping()
        if let entry = page.first(where: { Self.namesStateBody($0.text) }) {
            let name = Self.stateBodyName(entry.text)
            body.insert(.init(key: "name", keyMark: entry.mark, value: string(name, entry.mark)))
            notes.append(LocalizedText(ru: "назван государственный орган «\(name)»", kk: "мемлекеттік орган аталған: «\(name)»", en: "state body named «\(name)»"))
        }
        put("state_body", Node(.mapping(body), mark: fallbackMark))

        // The object: what the title creates or develops.
        var object = Mapping()
        if let titleText {
            let name = Self.objectName(titleText)
            object.insert(.init(key: "name", keyMark: kindMark, value: string(name, kindMark)))
            let creates = ["создани", "құру"].contains { titleText.lowercased().contains($0) }
            if let (id, mark) = Self.firstMatch(#"\b([A-Z]{2,}(?:-[A-Z]+)*-IS-\d+)\b"#, in: page) {
                object.insert(.init(key: "system_id", keyMark: mark, value: string(id, mark)))
            } else if creates {
                object.insert(.init(key: "system_id", keyMark: kindMark, value: Node(.scalar(.null, .plain), mark: kindMark)))
            }
        }
        put("object", Node(.mapping(object), mark: fallbackMark))

        let language = Self.language(of: all)
        put("language", string(language, fallbackMark))
    }

    /// «01.12.2026», «1 декабря 2026 г.», «“15” желтоқсан 2026 ж.», «2026 жылғы 15 желтоқсан» → YYYY-MM-DD.
    static func date(in text: String) -> String? {
        if let match = firstGroups(#"\b(\d{1,2})\.(\d{1,2})\.(20\d\d)\b"#, in: text), let day = Int(match[0]), let month = Int(match[1]) {
            return String(format: "%@-%02d-%02d", match[2], month, day)
        }
        let lowered = text.lowercased()
        if let match = firstGroups(#"(\d{1,2})[^\d\sа-яәғқңөұүһі]{0,3}\s*([а-яәғқңөұүһі]+)\s+(20\d\d)"#, in: lowered), let day = Int(match[0]),
            let month = months.first(where: { match[1].hasPrefix($0.key) })?.value
        {
            return String(format: "%@-%02d-%02d", match[2], month, day)
        }
        if let match = firstGroups(#"(20\d\d)\s*жыл\w*\s*(?:«|\")?(\d{1,2})(?:»|\")?\s*([а-яәғқңөұүһі]+)"#, in: lowered), let day = Int(match[1]),
            let month = months.first(where: { match[2].hasPrefix($0.key) })?.value
        {
            return String(format: "%@-%02d-%02d", match[0], month, day)
        }
        return nil
    }

    static func namesStateBody(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["министерств", "министрлі", "акимат", "әкімдіг", "агентств", "агенттіг", "комитет", "комитеті"].contains { lowered.contains($0) }
            && text.count < 200
    }

    /// The body's name in a line such as «Заказчик: Министерство …» or «Министр здравоохранения …».
    static func stateBodyName(_ text: String) -> String {
        var name = text
        for marker in ["Заказчик", "Тапсырыс беруші", "Государственный орган", "Мемлекеттік орган"] {
            if let range = name.range(of: marker) { name = String(name[range.upperBound...]) }
        }
        if let colon = name.firstIndex(of: ":") { name = String(name[name.index(after: colon)...]) }
        if let sentenceEnd = name.range(of: ". ") { name = String(name[..<sentenceEnd.lowerBound]) }
        return name.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
    }

    /// The object of a title: from «информационной системы» / «цифровой системы» / «ақпараттық
    /// жүйе» / a quoted name onwards; the whole title without its kind words otherwise.
    static func objectName(_ title: String) -> String {
        let lowered = title.lowercased()
        for word in ["информационн", "цифров", "ақпараттық", "цифрлық", "«"] {
            if let range = lowered.range(of: word) {
                let offset = lowered.distance(from: lowered.startIndex, to: range.lowerBound)
                return String(title.dropFirst(offset)).trimmingCharacters(in: .whitespaces)
            }
        }
        return title
    }

    /// kk when the text uses the letters of Kazakh that Russian has not (ә, ғ, қ, ң, ө, ұ, ү, һ, і) often enough.
    static func language(of paragraphs: [String]) -> String {
        var kazakh = 0
        var letters = 0
        for paragraph in paragraphs {
            for scalar in paragraph.lowercased().unicodeScalars where scalar.properties.isAlphabetic {
                letters += 1
                if "әғқңөұүһі".unicodeScalars.contains(scalar) { kazakh += 1 }
            }
        }
        return letters > 0 && kazakh * 100 >= letters * 2 ? "kk" : "ru"
    }

    private static func firstMatch(_ pattern: String, in page: [(text: String, mark: Mark)]) -> (String, Mark)? {
        for entry in page { if let groups = firstGroups(pattern, in: entry.text), let first = groups.first { return (first, entry.mark) } }
        return nil
    }

    /// The capture groups of the first match of `pattern` in `text`.
    static func firstGroups(_ pattern: String, in text: String) -> [String]? {
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return nil }
        let range = NSRange(text.startIndex..., in: text)
        guard let match = expression.firstMatch(in: text, range: range) else { return nil }
        return (1..<max(1, match.numberOfRanges)).map { index in
            Range(match.range(at: index), in: text).map { String(text[$0]) } ?? ""
        }
    }
}
