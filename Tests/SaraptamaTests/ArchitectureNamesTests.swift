import Foundation
import SaraptamaLoading
import Testing
@testable import Saraptama

/// An architecture file with a name missing in a language loads with a warning at the name's
/// line and column, and the name filled from another language (or the id), so that a rule's
/// message on `--lang` of that language never fails on it.
@Suite("Architecture names")
struct ArchitectureNamesTests {
    static let yaml = """
        state_body: {id: t-body, kind: central, name: {ru: "Тестовый орган", kk: "Сынақ органы"}}
        activity:
          functions:
            - {code: T.01, name: {ru: "Функция", kk: "Функция", en: "Function"}, domain: healthcare}
            - {code: T.02, name: "Только одна строка", domain: healthcare}
        systems:
          - {id: T-IS-1, name: {ru: "", kk: "Жүйе"}, functions: [T.01], status: operating, domain: healthcare}
          - {id: T-IS-2, functions: [T.02], status: operating, domain: healthcare}
        """

    @Test func missingNamesAreWarnedAndFilled() throws {
        let tree = try TemporaryTree(["t-body.yaml": Self.yaml])
        defer { tree.remove() }
        let ruleSet = Repository.engine.ruleSet
        let library = try ArchitectureLibrary.load(directory: tree.path, specs: ruleSet.architectureIndexes)
        let warnings = library.warnings.sorted(by: Diagnostic.byLocation)
        #expect(warnings.map(\.code) == Array(repeating: "arch-missing-name", count: 4))
        #expect(warnings.allSatisfy { $0.severity == .warning })
        #expect(warnings.map { "\($0.mark!.line):\($0.mark!.column)" } == ["1:47", "5:26", "7:24", "8:5"])
        #expect(warnings[0].message.contains("state body 't-body' has no en name"))
        #expect(warnings[2].message.contains("system 'T-IS-1' has no ru, en name: the kk name is shown instead"))
        #expect(warnings[3].message.contains("system 'T-IS-2' has no 'name'"))

        let root = try #require(library["t-body"]?.root)
        #expect(root["state_body"]?["name"]?["en"]?.string == "Тестовый орган")
        let functions = try #require(root["activity"]?["functions"]?.sequence)
        #expect(functions[0]["name"]?["en"]?.string == "Function")
        #expect(functions[1]["name"]?["kk"]?.string == "Только одна строка")
        let systems = try #require(root["systems"]?.sequence)
        #expect(systems[0]["name"]?["ru"]?.string == "Жүйе")
        #expect(systems[0]["name"]?["en"]?.string == "Жүйе")
        #expect(systems[1]["name"]?["en"]?.string == "T-IS-2")
    }

    /// The shipped architectures are complete: they load without a warning.
    @Test func shippedArchitecturesHaveEveryName() throws {
        let ruleSet = Repository.engine.ruleSet
        let library = try ArchitectureLibrary.load(directory: ruleSet.defaultArchitectureDirectory, specs: ruleSet.architectureIndexes)
        #expect(library.warnings.isEmpty, "\(library.warnings)")
    }
}
