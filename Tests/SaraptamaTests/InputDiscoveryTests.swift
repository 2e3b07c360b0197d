import Foundation
import Testing
@testable import Saraptama

/// Folders as users have them: documents beside expected and golden files, dossier folders,
/// waivers, READMEs; `--exclude`.
@Suite("Input discovery")
struct InputDiscoveryTests {
    static let tree: [String: String] = [
        "cases/ta/document.yaml": "# a comment\nkind: technical_assignment\nid: T-1\ndate: \"2025-01-01\"\n",
        "cases/ta/expected.yaml": "findings:\n  - {rule: STR-001, path: sections}\n",
        "cases/ta/golden/report.json": "{\"format\": \"saraptama-report\", \"documents\": []}",
        "cases/ta/golden/report.html": "<html></html>",
        "cases/ta/golden.txt": "ok",
        "cases/dossier/dossier.yaml": "dossier: {id: D}\ndocuments: [ip.yaml]\n",
        "cases/dossier/ip.yaml": "kind: investment_proposal\nid: I-1\ndate: \"2025-01-01\"\n",
        "cases/README.md": "# Cases\n",
        "cases/waivers.yaml": "waivers: []\n",
        "cases/broken.yaml": "kind: [\n",
        "cases/typo.yaml": "kind: technical_asignment\nid: T-2\n",
        "cases/nokind.yaml": "id: T-3\ndate: \"2025-01-01\"\n",
        "cases/k8s.yaml": "kind: Deployment\nmetadata: {name: x}\n",
        "cases/flow.json": "{\"kind\": \"feasibility_study\", \"id\": \"F-1\", \"date\": \"2025-01-01\"}",
        "cases/prose/document.md": "---\nkind: technical_assignment\nid: T-4\ndate: \"2025-01-01\"\n---\n# 1 Общие сведения\n",
        "cases/.hidden/document.yaml": "kind: technical_assignment\n",
    ]

    static func relative(_ paths: [String], to root: String) -> [String] { paths.map { String($0.dropFirst(root.count + 1)) } }

