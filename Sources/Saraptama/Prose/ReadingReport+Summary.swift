/// The reading in one line of a check's report: where the header came from, the GOST sections
/// found, what was read, the tables not recognised and the rules that had nothing to look at —
/// so that «rules checked: 52» never hides a part that was not read (`saraptama read` has it all).
extension ReadingReport {
    public func summaryLine(_ language: Language) -> String {
        let gost = Set(sections.compactMap(\.gost)).count
        let unread = tables.filter { $0.profile == nil }.count
        let words = ReadingReportWords(language: language)
        let parts = counts.map { "\(words.part($0.part)) \($0.count)" }.joined(separator: ", ")
        let header = switch (self.header, language) {
        case ("title page", .ru): "титульный лист"
        case ("title page", .kk): "титулдық парақ"
        case ("front matter", .ru), ("header block", .ru): "блок YAML"
        case ("front matter", .kk), ("header block", .kk): "YAML блогы"
        default: self.header
        }
        return switch language {
        case .ru: "  прочитано (заголовок: \(header)): разделов ГОСТ 34.602: \(gost); \(parts); таблиц не распознано: \(unread); правил без данных для проверки: \(rulesWithNothing.count) (saraptama read)\n"
        // kk: to be confirmed by a native speaker.
        case .kk: "  оқылды (тақырып: \(header)): МЕМСТ 34.602 бөлімдері: \(gost); \(parts); танылмаған кестелер: \(unread); тексеретін деректері жоқ ережелер: \(rulesWithNothing.count) (saraptama read)\n"
        case .en: "  read (header: \(header)): GOST 34.602 sections: \(gost); \(parts); tables not recognised: \(unread); rules with nothing to look at: \(rulesWithNothing.count) (saraptama read)\n"
        }
    }
}
