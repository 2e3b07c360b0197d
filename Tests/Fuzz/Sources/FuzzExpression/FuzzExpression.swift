import FuzzSupport
import Saraptama
import SaraptamaLoading

/// The expression language: parse, check, plan and evaluate any text against a small document.
/// Failures are diagnostics; a crash, a hang or unbounded memory is a bug.
private let document = try! YAMLLoader.load(text: """
    kind: technical_assignment
    id: T-1
    date: "2025-02-10"
    title: Пример
    sections: [{number: "1", title: Общие сведения, text: "Текст"}, {number: "2", title: Требования}]
    budget: {total: 1850000000, years: [2025, 2026]}
    integrations: [{system: АИС, via: ШЭП, counterpart: state}]
    """, path: "fuzz.yaml").root

/// SwiftPM links an executable's `main` to `FuzzExpression_main`: hand it to libFuzzer's driver.
@_cdecl("FuzzExpression_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv, fuzz)
}

/// One input: an expression of at most 4 KB.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    // Expressions are short; longer inputs only repeat what shorter ones cover.
    guard size <= 4096 else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = ExpressionPlayground.evaluate(text, document: document, ruleSet: nil, architectures: ArchitectureLibrary())
    return 0
}
