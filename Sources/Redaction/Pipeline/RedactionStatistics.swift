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
    /// Output records that contained a canary value.
    public var canaryHits = 0
    /// Line numbers of the first such records (at most ``canaryLineLimit``), in input order.
    public var canaryLines: [Int] = []
    /// How many canary line numbers are kept.
    public static let canaryLineLimit = 100

    /// Empty statistics.
    public init() {}

    /// All findings.
    public var findings: Int { findingsByKind.values.reduce(0, +) }
    /// All invalid records.
    public var invalid: Int { invalidByReason.values.reduce(0, +) }

    /// Counts one record and the kinds of its findings (one entry per finding).
    public mutating func record(kinds: [EntityKind]) {
        countRecord(kinds)
        for kind in kinds { findingsByKind[kind.rawValue, default: 0] += 1 }
    }

    /// ``record(kinds:)`` with the kinds counted in `tally` (a plain array) instead of the name-keyed dictionary,
    /// which hashes the kind's name once per finding; ``KindTally/flush(into:)`` adds them to ``findingsByKind``.
    mutating func record(kinds: [EntityKind], tally: inout KindTally) {
        countRecord(kinds)
        for kind in kinds { tally.add(kind) }
    }

    /// Counts a record with the kinds of its findings (not the kinds themselves).
    private mutating func countRecord(_ kinds: [EntityKind]) {
        records += 1
        if !kinds.isEmpty { recordsWithFindings += 1 }
    }

    /// Counts one invalid record with the reason and the kinds of findings replaced when it was scanned as text.
    public mutating func recordInvalid(_ code: RedactionError.Code, kinds: [EntityKind]) {
        record(kinds: kinds)
        invalidByReason[code.rawValue, default: 0] += 1
    }

    /// Counts an output record holding a canary value.
    public mutating func recordCanary(line: Int) {
        canaryHits += 1
        if canaryLines.count < Self.canaryLineLimit { canaryLines.append(line) }
    }

    /// Adds another run's counts.
    public mutating func merge(_ other: RedactionStatistics) {
        canaryHits += other.canaryHits
        canaryLines.append(contentsOf: other.canaryLines.prefix(max(0, Self.canaryLineLimit - canaryLines.count)))
        records += other.records
        recordsWithFindings += other.recordsWithFindings
        bytesIn += other.bytesIn
        bytesOut += other.bytesOut
        findingsByKind.merge(other.findingsByKind, uniquingKeysWith: +)
        invalidByReason.merge(other.invalidByReason, uniquingKeysWith: +)
    }
}

/// Findings counted per kind by ``EntityKind/ordinal`` while a worker redacts a chunk, then added to a
/// ``RedactionStatistics`` once: counting in its name-keyed dictionary hashed the kind's name for every finding.
struct KindTally: Sendable {
    private var counts: [Int] = []

    /// Counts one finding of `kind`.
    mutating func add(_ kind: EntityKind) {
        let ordinal = kind.ordinal
        if ordinal >= counts.count { counts.append(contentsOf: repeatElement(0, count: ordinal + 1 - counts.count)) }
        counts[ordinal] += 1
    }

    /// Adds the counts to `statistics` and starts again from zero.
    mutating func flush(into statistics: inout RedactionStatistics) {
        for (ordinal, count) in counts.enumerated() where count > 0 {
            statistics.findingsByKind[EntityKind(ordinal: ordinal).rawValue, default: 0] += count
            counts[ordinal] = 0
        }
    }
}
