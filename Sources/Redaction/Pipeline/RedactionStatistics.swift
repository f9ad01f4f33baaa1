/// Counts from a redaction run. Contains no record content; mergeable across workers and files.
public struct RedactionStatistics: Sendable, Hashable, Codable {
    /// Records (lines) read.
    public var records = 0
    /// Records with at least one finding.
    public var recordsWithFindings = 0
    /// Bytes read, including newlines.
    public var bytesIn = 0
    /// Bytes written, including newlines.
    public var bytesOut = 0
    /// Findings replaced, per kind name.
    public var findingsByKind: [String: Int] = [:]
    /// Records that could not be scanned and were replaced by a placeholder, per error code.
    public var rejectedByReason: [String: Int] = [:]

    /// Empty statistics.
    public init() {}

    /// All findings.
    public var findings: Int { findingsByKind.values.reduce(0, +) }
    /// All rejected records.
    public var rejected: Int { rejectedByReason.values.reduce(0, +) }

    /// Counts `findings` of one record.
    public mutating func record(_ findings: [Finding]) {
        records += 1
        guard !findings.isEmpty else { return }
        recordsWithFindings += 1
        for finding in findings { findingsByKind[finding.kind.rawValue, default: 0] += 1 }
    }

    /// Counts a record that failed closed.
    public mutating func recordRejected(_ code: RedactionError.Code) {
        records += 1
        rejectedByReason[code.rawValue, default: 0] += 1
    }

    /// Adds another run's counts.
    public mutating func merge(_ other: RedactionStatistics) {
        records += other.records
        recordsWithFindings += other.recordsWithFindings
        bytesIn += other.bytesIn
        bytesOut += other.bytesOut
        findingsByKind.merge(other.findingsByKind, uniquingKeysWith: +)
        rejectedByReason.merge(other.rejectedByReason, uniquingKeysWith: +)
    }
}
