import Foundation
import FuzzSupport
import Saraptama

/// The shipped rule set's table profiles, so that recognising tables is fuzzed too (the
/// repository's Rules, five path components above this file).
let tables: TableProfiles? = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<5 { url.deleteLastPathComponent() }
    return (try? RuleSetLoader.load(directory: url.path + "/Rules"))?.tables
}()

/// SwiftPM links an executable's `main` to `FuzzMarkdown_main`: hand it to libFuzzer's driver.
@_cdecl("FuzzMarkdown_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv, fuzz)
}

/// Markdown documents (front matter, headings, pipe tables, inline text): a document or
/// diagnostics for any bytes, in linear time.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = MarkdownDocumentBuilder.build(bytes: bytes, path: "fuzz.md", tables: tables)
    return 0
}
