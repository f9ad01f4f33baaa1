import Benchmark
import Redaction
import SyntheticData

/// Throughput of the detector catalog on generated support cases, plus allocations per record.
///
/// Metrics are reported per 1 MiB of JSONL lines (scaledIterations), so `throughput` reads as MiB/s on one core.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .throughput, .mallocCountTotal, .instructions],
        scalingFactor: .one, maxDuration: .seconds(5), maxIterations: 100)

    let corpus = Corpus.make(bytes: 1 << 20, seed: 7)

    Benchmark("redact: every built-in detector, text lines (1 MiB)") { benchmark in
        let redactor = try Redactor.builtIn()
        var scratch = redactor.detectors.makeScratch()
        var output: [UInt8] = []
        output.reserveCapacity(corpus.bytes.count + 65_536)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            output.removeAll(keepingCapacity: true)
            try corpus.bytes.withUnsafeBufferPointer { buffer in
                for line in corpus.lines {
                    _ = try redactor.redact(UnsafeBufferPointer(rebasing: buffer[line]), into: &output, scratch: &scratch)
                }
            }
            blackHole(output.count)
        }
    }

    Benchmark("redact: every built-in detector, JSON records (1 MiB)") { benchmark in
        let redactor = try Redactor.builtIn()
        var scratch = RecordScratch()
        var output: [UInt8] = []
        output.reserveCapacity(corpus.bytes.count + 65_536)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            try corpus.redactJSON(redactor, &scratch, &output)
            blackHole(output.count)
        }
    }

    Benchmark("JSON scanner alone (1 MiB)") { benchmark in
        let scanner = JSONScanner()
        var tokens: [JSONToken] = [], containers: [UInt8] = [], owners: [Int] = []
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            try corpus.scanJSON(scanner, &tokens, &containers, &owners)
            blackHole(tokens.count)
        }
    }

    // Each operator on every finding of the corpus (about 10,000).
    let findings = Findings.make(corpus)
    for (name, replacement) in Operators.all {
        Benchmark("operator \(name) (every finding of 1 MiB)") { benchmark in
            var output: [UInt8] = []
            output.reserveCapacity(1 << 20)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                Findings.rewrite(findings[...], in: corpus, with: replacement, into: &output)
                blackHole(output.count)
            }
        }
    }

    // Allocations only (deterministic; thresholds committed in Thresholds/): per 1,000 records or findings.
    let thousand = Corpus(bytes: corpus.bytes, lines: Array(corpus.lines.prefix(1_000)))
    Benchmark("allocations: redact 1,000 JSON records", configuration: .init(metrics: [.mallocCountTotal], maxIterations: 3)) { benchmark in
        let redactor = try Redactor.builtIn()
        var scratch = RecordScratch()
        var output: [UInt8] = []
        output.reserveCapacity(corpus.bytes.count + 65_536)
        // Warm the scratch once: the steady state is what a worker sees after its first chunk.
        try thousand.redactJSON(redactor, &scratch, &output)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { try thousand.redactJSON(redactor, &scratch, &output) }
    }

    Benchmark("allocations: JSON scanner on 1,000 records", configuration: .init(metrics: [.mallocCountTotal], maxIterations: 3)) { benchmark in
        let scanner = JSONScanner()
        var tokens: [JSONToken] = [], containers: [UInt8] = [], owners: [Int] = []
        try thousand.scanJSON(scanner, &tokens, &containers, &owners)
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations { try thousand.scanJSON(scanner, &tokens, &containers, &owners) }
    }

    for (name, replacement) in Operators.all {
        Benchmark("allocations: operator \(name) on 1,000 findings", configuration: .init(metrics: [.mallocCountTotal], maxIterations: 3)) { benchmark in
            var output: [UInt8] = []
            output.reserveCapacity(1 << 20)
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                Findings.rewrite(findings.prefix(1_000), in: corpus, with: replacement, into: &output)
            }
        }
    }

    for detector in (try? BuiltInDetectors.all()) ?? [] {
        Benchmark("detector \(detector.descriptor.id) (1 MiB)") { benchmark in
            let set = DetectorSet([detector])
            var scratch = set.makeScratch()
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                var count = 0
                try corpus.bytes.withUnsafeBufferPointer { buffer in
                    for line in corpus.lines {
                        count += try set.findings(in: UnsafeBufferPointer(rebasing: buffer[line]), scratch: &scratch).count
                    }
                }
                blackHole(count)
            }
        }
    }
}

