import FuzzSupport
import Saraptama

/// SwiftPM links an executable's `main` to `FuzzDocx_main`: hand it to libFuzzer's driver.
@_cdecl("FuzzDocx_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv, fuzz)
}

/// The DOCX reader's own part: the ZIP central directory check that runs before pandoc
/// (pandoc itself is not fuzzed here: it is an outside program, bounded by its limits).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = ZipInspector().inspect(bytes)
    return 0
}
