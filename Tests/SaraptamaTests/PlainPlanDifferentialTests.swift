import Foundation
import SaraptamaExpressions
import SaraptamaLoading
import Testing
@testable import Saraptama

/// The optimised plan against the plain one (PlanOptimizations): the shipped rules loaded both
/// ways must give the same findings (paths, messages, positions) and the same problems (codes,
/// messages, file:line:col) on every rule example, every golden case and a generated corpus.
@Suite("Plain and optimised plans agree")
struct PlainPlanDifferentialTests {
    static let plain: Engine = {
        do {
            let ruleSet = try RuleSetLoader.load(directory: Repository.rules, optimizations: [])
            return Engine(ruleSet: ruleSet, architectures: Repository.engine.architectures)
        } catch {
            fatalError("the shipped rule set does not load with a plain plan:\n\(error)")
        }
    }()

    static let optimised: Engine = {
        do {
            let ruleSet = try RuleSetLoader.load(directory: Repository.rules, optimizations: .all)
            return Engine(ruleSet: ruleSet, architectures: Repository.engine.architectures)
        } catch {
            fatalError("the shipped rule set does not load:\n\(error)")
        }
    }()

    /// Everything a check says, in a comparable form.
    static func signature(_ result: DocumentResult) -> [String] {
        result.findings.map { "finding \($0.ruleID) \($0.path) \($0.mark.line):\($0.mark.column) \($0.message)" }
            + result.problems.map { "problem \($0.description)" }
    }

    @Test func everyRuleExample() throws {
        var compared = 0
        for (plainRule, optimisedRule) in zip(Self.plain.ruleSet.rules, Self.optimised.ruleSet.rules) {
            #expect(plainRule.id == optimisedRule.id)
            guard let source = Self.plain.ruleSet.sources.first(where: { $0.path == plainRule.file }) else { continue }
            for example in plainRule.examples where example.dossier == nil {
                let root = RuleExampleRunner.completed(example.document, for: plainRule)
                guard let document = try? Document(root: root, source: source) else { continue }
                let architecture = example.architecture.map {
                    ArchitectureLibrary.inline($0, file: plainRule.file, specs: Self.plain.ruleSet.architectureIndexes)
                } ?? Self.plain.architectures[document.header.stateBodyID]
                let a = Self.plain.check(document, language: .en, architecture: architecture, rules: [plainRule])
                let b = Self.optimised.check(document, language: .en, architecture: architecture, rules: [optimisedRule])
                #expect(Self.signature(a) == Self.signature(b), "\(plainRule.id) example at line \(example.mark.line)")
                compared += 1
            }
        }
        #expect(compared > 150)
    }

    @Test func everyCaseAndAGeneratedCorpus() throws {
        var documents: [Document] = []
        for directory in (try FileManager.default.contentsOfDirectory(atPath: Repository.cases)).sorted() {
            for file in InputFiles.documents(from: [Repository.cases + "/" + directory]) {
                guard let data = FileManager.default.contents(atPath: file),
                    case .loaded(let document) = DocumentLoader.load(bytes: Array(data), path: file, tables: Repository.tables) else { continue }
                documents.append(document)
            }
        }
        let generator = CorpusGenerator(seed: 7)
        for index in 0..<150 {
            if case .loaded(let document) = DocumentLoader.load(bytes: Array(generator.document(index).utf8), path: "corpus-\(index).yaml", tables: Repository.tables) {
                documents.append(document)
            }
        }
        #expect(documents.count > 170)
        for document in documents {
            let a = Self.signature(Self.plain.check(document, language: .en))
            let b = Self.signature(Self.optimised.check(document, language: .en))
            #expect(a == b, "\(document.file)")
        }
    }
}
