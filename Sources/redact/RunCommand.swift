import ArgumentParser
import Foundation
import Redaction

extension RecordFormat: ExpressibleByArgument {}
extension InvalidRecordPolicy: ExpressibleByArgument {}

#if canImport(Glibc)
import Glibc
#endif

/// `redact [FILE…]`: redact text lines from files or standard input to standard output.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Redact JSONL (or text) records from files or standard input (the default command).",
        discussion: """
            Every key, string and number of each JSON line is decoded and scanned; findings are replaced by their \
            kind tag ("[EMAIL]") and every other byte is copied exactly. A number with a finding becomes a JSON \
            string ("[CREDIT_CARD]"). One line in, one line out, in order.

            A record that cannot be redacted as its format says (malformed JSON, invalid UTF-8, longer than \
            --max-line-bytes, a regex resource limit) follows --on-invalid: 'reject' (default) writes \
            {"redact_rejected":"<reason>"} (text format: [REJECTED: <reason>]) so the line count is kept; 'text' \
            scans the line as text instead; 'fail' stops with exit code 2. Either way standard error names the \
            file, line number, byte offset and reason — never the record's content.

            Examples:
              redact < cases.jsonl > clean.jsonl
              zcat dump.json.gz | redact --stats | gzip > clean.json.gz
              redact --format text app.log > app.clean.log
              redact --format auto --on-invalid fail export-*.jsonl > clean.jsonl
            """
    )

    @Argument(help: "Input files; '-' or none reads standard input.")
    var files: [String] = []

    @Option(name: .shortAndLong, help: "Write to this file (atomically: a temporary file renamed on success) instead of standard output.")
    var output: String?

    @OptionGroup var engine: EngineOptions

    @OptionGroup var rewriting: OperatorOptions

    @Flag(help: "Print a summary (records, bytes, findings per kind, invalid records by reason, elapsed, MB/s) to standard error.")
    var stats = false

    @Option(help: "Write the same summary as JSON to this file.")
    var statsJson: String?

    @Flag(help: "Re-scan every redacted record; one that still shows personal data follows --on-invalid (verification-failed).")
    var verify = false

    @Option(help: "A file of values (one per line) that must never appear in the output: if one does, exit 1 naming the lines.")
    var canary: String?

    /// The canary values from --canary.
    func canaries() throws -> CanarySet? {
        guard let canary else { return nil }
        guard let data = FileManager.default.contents(atPath: canary) else {
            throw RedactionError(.readFailed, reason: "cannot read canary file \(canary)")
        }
        let values = data.split(separator: 0x0A).map { line in Array(line.last == 0x0D ? line.dropLast() : line[...]) }
        let set = CanarySet(values)
        guard set.count > 0 else { throw RedactionError(.invalidConfiguration, reason: "canary file \(canary) holds no value") }
        return set
    }

    func run() throws {
        let stream = try engine.makeStream(rewriting: rewriting, verify: verify, canaries: try canaries())
        var total = RedactionStatistics()
        let started = ContinuousClock.now
        let target = try output.map { try AtomicOutput(path: $0) }
        let outputDescriptor = target?.descriptor ?? 1
        let inputs = files.isEmpty ? ["-"] : files
        let display = ProgressDisplay.enabled(flag: engine.progress) ? ProgressDisplay(total: ProgressDisplay.totalSize(of: inputs)) : nil
        defer { display?.finish() }
        try InputFiles.forEach(inputs) { (name, descriptor) throws(RedactionError) in
            let statistics = try stream.run(input: descriptor, output: outputDescriptor, onInvalid: { error in
                Terminal.writeError("redact: \(name): \(error)")
            }, progress: display.map { display in { display.update(bytes: $0.bytesIn) } })
            display?.finishedInput(bytes: statistics.bytesIn)
            total.merge(statistics)
        }
        if total.canaryHits > 0 {
            // Never publish an output file that holds a canary; standard output has already been written.
            let lines = total.canaryLines.prefix(20).map(String.init).joined(separator: ", ")
            // A device or pipe given as FILE has been written already, like standard output.
            let withheld = output.map { target?.writesDirectly == true ? "" : "; \($0) was not written" } ?? ""
            throw GateFailure(message: "redact: canary value(s) found in \(total.canaryHits) output record(s), on line(s) "
                + lines + (total.canaryHits > 20 ? ", …" : "") + withheld)
        }
        try target?.commit()
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        if stats { Terminal.writeError(StatisticsReport.text(total, seconds: seconds)) }
        if let statsJson { try StatisticsReport.writeJSON(total, seconds: seconds, to: statsJson) }
        if total.invalid > 0 {
            let outcome = engine.onInvalid == .text ? "were scanned as text" : "were replaced by placeholders"
            Terminal.writeError("redact: \(total.invalid) invalid record(s) \(outcome)")
        }
    }
}