    @Test func aWalkFindsDocumentsAndDossiersAndSaysWhatItSkipped() throws {
        let folder = try TemporaryTree(Self.tree)
        defer { folder.remove() }
        let found = InputDiscovery(paths: [folder.path + "/cases"])
        #expect(Self.relative(found.documents, to: folder.path) == [
            "cases/broken.yaml", "cases/flow.json", "cases/nokind.yaml", "cases/prose/document.md", "cases/ta/document.yaml", "cases/typo.yaml",
        ])
        #expect(Self.relative(found.dossiers, to: folder.path) == ["cases/dossier"])
        let skipped = Dictionary(uniqueKeysWithValues: found.skipped.map { (String($0.path.dropFirst(folder.path.count + 1)), $0.reason) })
        #expect(skipped["cases/ta/expected.yaml"] == .notADocument("no top-level 'kind' (expected findings)"))
        #expect(skipped["cases/ta/golden/report.json"] == .notADocument("no top-level 'kind' (a report)"))
        #expect(skipped["cases/ta/golden/report.html"] == .otherFormat(".html"))
        #expect(skipped["cases/ta/golden.txt"] == .otherFormat(".txt"))
        #expect(skipped["cases/waivers.yaml"] == .notADocument("no top-level 'kind' (waivers)"))
        #expect(skipped["cases/k8s.yaml"] == .notADocument("its top-level kind 'Deployment' is not a document kind"))
        #expect(skipped["cases/README.md"] != nil)
        #expect(skipped.count == 7)
        #expect(found.notes.allSatisfy { $0.severity == .note })
        #expect(Set(found.notes.map(\.code)) == ["input-not-a-document", "input-other-format"])
    }

    @Test func excludeLeavesOutNamesAndPaths() throws {
        let folder = try TemporaryTree(Self.tree)
        defer { folder.remove() }
        let found = InputDiscovery(paths: [folder.path + "/cases"], exclude: ["golden", "*.json", "prose/*", "dossier"])
        #expect(Self.relative(found.documents, to: folder.path) == ["cases/broken.yaml", "cases/nokind.yaml", "cases/ta/document.yaml", "cases/typo.yaml"])
        #expect(found.dossiers.isEmpty)
        let excluded = found.skipped.compactMap { skip -> String? in
            if case .excluded(let glob) = skip.reason { return glob + " " + String(skip.path.dropFirst(folder.path.count + 1)) }
            return nil
        }
        #expect(excluded == ["dossier cases/dossier", "*.json cases/flow.json", "prose/* cases/prose/document.md", "golden cases/ta/golden"])
        #expect(found.notes.contains { $0.code == "input-excluded" && $0.message == "--exclude 'golden' left out 1 file or folder" })
    }

    @Test func pathsNamedAreTakenAsGiven() throws {
        let folder = try TemporaryTree(Self.tree)
        defer { folder.remove() }
        let found = InputDiscovery(paths: [folder.path + "/cases/waivers.yaml", folder.path + "/cases/dossier", "-"])
        #expect(found.documents == [folder.path + "/cases/waivers.yaml", "-"])
        #expect(found.dossiers == [folder.path + "/cases/dossier"])
        let lint = InputDiscovery(paths: [folder.path + "/cases/dossier"], dossierFolders: false)
        #expect(Self.relative(lint.documents, to: folder.path) == ["cases/dossier/ip.yaml"])
        #expect(lint.skipped.map(\.reason) == [.notADocument("no top-level 'kind' (a dossier manifest)")])
    }

    @Test func notesGroupFilesOfOneNameAndReason() {
        #expect(InputDiscovery.pattern(["Cases/a/expected.yaml", "Cases/b/expected.yaml"]) == "Cases/*/expected.yaml")
        #expect(InputDiscovery.pattern(["Cases/a/expected.yaml"]) == "Cases/a/expected.yaml")
    }

    /// `saraptama check Cases`: every case, dossiers as dossiers, and which files were skipped.
    @Test func checkCasesChecksEveryCaseAndDossier() throws {
        let run = try CommandLineTests.run(["check", Repository.cases, "--lang", "en", "--format", "json"])
        // Findings (1), or an examination question left open (3); never an input error (2).
        #expect([1, 3].contains(run.status))
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let files = Set((report["documents"] as? [[String: Any]] ?? []).compactMap { $0["file"] as? String }.map { $0.replacingOccurrences(of: Repository.cases + "/", with: "") })
        let caseFolders = try FileManager.default.contentsOfDirectory(atPath: Repository.cases).filter { $0 != "registry" && !$0.hasPrefix(".") }
        let caseWithDocument = caseFolders.filter { folder in
            (try? FileManager.default.contentsOfDirectory(atPath: Repository.cases + "/" + folder))?.contains { $0.hasPrefix("document.") } == true
        }
        #expect(caseWithDocument.count > 20)
        for folder in caseWithDocument where !DossierLoader.isDossier(path: Repository.cases + "/" + folder) {
            #expect(files.contains { $0.hasPrefix(folder + "/document.") }, "case \(folder) was not checked")
        }
        // Dossier members are checked as such: the telemedicine dossier's own IP and FEJ are there.
        #expect(files.contains("dossier-mz-telemedicine/ip.yaml"))
        #expect(files.contains("dossier-mz-telemedicine/fej.yaml"))
        #expect(run.stderr.contains("Cases/*/expected.yaml: note: input-not-a-document: skipped, "))
        #expect(run.stderr.contains(" files, not a document: no top-level 'kind' (expected findings)"))
        #expect(run.stderr.contains("Cases/registry/README.md: note: input-not-a-document"))
        #expect(run.stderr.contains("note: input-other-format: skipped"))
        #expect(!run.stderr.contains("error"))
    }

    @Test func checkWithExcludeSaysWhatItLeftOut() throws {
        let run = try CommandLineTests.run(["check", Repository.cases, "--exclude", "dossier-*", "--exclude", "golden", "--lang", "en"])
        #expect([1, 3].contains(run.status))
        #expect(run.stderr.contains("note: input-excluded: --exclude 'dossier-*' left out 4 files or folders"))
        // The same note in Russian, with the plural of its count.
        let russian = try CommandLineTests.run(["check", Repository.cases, "--exclude", "dossier-*", "--lang", "ru"])
        #expect(russian.stderr.contains("примечание: input-excluded: --exclude «dossier-*» исключил: 4 файла или папки"))
        #expect(!run.stdout.contains("dossier-mz-telemedicine/ip.yaml"))
        #expect(!run.stderr.contains("golden/report.json"))
    }
}
