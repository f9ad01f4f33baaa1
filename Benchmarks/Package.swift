// swift-tools-version: 6.1
// Benchmarks for redact, kept out of the main package so the harness never enters its build graph or CI's default
// build. Run from this folder: `swift package benchmark` (see README.md here).
import PackageDescription

let package = Package(
    name: "redact-benchmarks",
    dependencies: [
        .package(name: "redact", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark.git", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "RedactionBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "Redaction", package: "redact"),
                .product(name: "SyntheticData", package: "redact"),
            ],
            path: "Benchmarks/RedactionBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ],
    swiftLanguageModes: [.v6]
)
