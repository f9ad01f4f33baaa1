// swift-tools-version: 6.1
// The redact package: the `Redaction` library, the `redact` command-line tool and the PCRE2 system library they share.
// Benchmarks live in their own package (Benchmarks/Package.swift) so the harness never enters this build graph.
import PackageDescription

let package = Package(
    name: "redact",
    products: [
        .library(name: "Redaction", targets: ["Redaction"]),
        .library(name: "SyntheticData", targets: ["SyntheticData"]),
        .executable(name: "redact", targets: ["redact"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.5.0"),
        // HMAC-SHA256 for keyed pseudonyms, HKDF for key separation, AES-GCM-SIV (_CryptoExtras) for reversible tokens.
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        // Policy files (YAML, and JSON as its subset) with line and column positions for validation errors.
        .package(url: "https://github.com/jpsim/Yams.git", from: "5.0.1"),
    ],
    targets: [
        // libpcre2-8 through pkg-config; the shim defines PCRE2_CODE_UNIT_WIDTH before including pcre2.h.
        .systemLibrary(
            name: "CPCRE2",
            pkgConfig: "libpcre2-8",
            providers: [.apt(["libpcre2-dev"])]
        ),
        // zlib for reading and writing .gz files in batch jobs (Debian: zlib1g-dev).
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        // Vector byte scans for the passes that read every byte of a value — detection's and the JSON scanner's strings
        // (SSE2 on x86-64, AVX2 where the processor has it, scalar elsewhere); plain C over caller-owned memory.
        .target(
            name: "CByteScan"
        ),
        .target(
            name: "Redaction",
            dependencies: [
                "CByteScan",
                "CPCRE2",
                "CZlib",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        // Seeded generator of realistic support-case records with ground truth; used by tests, benchmarks and demos.
        .target(
            name: "SyntheticData"
        ),
        .executableTarget(
            name: "redact",
            dependencies: [
                "Redaction",
                "SyntheticData",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Expectations for tests whose failure messages must not print record text.
        .target(
            name: "RedactionTestSupport",
            dependencies: ["Redaction"],
            path: "Tests/RedactionTestSupport"
        ),
        .testTarget(
            name: "RedactionTests",
            dependencies: ["Redaction", "SyntheticData", "RedactionTestSupport"]
        ),
        .testTarget(
            name: "SyntheticDataTests",
            dependencies: ["SyntheticData"]
        ),
        // End-to-end tests that run the built `redact` binary (the dependency makes `swift test` build it).
        .testTarget(
            name: "RedactToolTests",
            dependencies: ["Redaction", "redact", "RedactionTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
