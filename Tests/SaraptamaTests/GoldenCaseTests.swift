import Foundation
import Testing
@testable import Saraptama

/// The realistic cases of `Cases/`: findings must equal each case's expected.yaml and the English
/// text report its golden.txt. Regenerate golden files with `saraptama test --update-golden`.
@Suite("Golden cases")
struct GoldenCaseTests {
    static let directories = CaseRunner.caseDirectories(under: Repository.cases)

    @Test func thereAreAtLeastThreeCases() {
        #expect(Self.directories.count >= 3)
    }

    @Test(arguments: directories)
    func goldenCase(_ directory: String) {
        let outcome = CaseRunner(engine: Repository.engine).run(caseDirectory: directory, displayRoot: Repository.root + "/")
        #expect(outcome.failure == nil, "\(outcome.name): \(outcome.failure ?? "")")
    }
}
