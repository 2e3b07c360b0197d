import FuzzSupport
import SaraptamaRegistry

/// SwiftPM links an executable's `main` to `FuzzCSV_main`: hand it to libFuzzer's driver.
@_cdecl("FuzzCSV_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv, fuzz)
}

/// The registry's CSV importer: rows or problems with their lines for any text, and what it
/// accepts exports back to CSV that parses to the same rows.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    guard let rows = try? RegistryCSV.parse(text, file: "fuzz.csv") else { return 0 }
    let again = RegistryCSV.render(rows.map(\.examination))
    guard let reparsed = try? RegistryCSV.parse(again, file: "again.csv") else { fatalError("an export does not parse back:\n\(again)") }
    precondition(RegistryCSV.render(reparsed.map(\.examination)) == again, "CSV export → import → export differs")
    return 0
}
