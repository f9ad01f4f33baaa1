import Foundation
import SyntheticData
import Testing

/// Keeps `Samples/cases.jsonl` and `Samples/cases.truth.jsonl` in step with the generator.
///
/// The sample is 200 records with seed 42 and default options; each record line and each ground-truth line ends in
/// a newline, the same bytes `redact sample --records 200 --seed 42` writes. To regenerate after changing the
/// generator:
///
///     REDACT_WRITE_SAMPLES=1 swift test --filter SampleFilesTests
@Suite("Sample files")
struct SampleFilesTests {
    static let samples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Samples")

    /// The sample's two files, built the way the CLI builds them.
    static func expected() -> (cases: String, truth: String) {
        var generator = SupportCaseGenerator(seed: 42)
        var cases = ""
        var truth = ""
        for lineNumber in 1...200 {
            let record = generator.next()
            cases += record.line + "\n"
            truth += record.groundTruthLine(lineNumber: lineNumber) + "\n"
        }
        return (cases, truth)
    }

    @Test("Samples/cases.jsonl and its ground truth match the generator (seed 42, 200 records)")
    func samplesAreCurrent() throws {
        let (cases, truth) = Self.expected()
        let casesURL = Self.samples.appendingPathComponent("cases.jsonl")
        let truthURL = Self.samples.appendingPathComponent("cases.truth.jsonl")
        if ProcessInfo.processInfo.environment["REDACT_WRITE_SAMPLES"] == "1" {
            try FileManager.default.createDirectory(at: Self.samples, withIntermediateDirectories: true)
            try Data(cases.utf8).write(to: casesURL)
            try Data(truth.utf8).write(to: truthURL)
        }
        let committedCases = try Data(contentsOf: casesURL)
        let committedTruth = try Data(contentsOf: truthURL)
        // Compared as booleans so a failure does not print the files.
        let casesMatch = committedCases == Data(cases.utf8)
        let truthMatches = committedTruth == Data(truth.utf8)
        #expect(casesMatch, "Samples/cases.jsonl is stale: REDACT_WRITE_SAMPLES=1 swift test --filter SampleFilesTests")
        #expect(
            truthMatches,
            "Samples/cases.truth.jsonl is stale: REDACT_WRITE_SAMPLES=1 swift test --filter SampleFilesTests")
        #expect(committedCases.count < 300_000)
    }
}
