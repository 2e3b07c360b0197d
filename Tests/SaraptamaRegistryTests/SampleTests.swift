import Foundation
import Saraptama
import SaraptamaRegistry
import Testing

/// The shipped synthetic sample: generated deterministically, shaped like the service integrator's figures,
/// and usable by the CLI on a fresh machine.
@Suite("Shipped sample")
struct SampleTests {
    @Test func theCommittedSampleIsTheGeneratorsOutput() throws {
        let generated = SampleGenerator.csv(calendar: Repository.calendar)
        if ProcessInfo.processInfo.environment["SARAPTAMA_UPDATE_SAMPLE"] == "1" {
            try generated.write(toFile: Repository.samplePath, atomically: true, encoding: .utf8)
        }
        let committed = try String(contentsOfFile: Repository.samplePath, encoding: .utf8)
        #expect(committed == generated, "Cases/registry/sample-2016-2021.csv differs from SampleGenerator; regenerate with SARAPTAMA_UPDATE_SAMPLE=1 and review")
    }

    @Test func theSampleHasTheSeedsFigures() throws {
        let text = try String(contentsOfFile: Repository.samplePath, encoding: .utf8)
        let rows = try RegistryCSV.parse(text, file: Repository.samplePath)
        let scratch = try Scratch()
        defer { scratch.remove() }
        let registry = try Registry(path: scratch.file("sample.db"))
        try registry.importExaminations(rows, file: Repository.samplePath)
        let stats = Statistics.compute(try registry.examinations(), query: StatisticsQuery(), calendar: Repository.calendar)
        #expect(stats.examinations == 530)
        #expect(stats.kindTotals == [345, 118, 67])
        #expect(stats.byYear.map(\.year) == Array(2016...2021))
        #expect(stats.byYear.map(\.byKind) == (2016...2021).map { SampleGenerator.plan[$0]! })
        #expect(try registry.examinations().allSatisfy { $0.ruleSet.name == "synthetic-sample" })
        #expect(stats.rounds.distribution.count >= 2)
        #expect(stats.turnaround.overLimit > 0)
        #expect(try registry.integrityCheck() == ["ok"])
    }
}
