import Foundation
import Testing
@testable import Saraptama

/// Every report format on every case of `Cases/`, compared with `Cases/<case>/golden/report.*`.
/// A resubmission case (named in `previousRound`) is rendered against its previous round, so its
/// golden files show what was resolved, what is still open and what is new.
///
/// After an intended change of output, regenerate and review the diff:
/// `SARAPTAMA_UPDATE_GOLDEN=1 swift test --filter ReportGoldenTests`.
@Suite("Report golden files")
struct ReportGoldenTests {
    static let updating = ProcessInfo.processInfo.environment["SARAPTAMA_UPDATE_GOLDEN"] == "1"
    static let directories = CaseRunner.caseDirectories(under: Repository.cases)
    /// Resubmission case → the case of its previous round.
    static let previousRound = ["ta-mz-telemedicine-resubmitted": "ta-mz-telemedicine"]

    struct Golden: CustomTestStringConvertible, Sendable {
        let caseDirectory: String
        let file: String
        let format: ReportFormat
        let language: Language
        let style: RenderOptions.TextStyle

        var testDescription: String { "\((caseDirectory as NSString).lastPathComponent)/golden/\(file)" }
    }

    static let goldens: [Golden] = directories.flatMap { directory -> [Golden] in
        var list: [Golden] = [.json, .sarif, .junit, .markdown, .github, .conclusion].map {
            Golden(caseDirectory: directory, file: "report.\($0.fileExtension)", format: $0, language: .en, style: .report)
        }
        list.append(Golden(caseDirectory: directory, file: "report.en.html", format: .html, language: .en, style: .report))
        let name = (directory as NSString).lastPathComponent
        if name == "ta-mz-telemedicine" {
            // The conclusion's wording in the other two languages, and the lint layout.
            list.append(Golden(caseDirectory: directory, file: "report.ru.html", format: .html, language: .ru, style: .report))
            list.append(Golden(caseDirectory: directory, file: "report.kk.html", format: .html, language: .kk, style: .report))
            list.append(Golden(caseDirectory: directory, file: "report.lint.txt", format: .text, language: .en, style: .lint))
        }
        if ConclusionRenderingTests.cases.contains(name) {
            // The issued conclusion in Russian and Kazakh: a negative and a positive case.
            list.append(Golden(caseDirectory: directory, file: "report.ru.conclusion.md", format: .conclusion, language: .ru, style: .report))
            list.append(Golden(caseDirectory: directory, file: "report.kk.conclusion.md", format: .conclusion, language: .kk, style: .report))
        }
        if previousRound[name] != nil {
            list.append(Golden(caseDirectory: directory, file: "report.txt", format: .text, language: .en, style: .report))
        }
        return list
    }

    static func render(_ golden: Golden) -> String {
        var report = ReportFixtures.report(caseDirectory: golden.caseDirectory, language: golden.language)
        let name = (golden.caseDirectory as NSString).lastPathComponent
        if let previous = previousRound[name] {
            let old = ReportFixtures.report(caseDirectory: Repository.cases + "/" + previous, language: golden.language)
            report = ReportFixtures.withBaseline(report, previous: old, file: "Cases/\(previous)/round-1.json")
        }
        var options = ReportFixtures.options
        options.textStyle = golden.style
        return golden.format.render(report, options: options)
    }

    @Test func everyCaseHasEveryFormat() {
        #expect(Self.directories.count >= 5)
        for format in ReportFormat.allCases where format != .text {
            #expect(Self.goldens.contains { $0.format == format }, "no golden file for \(format)")
        }
    }

    @Test(arguments: goldens)
    func golden(_ golden: Golden) throws {
        let rendered = Self.render(golden)
        let path = golden.caseDirectory + "/golden/" + golden.file
        if Self.updating {
            try FileManager.default.createDirectory(atPath: golden.caseDirectory + "/golden", withIntermediateDirectories: true)
            try rendered.write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        let expected = try #require(
            FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) },
            "\(path) is missing: create it with SARAPTAMA_UPDATE_GOLDEN=1 swift test --filter ReportGoldenTests")
        if rendered != expected {
            let renderedLines = rendered.split(separator: "\n", omittingEmptySubsequences: false)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line = Array(zip(renderedLines, expectedLines)).firstIndex { $0.0 != $0.1 } ?? min(renderedLines.count, expectedLines.count)
            let got = line < renderedLines.count ? String(renderedLines[line]) : "<end>"
            let want = line < expectedLines.count ? String(expectedLines[line]) : "<end>"
            Issue.record("""
                \(golden.testDescription) differs at line \(line + 1):
                  expected: \(want.prefix(300))
                  actual:   \(got.prefix(300))
                If the change is intended: SARAPTAMA_UPDATE_GOLDEN=1 swift test --filter ReportGoldenTests, then review the diff.
                """)
        }
    }

    @Test func goldenOutputHoldsNoAbsolutePathOrEscape() throws {
        for golden in Self.goldens {
            let rendered = Self.render(golden)
            #expect(!rendered.contains(Repository.root), "\(golden.testDescription) holds an absolute path")
            #expect(!rendered.contains("\u{1B}["), "\(golden.testDescription) holds ANSI escapes")
        }
    }
}
