// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Saraptama",
    products: [
        .library(name: "Saraptama", targets: ["Saraptama"]),
        .library(name: "SaraptamaRegistry", targets: ["SaraptamaRegistry"]),
        .executable(name: "saraptama", targets: ["saraptama"]),
    ],
    targets: [
        // libyaml, bound through pkg-config; only SaraptamaLoading imports it.
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"])]
        ),
        // Child processes (pandoc) in their own process group, under limits, dying with saraptama:
        // the code between fork and exec, and the signal handler, must be async-signal-safe C.
        .target(name: "CSaraptamaProcess"),
        // Stage 1: source text, positions, diagnostics, and YAML/JSON → positioned node tree.
        .target(name: "SaraptamaLoading", dependencies: ["CYAML"]),
        // The expression language (CEL subset): parser, checker, evaluator, built-ins.
        .target(name: "SaraptamaExpressions", dependencies: ["SaraptamaLoading"]),
        // Rules, reference data, the engine and reports.
        .target(name: "Saraptama", dependencies: ["SaraptamaLoading", "SaraptamaExpressions", "CSaraptamaProcess"], exclude: ["Reports/Schemas"]),
        // SQLite, bound through pkg-config; only SaraptamaRegistry imports it.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // The examination registry (SQLite) and its throughput statistics.
        .target(name: "SaraptamaRegistry", dependencies: ["CSQLite", "Saraptama", "SaraptamaLoading"]),
        // The command line: maps flags to options and calls the library.
        .executableTarget(name: "saraptama", dependencies: ["Saraptama", "SaraptamaRegistry"]),
        .testTarget(name: "SaraptamaLoadingTests", dependencies: ["SaraptamaLoading"]),
        .testTarget(name: "SaraptamaExpressionsTests", dependencies: ["SaraptamaExpressions"]),
        .testTarget(name: "SaraptamaTests", dependencies: ["Saraptama"]),
        .testTarget(name: "SaraptamaRegistryTests", dependencies: ["SaraptamaRegistry", "Saraptama"]),
    ]
)
