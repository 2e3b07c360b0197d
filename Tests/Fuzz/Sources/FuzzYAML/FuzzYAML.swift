import FuzzSupport
import SaraptamaLoading

/// SwiftPM links an executable's `main` to `FuzzYAML_main`: hand it to libFuzzer's driver.
@_cdecl("FuzzYAML_main")
public func fuzzerMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    runFuzzer(argc, argv, fuzz)
}

/// The YAML/JSON loader on any bytes: it must return a tree or diagnostics, never crash, hang
/// or exceed its limits.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = try? YAMLLoader.load(bytes: bytes, path: "fuzz.yaml")
    _ = try? YAMLLoader.loadAll(bytes: bytes, path: "fuzz.yaml")
    return 0
}
