import Foundation
import Testing
@testable import Saraptama

/// `explain`: the values of each visited item, agreement with the engine, applicability, and
/// the operand splitter.
@Suite("Explain")
struct ExplainTests {
    static let explainer = Explainer(engine: Repository.engine, language: .en)

    static func load(_ directory: String) throws -> Document {
        // A prose case (Cases/*-md) has a document.md instead.
        let base = Repository.cases + "/" + directory + "/document"
        let path = FileManager.default.fileExists(atPath: base + ".yaml") || !FileManager.default.fileExists(atPath: base + ".md") ? base + ".yaml" : base + ".md"
        guard case .loaded(let document) = DocumentLoader.load(path: path, tables: Repository.tables) else {
            throw ExplainTestError.notLoaded(directory)
        }
        return document
    }

    enum ExplainTestError: Error { case notLoaded(String) }

    @Test func everyVisitedItemWithItsValuesAndOutcome() throws {
        let rule = try #require(Repository.engine.ruleSet.rule("INF-001"))
        let explanation = Self.explainer.explain(rule, in: try Self.load("ta-mz-telemedicine-resubmitted"))
        #expect(explanation.applicability == .applies)
        #expect(explanation.items.map(\.path) == (0..<7).map { "integrations[\($0)]" })
        #expect(explanation.items.map(\.outcome) == [.passed, .passed, .passed, .passed, .failed, .skipped, .skipped])
        let failed = explanation.items[4]
        #expect(failed.findingPath == "integrations[4].via")
        #expect(failed.findingMessage?.contains("is planned directly") == true)
        #expect(failed.guardEvaluation?.value == "true")
        #expect(failed.assertion?.value == "false")
        #expect(failed.value?.contains("\"via\":\"direct\"") == true)
        // The operands shown are the assertion's top-level operands that are not literals; the
        // assertion is a conjunction, so a false one has a false operand.
        let operands = try #require(failed.assertion?.operands)
        let split = try #require(OperandSplitter.split(rule.assertionSource))
        #expect(operands.map(\.source) == split.operands.filter { !Explainer.isLiteral($0) })
        if split.head == "&&" { #expect(operands.contains { $0.value == "false" }) }
        // An item skipped by a conjunctive guard shows which part of it was false.
        let skipped = explanation.items[5]
        #expect(skipped.guardEvaluation?.value == "false")
        if OperandSplitter.split(rule.guardSource ?? "")?.head == "&&" {
            #expect(skipped.guardEvaluation?.operands.contains { $0.value == "false" } == true)
        }
        let text = ExplanationReport.text(explanation)
        #expect(text.contains("Result: 4 passed, 1 failed, 2 skipped by the guard, 0 evaluation error(s)"))
        #expect(text.contains("→ FAILED: finding at integrations[4].via"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(ExplanationReport.json(explanation).utf8)) as? [String: Any])
        #expect((json["items"] as? [[String: Any]])?.count == 7)
        #expect(json["applies"] as? Bool == true)
    }

    /// Explain mirrors the engine: on every shipped case, the items it says failed are exactly
    /// the engine's findings, rule by rule. (Explain takes one document; dossier cases are
    /// made of the other cases' documents and are left out.)
    @Test(arguments: CaseRunner.caseDirectories(under: Repository.cases)
        .filter { !DossierLoader.isDossier(path: $0) }
        .map { ($0 as NSString).lastPathComponent })
    func explainAgreesWithTheEngine(_ name: String) throws {
        let document = try Self.load(name)
        let result = Repository.engine.check(document, language: .en)
        for rule in Repository.engine.ruleSet.rules {
            let explanation = Self.explainer.explain(rule, in: document)
            let explained = explanation.items.compactMap(\.findingPath).sorted()
            let found = result.findings.filter { $0.ruleID == rule.id }.map(\.path.description).sorted()
            #expect(explained == found, "\(rule.id) on \(name)")
            #expect((explanation.applicability == .applies) == result.checkedRules.contains(rule.id), "\(rule.id) applicability on \(name)")
        }
    }

    @Test func aRuleThatDoesNotApplySaysWhy() throws {
        let lifecycle = try #require(Repository.engine.ruleSet.rule("LCY-001"))
        let proposal = Self.explainer.explain(lifecycle, in: try Self.load("ip-mz-lab-register"))
        #expect(proposal.applicability == .otherKind(.investmentProposal))
        #expect(proposal.items.isEmpty)
        #expect(ExplanationReport.text(proposal).contains("NOT APPLICABLE: the rule checks [technical_assignment]"))
        let old = try document("kind: technical_assignment\nid: OLD\ndate: \"2015-06-01\"\n")
        let early = Self.explainer.explain(lifecycle, in: old)
        guard case .notYetInForce(let from) = early.applicability else {
            Issue.record("expected not yet in force, got \(early.applicability)")
            return
        }
        #expect(ExplanationReport.text(early).contains("in force from \(from)"))
        if let until = lifecycle.validUntil {
            let late = Self.explainer.explain(lifecycle, in: try document("kind: technical_assignment\nid: NEW\ndate: \"\(CalendarDay.format(until + 1))\"\n"))
            #expect(late.applicability == .noLongerInForce(until: CalendarDay.format(until)))
        }
    }

    @Test func anOperandThatFailsShowsItsError() throws {
        let rule = try #require(Repository.engine.ruleSet.rule("INF-001"))
        let explanation = Self.explainer.explain(rule, in: try document("""
            kind: technical_assignment
            id: T
            date: "2025-02-10"
            integrations: [{system: "ГБД ФЛ", counterpart: state}]
            """))
        let item = try #require(explanation.items.first)
        #expect(item.outcome == .failed)
        let operands = try #require(item.assertion?.operands)
        #expect(operands.first?.value == "false")
        #expect(operands.last?.error?.hasPrefix("eval-no-such-key") == true)
    }

    @Test func theSelectorMatchingNothingIsSaid() throws {
        let rule = try #require(Repository.engine.ruleSet.rule("INF-001"))
        let explanation = Self.explainer.explain(rule, in: try document("kind: technical_assignment\nid: T\ndate: \"2025-02-10\"\n"))
        #expect(explanation.items.isEmpty)
        #expect(ExplanationReport.text(explanation).contains("the selector matched nothing"))
    }

    @Test func theOperandSplitter() {
        func split(_ text: String) -> OperandSplitter.Split? { OperandSplitter.split(text) }
        #expect(split("a && b && c") == .init(head: "&&", operands: ["a", "b", "c"]))
        #expect(split("x || y && z") == .init(head: "||", operands: ["x", "y && z"]))
        #expect(split("days_between(date(item.start), date(item.end)) <= 366") == .init(head: "<=", operands: ["days_between(date(item.start), date(item.end))", "366"]))
        #expect(split("(a == 'x && y')") == .init(head: "==", operands: ["a", "'x && y'"]))
        #expect(split("item.kind in ['a', 'b']") == .init(head: "in", operands: ["item.kind", "['a', 'b']"]))
        #expect(split("index > min") == .init(head: ">", operands: ["index", "min"]))
        #expect(split("a - -b") == .init(head: "-", operands: ["a", "-b"]))
        #expect(split("c ? t : f") == .init(head: "?:", operands: ["c", "t", "f"]))
        #expect(split("size(doc.sections, 1)") == .init(head: "size", operands: ["doc.sections", "1"]))
        #expect(split("doc.functions.all(f, f.code != '')") == .init(head: "all", operands: ["doc.functions", "f", "f.code != ''"]))
        #expect(split("!has(item.via)") == .init(head: "!", operands: ["has(item.via)"]))
        #expect(split("item") == nil)
        #expect(split("") == nil)
    }
}
