import Foundation
import Testing

@testable import SaraptamaExpressions

/// Runs every example of Rules/expression-language.md: the lines of its ```example blocks,
/// `expression ⇒ expected` (an expression of the same value and type, `error CODE` or
/// `compile error CODE`), and `let NAME = expression` to bind a variable for the lines after it.
@Suite("The spec's examples")
struct SpecExamplesTests {
    static let specPath = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Rules/expression-language.md").path

    static let environment = ExpressionEnvironment(variables: ["doc", "item", "parent", "arch", "x"])

    struct Example: CustomTestStringConvertible, Sendable {
        var line: Int
        var source: String
        var expected: String
        var bindings: [String: String]
        var testDescription: String { "line \(line): \(source)" }
    }

    static let examples: [Example] = {
        guard let text = try? String(contentsOfFile: specPath, encoding: .utf8) else { return [] }
        var examples: [Example] = []
        var inBlock = false
        var bindings: [String: String] = [:]
        for (number, line) in text.components(separatedBy: "\n").enumerated() {
            if line.hasPrefix("```") {
                inBlock = line == "```example"
                bindings = [:]
                continue
            }
            guard inBlock, !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            if line.hasPrefix("let "), let equals = line.range(of: " = ") {
                bindings[String(line[line.index(line.startIndex, offsetBy: 4)..<equals.lowerBound])] = String(line[equals.upperBound...])
                continue
            }
            guard let arrow = line.range(of: "⇒", options: .backwards) else {
                examples.append(Example(line: number + 1, source: line, expected: "<no ⇒>", bindings: bindings))
                continue
            }
            examples.append(Example(
                line: number + 1, source: line[..<arrow.lowerBound].trimmingCharacters(in: .whitespaces),
                expected: line[arrow.upperBound...].trimmingCharacters(in: .whitespaces), bindings: bindings))
        }
        return examples
    }()

    @Test("the spec has examples")
    func found() {
        #expect(Self.examples.count >= 75, "found \(Self.examples.count) examples in \(Self.specPath)")
    }

    @Test(arguments: examples)
    func example(_ example: Example) throws {
        var values: [String: Value] = [:]
        for (name, source) in example.bindings {
            guard case .value(let value) = run(source, in: Self.environment) else {
                Issue.record("binding \(name) = \(source) does not evaluate")
                return
            }
            values[name] = value
        }
        let outcome = run(example.source, values, in: Self.environment)
        if example.expected.hasPrefix("compile error ") {
            let code = String(example.expected.dropFirst("compile error ".count))
            guard case .issues(let issues) = outcome else { Issue.record("expected \(example.expected), got \(outcome)"); return }
            #expect(issues.map(\.code).contains(code), "expected \(code), got \(outcome)")
        } else if example.expected.hasPrefix("error ") {
            let code = String(example.expected.dropFirst("error ".count))
            guard case .error(let found, _) = outcome else { Issue.record("expected \(example.expected), got \(outcome)"); return }
            #expect(found == code)
        } else {
            guard case .value(let expected) = run(example.expected, values, in: Self.environment) else {
                Issue.record("the expected side '\(example.expected)' does not evaluate")
                return
            }
            guard case .value(let value) = outcome else { Issue.record("expected \(example.expected), got \(outcome)"); return }
            #expect(ValueOperations.equal(value, expected, strict: true) && value.typeName == expected.typeName,
                    "expected \(expected.jsonText) (\(expected.typeName)), got \(value.jsonText) (\(value.typeName))")
        }
    }
}
