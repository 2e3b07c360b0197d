import Foundation
import Testing
@testable import Saraptama

/// The issued conclusion as the expert gets it: a Word document made by pandoc, and its HTML twin
/// rendered by headless Chromium to PNG, for a negative and a positive case in Russian and
/// Kazakh. The PNGs are kept in `.build/conclusion-png/` to be looked at; pandoc reads the .docx
/// back to check what Word will show. Without pandoc or Chromium these FAIL (`.ci/run` installs
/// both).
@Suite("Issued conclusion: DOCX and its rendering")
struct ConclusionRenderingTests {
    /// A negative case (seven errors) and a positive one.
    static let cases = ["ta-mz-telemedicine", "ta-akimat-green-kk"]
    static let output = Repository.root + "/.build/conclusion-png"

    struct Sample: CustomTestStringConvertible, Sendable {
        let caseName: String
        let language: Language
        var testDescription: String { "\(caseName) \(language.rawValue)" }
    }

    static let samples = cases.flatMap { name in [Language.ru, .kk].map { Sample(caseName: name, language: $0) } }

    static func markdown(_ sample: Sample) -> String {
        let report = ReportFixtures.report(caseDirectory: Repository.cases + "/" + sample.caseName, language: sample.language)
        return ReportFormat.conclusion.render(report, options: ReportFixtures.options)
    }

    @Test("the .docx opens as Word text: letterhead, number, verdict, remarks, signatures; no path or hash", arguments: samples)
    func docx(_ sample: Sample) throws {
        let converter = ConclusionConverter()
        #expect(converter.executable != nil, "pandoc is required: apt-get install pandoc")
        let bytes = try converter.convert(Self.markdown(sample), to: .docx, title: sample.caseName)
        #expect(Array(bytes.prefix(2)) == [0x50, 0x4B], "a .docx is a zip file")
        let file = try ReportFixtures.write("", suffix: ".docx")
        defer { try? FileManager.default.removeItem(atPath: file) }
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        let text = try Self.plainText(docx: file, pandoc: try #require(converter.executable))
        let negative = sample.caseName == "ta-mz-telemedicine"
        let verdict = LocalizedText(ru: negative ? "Отрицательное заключение" : "Положительное заключение", kk: negative ? "Теріс қорытынды" : "Оң қорытынды", en: "")[sample.language]
        #expect(text.contains(verdict))
        #expect(text.contains(ReportFixtures.conclusionSettings.organisation![sample.language]))
        #expect(text.contains("15-02/118") && text.contains("01.06.2025"), "the number and the date of issue, dd.mm.yyyy")
        #expect(text.contains("04-12/345") && text.contains("20.05.2025"), "the letter answered")
        #expect(text.contains("А. Сейтқали") && text.contains("Б. Омаров"))
        if negative { #expect(text.contains("1.1.") && text.contains("1 850 000 000")) }
        for leak in ["Cases/", "document.yaml", "sha-256", "SHA-256", "0000000000000000"] {
            #expect(!text.contains(leak), "the conclusion shows \(leak)")
        }
    }

    @Test("the HTML twin renders in headless Chromium to a PNG", arguments: samples)
    func png(_ sample: Sample) throws {
        let bytes = try ConclusionConverter().convert(Self.markdown(sample), to: .html, title: sample.caseName)
        try FileManager.default.createDirectory(atPath: Self.output, withIntermediateDirectories: true)
        let html = Self.output + "/\(sample.caseName).\(sample.language.rawValue).html"
        let png = Self.output + "/\(sample.caseName).\(sample.language.rawValue).png"
        try Data(bytes).write(to: URL(fileURLWithPath: html))
        try? FileManager.default.removeItem(atPath: png)
        try HeadlessBrowser.screenshot(file: html, to: png, width: 900, height: 2600)
        let image = try #require(FileManager.default.contents(atPath: png), "chromium wrote no screenshot")
        #expect(Array(image.prefix(4)) == [0x89, 0x50, 0x4E, 0x47], "not a PNG")
        #expect(image.count > 50_000, "the screenshot is suspiciously small (\(image.count) bytes)")
    }

    @Test("document text cannot become markup in the conclusion")
    func escaping() {
        let text = IssuedConclusion.md("<script>alert(1)</script> **bold** [link](x) # 1. `code` | cell")
        #expect(!text.contains("<script>"))
        #expect(text.contains("\\<script\\>"))
        #expect(text.contains("\\*\\*bold\\*\\*"))
    }

    @Test("amounts and dates are written the local way")
    func localFormat() {
        #expect(LocalFormat.tenge(1_850_000_000, .ru) == "1\u{00A0}850\u{00A0}000\u{00A0}000\u{00A0}тенге")
        #expect(LocalFormat.tenge(1_850_000_000, .en) == "1,850,000,000\u{00A0}tenge")
        #expect(LocalFormat.date("2025-02-10") == "10.02.2025")
        #expect(LocalFormat.prose("Итог 1850000000 KZT на 2025-02-10", .ru) == "Итог 1\u{00A0}850\u{00A0}000\u{00A0}000\u{00A0}тенге на 10.02.2025")
    }

    static func plainText(docx: String, pandoc: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: pandoc)
        process.arguments = ["--from=docx", "--to=plain", "--wrap=none", docx]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\u{00A0}", with: " ")
    }
}
