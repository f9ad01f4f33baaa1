import ArgumentParser
import Redaction

#if canImport(Glibc)
import Glibc
#endif

/// `redact [FILE…]`: redact text lines from files or standard input to standard output.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Redact text lines from files or standard input (the default command).",
        discussion: """
            A line that cannot be scanned (longer than --max-line-bytes, or stopped by a regex resource limit) is \
            replaced by a placeholder such as "[REJECTED: line-too-long]" and reported on standard error with its \
            line number and byte offset; its content is never written.
            """
    )

    @Argument(help: "Input files; '-' or none reads standard input.")
    var files: [String] = []

    @Option(name: .customLong("disable"), parsing: .upToNextOption,
            help: "Detector ids to switch off (see 'redact detectors').")
    var disabled: [String] = []

    @Option(help: "Longest line scanned, in bytes; longer lines are rejected.")
    var maxLineBytes: Int = 256 << 20

    @Flag(help: "Print counts per kind to standard error when done.")
    var stats = false

    func validate() throws {
        guard maxLineBytes > 0 else { throw ValidationError("--max-line-bytes must be positive") }
        let known = Set(try BuiltInDetectors.all().map(\.descriptor.id.rawValue))
        for id in disabled where !known.contains(id) {
            throw ValidationError("unknown detector '\(id)'; 'redact detectors' lists them")
        }
    }

    func run() throws {
        let detectors = try DetectorSet.builtIn().excluding(ids: Set(disabled.map(DetectorID.init(rawValue:))))
        let stream = TextStreamRedactor(redactor: Redactor(detectors: detectors), maxLineBytes: maxLineBytes)
        var total = RedactionStatistics()
        for path in files.isEmpty ? ["-"] : files {
            let name = path == "-" ? "<stdin>" : path
            let descriptor = path == "-" ? 0 : open(path, O_RDONLY)
            guard descriptor >= 0 else {
                throw RedactionError(.readFailed, reason: "cannot open \(path): \(String(cString: strerror(errno)))")
            }
            defer { if descriptor != 0 { close(descriptor) } }
            do {
                let statistics = try stream.run(input: descriptor, output: 1) { error in
                    Terminal.writeError("redact: \(name): \(error)")
                }
                total.merge(statistics)
            } catch {
                guard error.code == .readFailed else { throw error }
                throw RedactionError(error.code, reason: "\(name): \(error.reason)", byteOffset: error.byteOffset)
            }
        }
        if stats { Terminal.writeError(StatisticsReport.text(total)) }
        if total.rejected > 0 {
            Terminal.writeError("redact: \(total.rejected) line(s) could not be scanned and were replaced by placeholders")
        }
    }
}

/// Renders statistics for standard error.
enum StatisticsReport {
    static func text(_ statistics: RedactionStatistics) -> String {
        var lines = [
            "records: \(statistics.records), with findings: \(statistics.recordsWithFindings), "
                + "findings: \(statistics.findings), rejected: \(statistics.rejected)"
        ]
        for (kind, count) in statistics.findingsByKind.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(kind): \(count)")
        }
        for (reason, count) in statistics.rejectedByReason.sorted(by: { $0.key < $1.key }) {
            lines.append("  rejected \(reason): \(count)")
        }
        return lines.joined(separator: "\n")
    }
}
