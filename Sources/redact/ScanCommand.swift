import ArgumentParser
import Foundation
import Redaction

/// `redact scan [FILE…]`: report the personal data in records without changing anything — an audit of a dump (raw
/// or already redacted) and a gate for pipelines.
struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Report personal data in records (counts, field paths, masked locations); change nothing.",
        discussion: """
            Reads the same formats as 'redact' with the same options and reports what 'redact' would replace: \
            findings per kind and per field path, records affected, the confidence distribution, near misses \
            (card numbers failing Luhn, e-mail addresses with unknown TLDs, IBANs failing mod-97) and the first \
            locations with masked previews only. A table goes to standard output; --json and --sarif write files.

            --fail-on any (or a list of kinds) makes it a gate: exit 1 when such findings exist, 0 otherwise; \
            exit 2 stays for errors. --sample-rate and --max-records audit a huge dump quickly and show the \
            estimate with its sampling error.

            Examples:
              redact scan export.jsonl
              redact scan --fail-on any clean.jsonl            # CI gate on a redacted dump
              redact scan --sample-rate 0.01 --json audit.json dump-*.jsonl
              redact scan --sarif findings.sarif --fail-on EMAIL,CREDIT_CARD export.jsonl
            """
    )

    @Argument(help: "Input files; '-' or none reads standard input.")
    var files: [String] = []

    @OptionGroup var engine: EngineOptions

    @Option(help: "Exit with 1 when findings of these kinds exist: 'any' or a comma-separated list (EMAIL,PHONE).")
    var failOn: String?

    @Option(help: "Share of records to scan, 0 < R ≤ 1 (a deterministic sample by line number).")
    var sampleRate: Double = 1

    @Option(help: "Stop after scanning this many records.")
    var maxRecords: Int?

    @Option(help: "Seed of the sample.")
    var seed: UInt64 = 0

    @Option(help: "How many finding and near-miss locations to list.")
    var locations: Int = 20

    @Flag(help: "Do not look for near misses.")
    var noNearMisses = false

    @Option(help: "Write the report as JSON to this file.")
    var json: String?

    @Option(help: "Write the report as SARIF 2.1.0 to this file (code-scanning dashboards).")
    var sarif: String?

    func validate() throws {
        guard sampleRate > 0, sampleRate <= 1 else { throw ValidationError("--sample-rate must be in (0, 1]") }
        guard (maxRecords ?? 1) >= 1 else { throw ValidationError("--max-records must be at least 1") }
        guard locations >= 0 else { throw ValidationError("--locations must not be negative") }
        _ = try gateKinds()
    }

    /// The kinds --fail-on gates on: `nil` for none, an empty set for any.
    func gateKinds() throws -> Set<String>? {
        guard let failOn else { return nil }
        let names = failOn.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
        guard !names.isEmpty, !names.contains("") else { throw ValidationError("--fail-on takes 'any' or KIND,KIND") }
        return names == ["ANY"] ? [] : Set(names)
    }

    func run() throws {
        let stream = try engine.makeStream()
        let inputs = files.isEmpty ? ["-"] : files
        let display = ProgressDisplay.enabled(flag: engine.progress)
            ? ProgressDisplay(total: ProgressDisplay.totalSize(of: inputs)) : nil
        var report = ScanReport(locationLimit: locations)
        try InputFiles.forEach(inputs) { (name, descriptor) throws(RedactionError) in
            let remaining = maxRecords.map { $0 - report.recordsScanned }
            guard remaining.map({ $0 > 0 }) ?? true else { return }
            let settings = ScanSettings(
                sampleRate: sampleRate, maxRecords: remaining, seed: seed, locationLimit: locations,
                nearMisses: !noNearMisses)
            var part = try stream.scan(input: descriptor, settings: settings, onInvalid: { error in
                Terminal.writeError("redact scan: \(name): \(error)")
            }, progress: display.map { display in { display.update(bytes: $0.bytesIn) } })
            display?.finishedInput(bytes: part.bytesRead)
            part.setFile(name)
            report.merge(part)
        }
        display?.finish()
        Terminal.writeOutput(ScanTable.render(report, sampled: sampleRate < 1 || maxRecords != nil))
        if let json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(report).write(to: URL(fileURLWithPath: json), options: .atomic)
        }
        if let sarif {
            try SARIFReport.data(for: report).write(to: URL(fileURLWithPath: sarif), options: .atomic)
        }
        if let kinds = try gateKinds() {
            let gated = report.findingsByKind.filter { kinds.isEmpty || kinds.contains($0.key) }
            let count = gated.values.reduce(0, +)
            if count > 0 {
                throw GateFailure(
                    message: "redact scan: \(count) finding(s) of \(gated.keys.sorted().joined(separator: ", "))")
            }
        }
    }
}

/// A scan gate found what it was asked to fail on: exit code 1.
struct GateFailure: Error {
    let message: String
}
