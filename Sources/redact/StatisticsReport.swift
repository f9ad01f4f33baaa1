import Foundation
import Redaction

#if canImport(Glibc)
import Glibc
#endif

/// Renders statistics for standard error and as JSON. Counts only, never content.
enum StatisticsReport {
    static func megabytesPerSecond(_ statistics: RedactionStatistics, _ seconds: Double) -> Double {
        seconds > 0 ? Double(statistics.bytesIn) / 1_000_000 / seconds : 0
    }

    /// The process's peak resident set size so far, in bytes (`getrusage`; the kernel reports KiB on Linux).
    static var peakResidentBytes: Int {
        var usage = rusage()
        #if canImport(Glibc)
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        return Int(usage.ru_maxrss) * 1024
        #else
        guard getrusage(RUSAGE_SELF, &usage) == 0 else { return 0 }
        return Int(usage.ru_maxrss)
        #endif
    }

    static func text(_ statistics: RedactionStatistics, seconds: Double) -> String {
        var lines = [
            "records: \(statistics.records), with findings: \(statistics.recordsWithFindings), "
                + "findings: \(statistics.findings), invalid: \(statistics.invalid)",
            "bytes in: \(statistics.bytesIn), out: \(statistics.bytesOut), elapsed: "
                + String(format: "%.3f s, %.1f MB/s", seconds, megabytesPerSecond(statistics, seconds))
                + String(format: ", peak memory: %.1f MiB", Double(peakResidentBytes) / 1_048_576),
        ]
        for (kind, count) in statistics.findingsByKind.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(kind): \(count)")
        }
        for (reason, count) in statistics.invalidByReason.sorted(by: { $0.key < $1.key }) {
            lines.append("  invalid \(reason): \(count)")
        }
        return lines.joined(separator: "\n")
    }

    static func writeJSON(_ statistics: RedactionStatistics, seconds: Double, to path: String) throws {
        struct Summary: Encodable {
            let statistics: RedactionStatistics
            let elapsedSeconds: Double
            let megabytesPerSecond: Double
            let peakResidentBytes: Int
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        let data = try encoder.encode(
            Summary(statistics: statistics, elapsedSeconds: seconds,
                    megabytesPerSecond: megabytesPerSecond(statistics, seconds), peakResidentBytes: peakResidentBytes))
        // Written like `-o`: atomically into a file, directly into a device or pipe (`--stats-json /dev/stdout`).
        let file = try PendingFile(destination: path)
        try data.withUnsafeBytes { try file.write($0) }
        try file.commit()
    }
}
