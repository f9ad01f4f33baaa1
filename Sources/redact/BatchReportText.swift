import Foundation
import Redaction

/// Renders a batch report for standard error and as JSON. Paths and counts only, never content.
enum BatchReportText {
    /// Files listed one per line up to this many; beyond it only failed files are (the JSON report has all).
    static let listedFiles = 50

    static func render(_ report: BatchJob.Report) -> String {
        var lines: [String] = []
        let listed = report.files.count <= listedFiles ? report.files : report.files.filter { $0.status == .failed }
        for file in listed {
            var line = "  \(file.status.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(file.path)"
            if file.status != .failed {
                line += "  records \(file.records), findings \(file.findings.values.reduce(0, +))"
                let invalid = file.invalid.values.reduce(0, +)
                if invalid > 0 { line += ", invalid \(invalid)" }
                if file.status == .redacted { line += String(format: ", %.1f s", file.seconds) }
            }
            lines.append(line)
        }
        let redacted = report.files.filter { $0.status == .redacted }
        let bytesIn = redacted.reduce(0) { $0 + $1.bytesIn }
        var findings: [String: Int] = [:]
        for file in report.files {
            for (kind, count) in file.findings { findings[kind, default: 0] += count }
        }
        lines.append(
            "redact batch: \(report.files.count) file(s): \(redacted.count) redacted, "
                + "\(report.count(.skipped)) skipped (done earlier), \(report.count(.failed)) failed")
        lines.append(
            "  records \(report.files.reduce(0) { $0 + $1.records }), findings \(findings.values.reduce(0, +)), "
                + "invalid \(report.files.reduce(0) { $0 + $1.invalid.values.reduce(0, +) })")
        if !redacted.isEmpty {
            lines.append(
                String(
                    format: "  redacted now: %.1f MB in %.1f s, %.1f MB/s", Double(bytesIn) / 1e6, report.seconds,
                    report.seconds > 0 ? Double(bytesIn) / 1e6 / report.seconds : 0))
        }
        for (kind, count) in findings.sorted(by: { $0.key < $1.key }) { lines.append("  \(kind): \(count)") }
        return lines.joined(separator: "\n")
    }

    static func writeJSON(_ report: BatchJob.Report, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try encoder.encode(report).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
