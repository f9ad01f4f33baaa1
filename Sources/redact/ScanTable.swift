import Foundation
import Redaction

/// The human-readable form of a ``ScanReport``: counts and masked locations only.
enum ScanTable {
    static func render(_ report: ScanReport, sampled: Bool) -> String {
        var lines: [String] = []
        let megabytes = Double(report.bytesRead) / 1_000_000
        lines.append("scanned \(report.recordsScanned) of \(report.recordsRead) records read "
            + String(format: "(%.1f MB)", megabytes) + "; \(report.findings) findings, \(report.nearMisses) near misses, "
            + "\(report.invalid) invalid records")
        let (share, error, estimate) = report.affectedShare
        if sampled {
            lines.append("records with findings: \(report.recordsWithFindings) of the sample, "
                + String(format: "%.2f%% ± %.2f%% (95%%), about %.0f of %d records read", share * 100,
                         1.96 * error * 100, estimate, report.recordsRead))
        } else {
            lines.append("records with findings: \(report.recordsWithFindings) "
                + String(format: "(%.2f%%)", share * 100))
        }
        if !report.findingsByKind.isEmpty {
            lines.append("")
            lines.append("findings per kind")
            for (kind, count) in report.findingsByKind.sorted(by: { ($1.value, $0.key) < ($0.value, $1.key) }) {
                lines.append("  " + pad(kind, 24) + String(count))
            }
            lines.append("")
            lines.append("findings per field path")
            for (path, kinds) in report.findingsByPath.sorted(by: { $0.key < $1.key }) {
                let detail = kinds.sorted(by: { $0.key < $1.key }).map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                lines.append("  " + pad(path.isEmpty ? "(line)" : path, 32) + detail)
            }
            lines.append("")
            lines.append("confidence")
            for band in report.confidenceBands.indices.reversed() where report.confidenceBands[band] > 0 {
                let upper = band == 9 ? "1.0]" : String(format: "%.1f)", Double(band + 1) / 10)
                lines.append("  " + pad(String(format: "[%.1f, ", Double(band) / 10) + upper, 14)
                    + String(report.confidenceBands[band]))
            }
        }
        if !report.nearMissesByKind.isEmpty {
            lines.append("")
            lines.append("near misses (not redacted; worth a look)")
            for (kind, count) in report.nearMissesByKind.sorted(by: { $0.key < $1.key }) {
                lines.append("  " + pad(kind, 24) + String(count))
            }
        }
        if !report.invalidByReason.isEmpty {
            lines.append("")
            lines.append("invalid records")
            for (reason, count) in report.invalidByReason.sorted(by: { $0.key < $1.key }) {
                lines.append("  " + pad(reason, 24) + String(count))
            }
        }
        for (title, list) in [("first findings", report.locations), ("first near misses", report.nearMissLocations)]
        where !list.isEmpty {
            lines.append("")
            lines.append("\(title) (masked)")
            for location in list {
                lines.append("  \(location.file):\(location.line)  \(location.fieldPath.isEmpty ? "(line)" : location.fieldPath)  "
                    + "\(location.kind)  \(location.detector) " + String(format: "%.2f", location.confidence)
                    + "  \(location.preview)")
            }
        }
        return lines.joined(separator: "\n")
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }
}
