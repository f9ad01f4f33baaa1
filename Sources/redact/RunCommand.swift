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

    @Option(help: "Record format: jsonl, text, or auto (JSON when a line parses, text otherwise).")
    var format: RecordFormat = .jsonl

    @Option(help: "Records that cannot be redacted as their format: reject, text, or fail.")
    var onInvalid: InvalidRecordPolicy = .reject

    @Option(name: .shortAndLong, help: "Write to this file (atomically: a temporary file renamed on success) instead of standard output.")
    var output: String?

    @Option(parsing: .upToNextOption, help: "Scan only values at these field paths (e.g. description notes[*] **.ip).")
    var only: [String] = []

    @Option(parsing: .upToNextOption, help: "Never scan values at these field paths (known-safe fields).")
    var skip: [String] = []

    @Option(name: .customLong("redact-field"), parsing: .upToNextOption,
            help: "Replace values at PATH whole with KIND, e.g. customer.notes=PERSON.")
    var redactFields: [String] = []

    @Flag(help: "Do not redact whole values of fields named like personal data (email, phone, ip, customer.name, …).")
    var noFieldNames = false

    @Option(name: .customLong("disable"), parsing: .upToNextOption,
            help: "Detector ids to switch off (see 'redact detectors').")
    var disabled: [String] = []

    @Option(help: "Workers redacting at once (default: the available cores). Output is identical for every value.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(help: "Longest line scanned, in bytes; longer lines are rejected.")
    var maxLineBytes: Int = 256 << 20

    @Flag(help: "Print a summary (records, bytes, findings per kind, invalid records by reason, elapsed, MB/s) to standard error.")
    var stats = false

    @Option(help: "Write the same summary as JSON to this file.")
    var statsJson: String?

    @Flag(inversion: .prefixedNo, help: "Show a progress line on standard error (default: when it is a terminal).")
    var progress: Bool?

    /// The field rules from --only, --skip and --redact-field.
    func fieldRules() throws -> FieldRules {
        var rules = FieldRules()
        rules.only = try only.map { try FieldPath($0) }
        rules.skip = try skip.map { try FieldPath($0) }
        rules.redact = try redactFields.map { rule in
            guard let equals = rule.lastIndex(of: "="), equals != rule.startIndex,
                rule.index(after: equals) != rule.endIndex
            else {
                throw ValidationError("--redact-field takes PATH=KIND, e.g. customer.notes=PERSON")
            }
            return (try FieldPath(String(rule[..<equals])), EntityKind(rawValue: rule[rule.index(after: equals)...].uppercased()))
        }
        return rules
    }

    func validate() throws {
        _ = try fieldRules()
        guard jobs >= 1 else { throw ValidationError("--jobs must be at least 1") }
        guard maxLineBytes > 0 else { throw ValidationError("--max-line-bytes must be positive") }
    }

    func run() throws {
        let builtIn = try DetectorSet.builtIn()  // compiled once per run
        let known = Set(builtIn.descriptors.map(\.id.rawValue))
        for id in disabled where !known.contains(id) {
            throw RedactionError(.invalidConfiguration, reason: "unknown detector '\(id)'; 'redact detectors' lists them")
        }
        let detectors = builtIn.excluding(ids: Set(disabled.map(DetectorID.init(rawValue:))))
        let stream = StreamRedactor(
            redactor: Redactor(detectors: detectors, fieldNames: noFieldNames ? nil : .standard,
                               fieldRules: try fieldRules()),
            format: format, onInvalid: onInvalid, maxLineBytes: maxLineBytes, jobs: jobs)
        var total = RedactionStatistics()
        let started = ContinuousClock.now
        let target = try output.map { try AtomicOutput(path: $0) }
        let outputDescriptor = target?.descriptor ?? 1
        let inputs = files.isEmpty ? ["-"] : files
        let display = ProgressDisplay.enabled(flag: progress) ? ProgressDisplay(total: ProgressDisplay.totalSize(of: inputs)) : nil
        defer { display?.finish() }
        for path in inputs {
            let name = path == "-" ? "<stdin>" : path
            let descriptor = path == "-" ? 0 : open(path, O_RDONLY)
            guard descriptor >= 0 else {
                throw RedactionError(.readFailed, reason: "cannot open \(path): \(String(cString: strerror(errno)))")
            }
            defer { if descriptor != 0 { close(descriptor) } }
            do throws(RedactionError) {
                let statistics = try stream.run(input: descriptor, output: outputDescriptor, onInvalid: { error in
                    Terminal.writeError("redact: \(name): \(error)")
                }, progress: display.map { display in { display.update(bytes: $0.bytesIn) } })
                display?.finishedInput(bytes: statistics.bytesIn)
                total.merge(statistics)
            } catch {
                if error.code == .brokenPipe { throw error }
                var located = error
                located.reason = "\(name): \(error.reason)"
                throw located
            }
        }
        try target?.commit()
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        if stats { Terminal.writeError(StatisticsReport.text(total, seconds: seconds)) }
        if let statsJson { try StatisticsReport.writeJSON(total, seconds: seconds, to: statsJson) }
        if total.invalid > 0 {
            let outcome = onInvalid == .text ? "were scanned as text" : "were replaced by placeholders"
            Terminal.writeError("redact: \(total.invalid) invalid record(s) \(outcome)")
        }
    }
}
