import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import Saraptama

/// JUnit, Markdown and GitHub annotations: structure and escaping of hostile content.
@Suite("Machine formats")
struct MachineFormatTests {
    static let markup = """
        kind: technical_assignment
        id: "T|1 <x> & \\"q\\""
        title: "A | B ` * _ <b>bold</b>"
        state_body: {id: mz, name: "Body, with: colons % and\\nnewline"}
        date: "2025-02-10"
        functions:
          - {code: "MZ.99|99", name: "Name, with: colon % & <tag>", domain: healthcare, change: new}
        """

    /// Counts elements and attributes of a JUnit document with Foundation's XML parser, which
    /// fails on anything that is not well-formed.
    final class JUnitCounter: NSObject, XMLParserDelegate {
        var elements: [String: Int] = [:]
        var classnames: Set<String> = []
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            elements[name, default: 0] += 1
            if name == "testcase", let classname = attributes["classname"] { classnames.insert(classname) }
        }
    }

    @Test func junitIsWellFormedWithOneTestCasePerRuleAndDocument() throws {
        let report = ReportFixtures.report(
            ReportFixtures.results(caseDirectory: Repository.cases + "/ta-mz-telemedicine", language: .en)
                + ReportFixtures.results(caseDirectory: Repository.cases + "/ip-mz-lab-register", language: .en)
                + [Repository.engine.check(try document(Self.markup, path: "a<b>&c.yaml"), language: .en)])
        let xml = JUnitReport.render(report, options: ReportFixtures.options)
        let parser = XMLParser(data: Data(xml.utf8))
        let counter = JUnitCounter()
        parser.delegate = counter
        #expect(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        // A single document is a test suite of the document rules; dossier rules run only in a dossier.
        let rules = Repository.engine.ruleSet.rules.filter { !$0.scope.isDossier }.count
        #expect(counter.elements["testsuite"] == 3)
        // Plus one test case per question of the examination that applies to each document.
        let questions = report.documents.reduce(0) { $0 + $1.result.questions.count { $0.status != .notApplicable } }
        #expect(questions > 0)
        #expect(counter.elements["testcase"] == 3 * rules + questions)
        let unexamined = report.documents.reduce(0) { $0 + $1.result.unexaminedQuestions.count }
        #expect(counter.elements["error"] == unexamined)
        #expect(counter.classnames.contains("a<b>&c.yaml"))
        let failures = report.documents.reduce(0) { total, document in total + Set(document.result.findings.map(\.ruleID)).count }
        #expect(counter.elements["failure"] == failures)
        // The investment proposal is not checked by TA-only rules: those cases are skipped.
        let notApplicable = Repository.engine.ruleSet.rules.count { !$0.kinds.contains(.investmentProposal) }
        #expect(notApplicable > 0)
        #expect((counter.elements["skipped"] ?? 0) >= notApplicable)
    }

    @Test func markdownEscapesPipesAndMarkup() throws {
        let markdown = MarkdownReport.render(try ReportFixtures.report(yaml: Self.markup), options: ReportFixtures.options)
        #expect(!markdown.contains("<b>"))
        #expect(!markdown.contains("<tag>"))
        #expect(markdown.contains("T\\|1 &lt;x&gt; &amp; \"q\""))
        // Every table row has exactly as many unescaped pipes as its header.
        for line in markdown.split(separator: "\n") where line.hasPrefix("| #") || line.hasPrefix("| 1 ") || line.hasPrefix("| 2 ") {
            let pipes = line.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            #expect(pipes == 8, "a cell broke the table: \(line)")
        }
    }

    @Test func githubAnnotationsAreOneLinePerFindingWithEscapedProperties() throws {
        let report = try ReportFixtures.report(yaml: Self.markup, path: "dir, with: odd%name.yaml")
        let text = GitHubAnnotations.render(report, options: ReportFixtures.options)
        let lines = text.split(separator: "\n")
        // One line per finding, and one warning per question of the examination not examined.
        #expect(lines.count == report.documents[0].result.findings.count + report.documents[0].result.unexaminedQuestions.count)
        for line in lines {
            #expect(line.hasPrefix("::error file=dir%2C with%3A odd%25name.yaml,line=") || line.hasPrefix("::warning file=") || line.hasPrefix("::notice file="))
            #expect(line.contains(",title="))
        }
        let first = try #require(report.documents[0].result.findings.first)
        #expect(text.contains("line=\(first.mark.line),col=\(first.mark.column),title=\(first.ruleID)::"))
        #expect(text.contains("%0Afix: "), "the fix hint follows the message on its own line")
    }

    @Test func levelsMapFromSeverities() {
        #expect(SARIFReport.level(.error) == "error")
        #expect(SARIFReport.level(.warning) == "warning")
        #expect(SARIFReport.level(.info) == "note")
        #expect(GitHubAnnotations.level(.info) == "notice")
        #expect(Escape.uriPath("Cases/ТЗ 1.yaml") == "Cases/%D0%A2%D0%97%201.yaml")
        #expect(Escape.html("<a href='x'>&</a>") == "&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;")
        #expect(Escape.xml("a\u{1}b\u{FFFE}\"") == "ab&quot;")
    }
}
