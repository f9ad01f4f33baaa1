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
}
