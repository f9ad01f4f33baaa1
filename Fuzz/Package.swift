// swift-tools-version: 6.1
// libFuzzer targets for redact, kept out of the main package: they are built with `-sanitize=fuzzer,address`, which
// makes binaries fit for nothing else. Run them with `Fuzz/run.sh TARGET SECONDS` (see README.md here).
import PackageDescription

let package = Package(
    name: "redact-fuzz",
    dependencies: [.package(name: "redact", path: "..")],
    targets: [
        .target(name: "FuzzSupport", dependencies: [.product(name: "Redaction", package: "redact")]),
        .executableTarget(name: "FuzzJSON", dependencies: ["FuzzSupport", .product(name: "Redaction", package: "redact")]),
        .executableTarget(name: "FuzzCSV", dependencies: ["FuzzSupport", .product(name: "Redaction", package: "redact")]),
        .executableTarget(name: "FuzzPolicy", dependencies: ["FuzzSupport", .product(name: "Redaction", package: "redact")]),
        .executableTarget(name: "FuzzReveal", dependencies: ["FuzzSupport", .product(name: "Redaction", package: "redact")]),
    ],
    swiftLanguageModes: [.v6]
)
