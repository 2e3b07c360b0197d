import SaraptamaLoading
import Testing
@testable import Saraptama

/// The statements of Rules/extraction carry their own examples, as rules do: every one is run here.
@Suite("Reading: statements from sentences")
struct StatementPatternTests {
    @Test("every statement pattern's examples give their value, or no fact")
    func examples() {
        let outcomes = StatementExampleRunner(ruleSet: Repository.engine.ruleSet).run()
        #expect(outcomes.count >= 40)
        for outcome in outcomes where !outcome.passed {
            Issue.record("\(outcome.file):\(outcome.mark.line):\(outcome.mark.column) \(outcome.statement): \(outcome.failure!)")
        }
    }

    @Test("a statement without examples, with a bad expression or an unknown field is a rule-set error with its position")
    func parserProblems() throws {
        let folder = try TemporaryTree([
            "ruleset.yaml": "name: t\nversion: '1'\n",
            "extraction/statements.yaml": """
                statements:
                  - id: a
                    fact: hosting.platform
                    value: x
                    match: ['(unclosed']
                    colour: red
                """,
        ])
        defer { folder.remove() }
        #expect(throws: DiagnosticError.self) { try RuleSetLoader.load(directory: folder.path) }
        do { _ = try RuleSetLoader.load(directory: folder.path) } catch {
            let codes = Set(error.diagnostics.map(\.code))
            #expect(codes.isSuperset(of: ["extraction.bad-pattern", "extraction.unknown-field", "extraction.missing-examples"]))
        }
    }

    @Test("periods and amounts as authors write them")
    func cellValues() {
        #expect(CellValues.period("I квартал 2026 г.")! == ("2026-01-01", "2026-03-31"))
        #expect(CellValues.period("март – май 2026 г.")! == ("2026-03-01", "2026-05-31"))
        #expect(CellValues.period("01.12.2026 – 31.01.2028")! == ("2026-12-01", "2028-01-31"))
        #expect(CellValues.period("декабрь 2026 г. – февраль 2027 г.")! == ("2026-12-01", "2027-02-28"))
        #expect(CellValues.period("2027 ж.")! == ("2027-01-01", "2027-12-31"))
        #expect(CellValues.period("по мере необходимости") == nil)
        #expect(CellValues.amount("480 000,0", multiplier: 1_000) == 480_000_000)
        #expect(CellValues.amount("275 млн", multiplier: 1) == 275_000_000)
        #expect(CellValues.amount("275 000 000,0", multiplier: 1) == 275_000_000)
        #expect(CellValues.amount("1,2 млрд тенге", multiplier: 1) == 1_200_000_000)
        #expect(CellValues.amount("около трехсот", multiplier: 1) == nil)
    }
}
