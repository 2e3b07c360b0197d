import Foundation
import Testing
@testable import Saraptama

/// `saraptama new`: every template, in every language and form, loads without a problem, and its
/// tables land where the rules read them.
@Suite("Document templates")
struct DocumentTemplateTests {
    static let kinds: [DocumentKind] = [.technicalAssignment, .investmentProposal, .feasibilityStudy]

    static func load(_ text: String, path: String) throws -> Document {
        switch DocumentLoader.load(bytes: Array(text.utf8), path: path, tables: Repository.tables) {
        case .loaded(let document): return document
        case .failed(let result):
            Issue.record("\(path) did not load: \(result.problems.map(\.description).joined(separator: "; "))")
            throw CancellationError()
        }
    }

    @Test("the Markdown template is read with its tables in place", arguments: kinds, Language.allCases)
    func markdown(kind: DocumentKind, language: Language) throws {
        let document = try Self.load(DocumentTemplate.markdown(kind, language: language), path: "template.md")
        #expect(document.header.kind == kind)
        let root = document.root
        for part in ["functions", "integrations", "software"] {
            #expect(root[part]?.sequence != nil, "\(part) from its table")
        }
        #expect(root["data"]?["entities"]?.sequence != nil)
        #expect(root["schedule"]?["stages"]?.sequence != nil)
        #expect(root["standard_solutions"]?["considered"]?.sequence != nil)
        #expect(root["budget"]?["currency"]?.string == "KZT")
        if kind == .technicalAssignment {
            #expect(root["sections"]?.sequence?.count == 9, "the nine sections of GOST 34.602")
        } else {
            #expect(root["justification"]?["problem"] != nil)
        }
        let result = Repository.engine.check(document, language: language)
        #expect(result.problems.isEmpty, "\(result.problems.map(\.description))")
    }

    @Test("the YAML template loads and is checked without an evaluation problem", arguments: kinds, Language.allCases)
    func yaml(kind: DocumentKind, language: Language) throws {
        let document = try Self.load(DocumentTemplate.yaml(kind, language: language), path: "template.yaml")
        #expect(document.header.kind == kind)
        let result = Repository.engine.check(document, language: language)
        #expect(result.problems.isEmpty, "\(result.problems.map(\.description))")
    }

    @Test("saraptama init writes a configuration that loads")
    func configuration() throws {
        let path = NSTemporaryDirectory() + "saraptama-config-" + UUID().uuidString + ".yaml"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try ConfigurationTemplate.text(language: .kk, rules: "Rules").write(toFile: path, atomically: true, encoding: .utf8)
        let configuration = try Configuration.load(path: path)
        #expect(configuration.language == .kk)
        #expect(configuration.rules?.hasSuffix("/Rules") == true)
        #expect(configuration.conclusion.expert?.position[.kk] == "Сарапшы")
        // Its commented-out settings load too, once uncommented.
        var text = ConfigurationTemplate.text(language: .kk, rules: "Rules")
        text = text.replacing(/(?m)^(\s*)# (template:|serve:|  host:|  port:|  secure_cookies:|  session_minutes:|  max_upload_mb:)/) { $0.output.1 + $0.output.2 }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let full = try Configuration.load(path: path)
        #expect(full.serve.port == 8080 && full.serve.secureCookies == false && full.serve.maxUploadMegabytes == 20)
        #expect(full.conclusion.template?.hasSuffix("/letterhead.docx") == true)
    }

    @Test("a configuration's mistakes are reported with their place")
    func configurationProblems() throws {
        let path = NSTemporaryDirectory() + "saraptama-config-" + UUID().uuidString + ".yaml"
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "language: fr\nfail_on: error\nrulez: Rules\n".write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try Configuration.load(path: path)
            Issue.record("expected problems")
        } catch {
            let codes = error.diagnostics.map(\.code)
            #expect(codes.contains("config-bad-value"))
            #expect(codes.contains("config-unknown-field"))
            #expect(error.diagnostics.contains { $0.message.contains("did you mean 'rules'") })
        }
    }

    @Test("the configuration is found upward from the working folder")
    func foundUpward() throws {
        let root = NSTemporaryDirectory() + "saraptama-up-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/a/b", withIntermediateDirectories: true)
        try "language: en\n".write(toFile: root + "/saraptama.yaml", atomically: true, encoding: .utf8)
        #expect(Configuration.find(from: root + "/a/b", environment: [:])?.hasSuffix("/saraptama.yaml") == true)
        #expect(Configuration.find(from: root + "/a/b", environment: ["SARAPTAMA_CONFIG": "/x.yaml"]) == "/x.yaml")
    }
}
