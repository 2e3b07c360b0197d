import Foundation
import Testing
@testable import Saraptama

/// The reading report (`saraptama read --lang`) in the reader's language: its own words, the
/// notes of what the reader decided, places and counted nouns; titles, paths, profile names and
/// quoted sentences stay as read.
@Suite("Reading report in the reader's language")
struct ReadingReportLanguageTests {
    static func reading() throws -> ReadingReport {
        let path = Repository.cases + "/ta-mz-telemedicine-md/document.md"
        guard case .loaded(let loaded) = DocumentLoader.load(path: path, tables: Repository.engine.ruleSet.tables) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        return try #require(Repository.engine.prepared(loaded).reading)
    }

    @Test("Russian and Kazakh scaffolding, places and plurals; English stays the golden form")
    func languages() throws {
        let reading = try Self.reading()
        let ru = reading.render(.ru), kk = reading.render(.kk), en = reading.render(.en)
        #expect(ru.contains("разделы:") && ru.contains("таблицы:") && ru.contains("прочитана как"))
        #expect(ru.contains("таблица 1") && ru.range(of: #"\(\d+ строк[аи]?\)"#, options: .regularExpression) != nil)
        #expect(kk.contains("бөлімдер:") && kk.contains("кестелер:") && kk.contains("-кесте") && kk.contains("ретінде оқылды"))
        #expect(en.contains("sections:") && en.contains("read as"))
        for text in [ru, kk] {
            for english in ["sections:", "tables:", "read as", "NOT RECOGNISED", "note:", "found in", "GOST section"] {
                #expect(!text.contains(english), "«\(english)» in \(text.prefix(200))")
            }
        }
    }
}
