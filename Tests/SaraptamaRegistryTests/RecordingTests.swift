import Foundation
import Saraptama
import SaraptamaRegistry
import Testing

/// Recording examinations and reading them back.
@Suite("Recording and listing")
struct RecordingTests {
    static let caseFile = Repository.root + "/Cases/ta-mz-telemedicine/document.yaml"

    /// The shipped case checked by the shipped rule set.
    static func checkedCase() throws -> (DocumentResult, RuleSetStamp) {
        let ruleSet = try RuleSetLoader.load(directory: Repository.root + "/Rules")
        let architectures = try ArchitectureLibrary.load(directory: ruleSet.defaultArchitectureDirectory, specs: ruleSet.architectureIndexes)
        let result = BatchChecker(engine: Engine(ruleSet: ruleSet, architectures: architectures), language: .en).check(file: caseFile)
        return (result, RuleSetStamp(name: ruleSet.name, version: ruleSet.version, hash: ruleSet.hash))
    }

    @Test func aCheckedDocumentIsRecordedWithEveryFieldAndItsCopy() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let (result, stamp) = try Self.checkedCase()
        let header = try #require(result.header)
        let examination = try #require(Examination(
            result: result, ruleSet: stamp, engineVersion: SaraptamaVersion.current, received: nil, concluded: day("2025-03-03"), origin: .check))
        let bytes = Array(try #require(FileManager.default.contents(atPath: Self.caseFile)))
        let registry = try Registry(path: scratch.file("r.db"))
        let stored = try registry.record(examination, copy: bytes)
        #expect(stored.id == 1)
        #expect(stored.round == 1)
        #expect(stored.documentSHA256 == SHA256.hex(of: bytes))

        let back = try #require(try registry.examination(id: 1))
        #expect(back.documentID == header.id)
        #expect(back.kind == header.kind)
        #expect(back.stateBodyID == header.stateBodyID)
        #expect(back.stateBodyName == header.stateBodyName)
        #expect(back.objectName == header.objectName)
        #expect(back.received == header.date)  // the document's date by default
        #expect(back.concluded == day("2025-03-03"))
        #expect(back.verdict == result.verdict)
        #expect(back.counts == SeverityCounts(errors: result.count(.error), warnings: result.count(.warning), infos: result.count(.info)))
        #expect(back.ruleSet == stamp)
        #expect(back.engineVersion == SaraptamaVersion.current)
        #expect(back.origin == .check)
        #expect(back.findings.count == result.findings.count)
        #expect(back.findings.map(\.ruleID) == result.findings.map(\.ruleID))
        #expect(back.findings.map(\.fingerprint) == result.findings.map(\.fingerprint))
        #expect(back.findings.map(\.path) == result.findings.map(\.path.description))
        #expect(back.findings.map(\.pack) == result.findings.map(\.pack))
        #expect(try registry.documentCopy(sha256: stored.documentSHA256!) == bytes)
    }

    @Test func resubmissionsCountUpAndTheCopyIsStoredOnce() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let registry = try Registry(path: scratch.file("r.db"))
        let first = examination("ТЗ-1", received: "2021-03-01", concluded: "2021-03-10", verdict: .negative, findings: [("STR-001", .error)])
        let copy = Array("kind: technical_assignment\nid: ТЗ-1\n".utf8)
        #expect(try registry.record(first, copy: copy).round == 1)
        #expect(try registry.record(first, copy: copy).round == 2)
        #expect(try registry.record(examination("ТЗ-2", received: "2021-03-01", concluded: "2021-03-02", verdict: .positive)).round == 1)
        #expect(try registry.record(first, copy: Array("changed".utf8)).round == 3)
        let counts = try registry.counts()
        #expect(counts.examinations == 4)
        #expect(counts.findings == 3)
        #expect(counts.documents == 2)  // two distinct copies; the repeated one is stored once
        #expect(try registry.examinations().map { "\($0.documentID)#\($0.round!)" } == ["ТЗ-1#1", "ТЗ-1#2", "ТЗ-2#1", "ТЗ-1#3"])
    }

    @Test func theIssuedConclusionIsKeptWithItsExamination() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let registry = try Registry(path: scratch.file("r.db"))
        let stored = try registry.record(examination("ТЗ-1", received: "2021-03-01", concluded: "2021-03-10", verdict: .negative, findings: [("STR-001", .error)]))
        let id = try #require(stored.id)
        #expect(try registry.conclusion(examinationID: id) == nil)
        let docx: [UInt8] = [0x50, 0x4B, 3, 4, 1, 2, 3]
        try registry.storeConclusion(examinationID: id, number: "15-02/118", content: docx)
        let kept = try #require(try registry.conclusion(examinationID: id))
        #expect(kept.content == docx && kept.number == "15-02/118" && kept.format == "docx")
        // Issued again (a corrected conclusion): the new one replaces it.
        try registry.storeConclusion(examinationID: id, number: nil, content: [1])
        #expect(try registry.conclusion(examinationID: id)?.content == [1])
    }

    @Test func anExaminationConcludedBeforeItWasReceivedIsRefused() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let registry = try Registry(path: scratch.file("r.db"))
        let error = try #require(throws: RegistryError.self) {
            try registry.record(examination("ТЗ-1", received: "2021-03-10", concluded: "2021-03-01", verdict: .positive))
        }
        #expect(error.code == .badExamination)
        #expect(try registry.counts().examinations == 0)
    }

    @Test func listingAndShowingText() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let registry = try Registry(path: scratch.file("r.db"))
        try registry.record(examination("ТЗ-1", received: "2021-03-01", concluded: "2021-03-10", verdict: .negative, findings: [("STR-001", .error), ("STR-003", .warning)]))
        try registry.record(examination("ИП-7", .investmentProposal, body: nil, received: "2021-04-01", concluded: "2021-04-02", verdict: .positive))
        let all = try registry.examinations()
        let list = RegistryListing.list(all, total: all.count)
        #expect(list == """
            id  document  kind  round  received    concluded   verdict   E  W  I  body
            1   ТЗ-1      TA    1      2021-03-01  2021-03-10  negative  1  1  0  mz
            2   ИП-7      IP    1      2021-04-01  2021-04-02  positive  0  0  0
            2 examinations

            """)
        let russian = RegistryListing.list(all, total: all.count, language: .ru)
        #expect(russian.contains("ТЗ-1      ТЗ   1      2021-03-01  2021-03-10  отрицательное"))
        #expect(russian.hasSuffix("2 экспертизы\n"))
        #expect(RegistryListing.show(all[0], language: .kk).contains("  тұжырым         теріс\n"))
        let show = RegistryListing.show(all[0])
        #expect(show.contains("  document        ТЗ-1\n"))
        #expect(show.contains("  round           1\n"))
        #expect(show.contains("  copy            none stored\n"))
        #expect(show.contains("    error    STR-001   \n") || show.contains("    error    STR-001"))
    }
}