/// About `bytes` of generated JSONL, kept as one buffer and the ranges of its lines.
struct Corpus: Sendable {
    let bytes: [UInt8]
    let lines: [Range<Int>]

    static func make(bytes target: Int, seed: UInt64) -> Corpus {
        var generator = SupportCaseGenerator(seed: seed)
        var bytes: [UInt8] = []
        var lines: [Range<Int>] = []
        while bytes.count < target {
            let start = bytes.count
            generator.appendNextLine(to: &bytes)  // the line and its newline
            lines.append(start..<(bytes.count - 1))
        }
        return Corpus(bytes: bytes, lines: lines)
    }

    /// Redacts every line as a JSON record into `output` (emptied first).
    func redactJSON(_ redactor: Redactor, _ scratch: inout RecordScratch, _ output: inout [UInt8]) throws {
        output.removeAll(keepingCapacity: true)
        try bytes.withUnsafeBufferPointer { buffer in
            for line in lines {
                try redactor.redactJSON(UnsafeBufferPointer(rebasing: buffer[line]), into: &output, scratch: &scratch)
            }
        }
    }

    /// Runs the JSON scanner over every line.
    func scanJSON(
        _ scanner: JSONScanner, _ tokens: inout [JSONToken], _ containers: inout [UInt8], _ owners: inout [Int]
    ) throws {
        try bytes.withUnsafeBufferPointer { buffer in
            for line in lines {
                try scanner.scan(UnsafeBufferPointer(rebasing: buffer[line]), tokens: &tokens, containers: &containers, owners: &owners)
            }
        }
    }
}

/// Every finding of the built-in detectors in a corpus, with the range of its line.
enum Findings {
    static func make(_ corpus: Corpus) -> [(line: Range<Int>, finding: Finding)] {
        guard let set = try? DetectorSet.builtIn() else { return [] }
        var scratch = set.makeScratch()
        var result: [(line: Range<Int>, finding: Finding)] = []
        corpus.bytes.withUnsafeBufferPointer { buffer in
            for line in corpus.lines {
                let found = (try? set.findings(in: UnsafeBufferPointer(rebasing: buffer[line]), scratch: &scratch)) ?? []
                for finding in found { result.append((line, finding)) }
            }
        }
        return result
    }

    /// Rewrites each finding with `replacement` into `output` (emptied first).
    static func rewrite(
        _ findings: ArraySlice<(line: Range<Int>, finding: Finding)>, in corpus: Corpus,
        with replacement: any RedactionOperator, into output: inout [UInt8]
    ) {
        output.removeAll(keepingCapacity: true)
        corpus.bytes.withUnsafeBufferPointer { buffer in
            for (line, finding) in findings {
                let range = (line.lowerBound + finding.range.lowerBound)..<(line.lowerBound + finding.range.upperBound)
                replacement.appendReplacement(for: finding, original: UnsafeBufferPointer(rebasing: buffer[range]), to: &output)
            }
        }
    }
}

/// The operators, with a fixed benchmark key for the keyed ones.
enum Operators {
    static let all: [(String, any RedactionOperator)] = {
        let key = try! RedactionKey(bytes: Array(repeating: 0x5A, count: 32))
        return [
            ("tag", TagOperator()), ("mask", MaskOperator()), ("partial", PartialOperator()),
            ("pseudonym", PseudonymOperator(key: key)), ("encrypt", EncryptOperator(key: key)),
        ]
    }()
}
