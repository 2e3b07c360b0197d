import Foundation
import Testing
@testable import Saraptama

/// The Word conclusion as it is laid out: the rule set's letterhead template gives it its styles,
/// margins and page numbers, and LibreOffice lays the .docx out as PDF, whose pages are rendered
/// to PNG (pdftoppm) in `.build/conclusion-png/` to be looked at. `.ci/run` installs LibreOffice
/// and poppler; without them these FAIL and say so.
@Suite("Issued conclusion: letterhead template and PDF layout")
struct ConclusionLayoutTests {
    static let shippedTemplate = Repository.root + "/Rules/" + ConclusionConverter.shippedTemplate

    static func docx(_ sample: ConclusionRenderingTests.Sample, template: String?) throws -> [UInt8] {
        try ConclusionConverter(template: template).convert(ConclusionRenderingTests.markdown(sample), to: .docx, title: sample.caseName)
    }

    /// The named part of a .docx, read with Python's zipfile (the tests already need Python).
    static func part(_ name: String, of bytes: [UInt8]) throws -> String {
        let file = try ReportFixtures.write("", suffix: ".docx")
        defer { try? FileManager.default.removeItem(atPath: file) }
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        let python = try #require(ExternalTool.find("python3"), "python3 is required")
        let run = try ExternalTool.run(python, ["-c", "import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())", file, name])
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout
    }

    @Test("the shipped template gives the conclusion its fonts, styles, A4 margins and page numbers")
    func shippedTemplate() throws {
        #expect(FileManager.default.fileExists(atPath: Self.shippedTemplate))
        let sample = ConclusionRenderingTests.samples[0]
        let styled = try Self.docx(sample, template: Self.shippedTemplate)
        let styles = try Self.part("word/styles.xml", of: styled)
        for style in ["Letterhead", "Addressee", "Signature", "RemarkDetails"] {
            #expect(styles.contains("w:styleId=\"\(style)\""), "the template defines \(style)")
        }
        #expect(styles.contains("Times New Roman"))
        let body = try Self.part("word/document.xml", of: styled)
        #expect(body.contains("w:left=\"1701\""), "left margin 30 mm")
        #expect(body.contains("footerReference"), "a footer with the page number")
        #expect(try Self.part("word/footer1.xml", of: styled).contains("PAGE"))
        // Without a template pandoc's plain default is used: no footer, no letterhead style of ours.
        let plain = try Self.docx(sample, template: nil)
        #expect(!(try Self.part("word/document.xml", of: plain)).contains("footerReference"))
    }

    @Test("the converter takes the settings' template first, then the rule set's")
    func templateChoice() {
        var settings = ConclusionSettings()
        #expect(ConclusionConverter(settings: settings, ruleSetDirectory: Repository.root + "/Rules").template == Self.shippedTemplate)
        #expect(ConclusionConverter(settings: settings, ruleSetDirectory: "/nonexistent").template == nil)
        settings.template = "/organisation/letterhead.docx"
        #expect(ConclusionConverter(settings: settings, ruleSetDirectory: Repository.root + "/Rules").template == "/organisation/letterhead.docx")
    }

    @Test("a template that is not a Word archive is refused before pandoc sees it")
    func badTemplate() throws {
        let notZip = try ReportFixtures.write("this is not a .docx", suffix: ".docx")
        defer { try? FileManager.default.removeItem(atPath: notZip) }
        let sample = ConclusionRenderingTests.samples[0]
        for template in [notZip, "/nonexistent/letterhead.docx"] {
            do {
                _ = try Self.docx(sample, template: template)
                Issue.record("\(template) was accepted")
            } catch let error as ConclusionError {
                #expect(error.code == "conclusion-template", "\(error)")
                #expect(error.message.contains(template))
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    @Test("LibreOffice lays the .docx out as PDF; its pages are rendered to PNG", arguments: ConclusionRenderingTests.samples)
    func pdf(_ sample: ConclusionRenderingTests.Sample) throws {
        #expect(OfficeConverter().executable != nil, "LibreOffice is required: apt-get install libreoffice-writer-nogui")
        let pdf = try OfficeConverter().pdf(fromDocx: try Self.docx(sample, template: Self.shippedTemplate))
        #expect(pdf.starts(with: Array("%PDF".utf8)))
        let folder = ConclusionRenderingTests.output
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let file = folder + "/\(sample.caseName).\(sample.language.rawValue).pdf"
        try Data(pdf).write(to: URL(fileURLWithPath: file))
        let pdftoppm = try #require(ExternalTool.find("pdftoppm"), "poppler-utils is required: apt-get install poppler-utils")
        let prefix = folder + "/\(sample.caseName).\(sample.language.rawValue).docx-page"
        let run = try ExternalTool.run(pdftoppm, ["-r", "60", "-png", file, prefix])
        #expect(run.status == 0, "\(run.stderr)")
        let pages = try FileManager.default.contentsOfDirectory(atPath: folder).filter {
            $0.hasPrefix("\(sample.caseName).\(sample.language.rawValue).docx-page") && $0.hasSuffix(".png")
        }
        #expect(!pages.isEmpty)
        // The text LibreOffice laid out: the verdict and the signatories, in the sample's language.
        let pdftotext = try #require(ExternalTool.find("pdftotext"), "poppler-utils is required")
        let text = try ExternalTool.run(pdftotext, ["-layout", file, "-"]).stdout
        let negative = sample.caseName == "ta-mz-telemedicine"
        let verdict = LocalizedText(ru: negative ? "Отрицательное заключение" : "Положительное заключение", kk: negative ? "Теріс қорытынды" : "Оң қорытынды", en: "")[sample.language]
        #expect(text.contains(verdict))
        #expect(text.contains("Б. Омаров"))
    }

    @Test("without LibreOffice, asking for a PDF is a clear error naming what to install")
    func pdfWithoutOffice() {
        let converter = OfficeConverter(environment: ["PATH": "/nonexistent"])
        #expect(converter.executable == nil)
        do {
            _ = try converter.pdf(fromDocx: [0x50, 0x4B])
            Issue.record("a PDF without LibreOffice")
        } catch {
            #expect(error.code == "conclusion-office")
            #expect(error.message.contains("libreoffice-writer-nogui"))
        }
    }

    @Test("a title with quotes of its own is nested with „“ inside «»")
    func nestedQuotes() {
        #expect(IssuedConclusionLabels.quoted("ТЗ на ИС «Е-Денсаулық»") == "«ТЗ на ИС „Е-Денсаулық“»")
        #expect(IssuedConclusionLabels.quoted("«Е-Денсаулық»") == "«Е-Денсаулық»")
        #expect(IssuedConclusionLabels.quoted("«Астана» жүйесі «Жасыл»") == "«„Астана“ жүйесі „Жасыл“»")
        #expect(IssuedConclusionLabels.quoted("Техническое задание") == "«Техническое задание»")
    }
}
