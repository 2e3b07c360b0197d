// swift-tools-version:6.0
// libFuzzer targets for Saraptama's parsers: a package of its own, so that the root `swift build`
// and `swift test` never build it. Run them with `Tests/Fuzz/run [SECONDS]` (see README.md here).
//
// The project is reached through the symlink `saraptama` (→ ../..), which gives the dependency
// the same identity whatever the checkout's folder is called.
import PackageDescription

let fuzzers = ["FuzzYAML", "FuzzExpression", "FuzzMarkdown", "FuzzDocx", "FuzzCSV"]

let package = Package(
    name: "SaraptamaFuzz",
    dependencies: [.package(path: "saraptama")],
    targets: [.target(name: "FuzzSupport", path: "Sources/FuzzSupport")] + fuzzers.map { name in
        .executableTarget(
            name: name,
            dependencies: [
                "FuzzSupport",
                .product(name: "Saraptama", package: "saraptama"),
                .product(name: "SaraptamaRegistry", package: "saraptama"),
            ],
            path: "Sources/\(name)",
            // No top-level code: the entry point is `<name>_main`, which starts libFuzzer's driver.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])])
    }
)
