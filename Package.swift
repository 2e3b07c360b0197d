// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Saraptama",
    products: [
        .library(name: "Saraptama", targets: ["Saraptama"]),
        .library(name: "SaraptamaRegistry", targets: ["SaraptamaRegistry"]),
        .executable(name: "saraptama", targets: ["saraptama"]),
        .library(name: "SaraptamaServer", targets: ["SaraptamaServer"]),
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
        // PCRE2, bound through pkg-config; only SaraptamaExpressions imports it (for `matches`).
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"]), .brew(["pcre2"])]
        ),
        // The expression language (CEL subset): parser, checker, evaluator, built-ins.
        .target(name: "SaraptamaExpressions", dependencies: ["SaraptamaLoading", "CPCRE2"]),
        // Rules, reference data, the engine and reports.
        .target(name: "Saraptama", dependencies: ["SaraptamaLoading", "SaraptamaExpressions", "CSodium", "CSaraptamaProcess"], exclude: ["Reports/Schemas"]),
        // SQLite, bound through pkg-config; only SaraptamaRegistry imports it.
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // The examination registry (SQLite) and its throughput statistics.
        .target(name: "SaraptamaRegistry", dependencies: ["CSQLite", "Saraptama", "SaraptamaLoading"]),
        // The command line: maps flags to options and calls the library.
        .executableTarget(name: "saraptama", dependencies: ["Saraptama", "SaraptamaRegistry", "SaraptamaServer"]),
        .testTarget(name: "SaraptamaLoadingTests", dependencies: ["SaraptamaLoading"]),
        .testTarget(name: "SaraptamaExpressionsTests", dependencies: ["SaraptamaExpressions"]),
        .testTarget(name: "SaraptamaTests", dependencies: ["Saraptama"]),
        .testTarget(name: "SaraptamaRegistryTests", dependencies: ["SaraptamaRegistry", "Saraptama"]),
        // libsodium, bound through pkg-config: SHA-256 and Argon2id password hashes (Saraptama's Support).
        .systemLibrary(
            name: "CSodium",
            pkgConfig: "libsodium",
            providers: [.apt(["libsodium-dev"])]
        ),
        // GNU libmicrohttpd, bound through pkg-config; only SaraptamaServer imports it.
        .systemLibrary(
            name: "CMicroHTTPD",
            pkgConfig: "libmicrohttpd",
            providers: [.apt(["libmicrohttpd-dev"])]
        ),
        // `saraptama serve`: the web pages and the JSON API over one shared engine.
        .target(name: "SaraptamaServer", dependencies: ["CMicroHTTPD", "Saraptama", "SaraptamaRegistry", "SaraptamaLoading"]),
        .testTarget(name: "SaraptamaServerTests", dependencies: ["SaraptamaServer", "Saraptama", "SaraptamaRegistry"]),
    ]
)
