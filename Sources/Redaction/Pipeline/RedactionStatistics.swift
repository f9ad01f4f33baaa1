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
    /// Records that could not be redacted as their format says (scanned as text, rejected or failed), per reason.
    public var invalidByReason: [String: Int] = [:]

    /// Empty statistics.
    public init() {}

    /// All findings.
    public var findings: Int { findingsByKind.values.reduce(0, +) }
    /// All invalid records.
    public var invalid: Int { invalidByReason.values.reduce(0, +) }

    /// Counts one record and the kinds of its findings (one entry per finding).
    public mutating func record(kinds: [EntityKind]) {
        records += 1
        guard !kinds.isEmpty else { return }
        recordsWithFindings += 1
        for kind in kinds { findingsByKind[kind.rawValue, default: 0] += 1 }
    }

    /// Counts one invalid record with the reason and the kinds of findings replaced when it was scanned as text.
    public mutating func recordInvalid(_ code: RedactionError.Code, kinds: [EntityKind]) {
        record(kinds: kinds)
        invalidByReason[code.rawValue, default: 0] += 1
    }

    /// Adds another run's counts.
    public mutating func merge(_ other: RedactionStatistics) {
        records += other.records
        recordsWithFindings += other.recordsWithFindings
        bytesIn += other.bytesIn
        bytesOut += other.bytesOut
        findingsByKind.merge(other.findingsByKind, uniquingKeysWith: +)
        invalidByReason.merge(other.invalidByReason, uniquingKeysWith: +)
    }
}
