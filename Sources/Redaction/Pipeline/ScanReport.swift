/// Where one finding (or near miss) was seen, for audit reports: never the value itself, only a masked preview.
public struct ScanLocation: Sendable, Hashable, Codable {
    /// The input's name as the caller gave it (empty until the caller sets it, see ``ScanReport/setFile(_:)``).
    public var file: String
    /// 1-based line number of the record.
    public var line: Int
    /// Field path of the value (`customer.email`, `notes[*]`); empty for text lines; the column name in CSV.
    public var fieldPath: String
    /// Entity kind (or near-miss kind) name.
    public var kind: String
    /// Detector that found it (`field-name` for values redacted by their key).
    public var detector: String
    /// The finding's confidence.
    public var confidence: Double
    /// Masked preview (`j***@c******.c**`).
    public var preview: String

    /// Creates a location.
    public init(
        file: String = "", line: Int, fieldPath: String, kind: String, detector: String, confidence: Double,
        preview: String
    ) {
        self.file = file
        self.line = line
        self.fieldPath = fieldPath
        self.kind = kind
        self.detector = detector
        self.confidence = confidence
        self.preview = preview
    }
}

/// What a scan found: counts per kind, per field path and per confidence band, records affected, near misses, and the
/// first locations with masked previews. Contains no record content; `Codable`, and mergeable across workers, files
/// and machines (merge in input order to keep the first locations first).
public struct ScanReport: Sendable, Hashable, Codable {
    /// Records read from the input, sampled or not.
    public var recordsRead = 0
    /// Records scanned (all of them unless sampling).
    public var recordsScanned = 0
    /// Scanned records with at least one finding.
    public var recordsWithFindings = 0
    /// Bytes read from the input, sampled or not (newlines included).
    public var bytesRead = 0
    /// Bytes of the scanned records (newlines included).
    public var bytesScanned = 0
    /// Findings per kind name.
    public var findingsByKind: [String: Int] = [:]
    /// Findings per field path, then per kind name.
    public var findingsByPath: [String: [String: Int]] = [:]
    /// Findings per confidence band: index `i` counts confidences in `[i/10, (i+1)/10)`, the last band includes 1.
    public var confidenceBands: [Int] = Array(repeating: 0, count: 10)
    /// Near misses per kind: shapes an auditor should look at that the detectors rejected (card numbers failing
    /// Luhn, e-mail addresses with unknown top-level domains, IBANs failing mod-97).
    public var nearMissesByKind: [String: Int] = [:]
    /// Invalid records per reason (they were scanned as text or not at all, as the policy said).
    public var invalidByReason: [String: Int] = [:]
    /// The first findings in input order, at most ``locationLimit``.
    public var locations: [ScanLocation] = []
    /// The first near misses in input order, at most ``locationLimit``.
    public var nearMissLocations: [ScanLocation] = []
    /// How many locations of each list are kept.
    public var locationLimit: Int

    /// An empty report keeping at most `locationLimit` locations of each list.
    public init(locationLimit: Int = 20) {
        self.locationLimit = max(0, locationLimit)
    }

    /// All findings.
    public var findings: Int { findingsByKind.values.reduce(0, +) }
    /// All near misses.
    public var nearMisses: Int { nearMissesByKind.values.reduce(0, +) }
    /// All invalid records.
    public var invalid: Int { invalidByReason.values.reduce(0, +) }

    /// Counts one scanned record: its byte count and the details of its findings and near misses.
    mutating func record(line: Int, bytes: Int, details: [FindingDetail]) {
        recordsRead += 1
        recordsScanned += 1
        bytesRead += bytes
        bytesScanned += bytes
        var hasFinding = false
        for detail in details {
            if detail.isNearMiss {
                nearMissesByKind[detail.kind, default: 0] += 1
                append(detail, line: line, to: &nearMissLocations)
                continue
            }
            hasFinding = true
            findingsByKind[detail.kind, default: 0] += 1
            findingsByPath[detail.fieldPath, default: [:]][detail.kind, default: 0] += 1
            confidenceBands[min(9, max(0, Int(detail.confidence * 10)))] += 1
            append(detail, line: line, to: &locations)
        }
        if hasFinding { recordsWithFindings += 1 }
    }

    /// Counts a record of `bytes` read but not sampled.
    mutating func skip(bytes: Int) {
        recordsRead += 1
        bytesRead += bytes
    }

    /// Counts an invalid record with its reason.
    mutating func recordInvalid(_ code: RedactionError.Code) {
        invalidByReason[code.rawValue, default: 0] += 1
    }

    private func append(_ detail: FindingDetail, line: Int, to list: inout [ScanLocation]) {
        guard list.count < locationLimit else { return }
        list.append(ScanLocation(
            line: line, fieldPath: detail.fieldPath, kind: detail.kind, detector: detail.detector,
            confidence: detail.confidence, preview: detail.preview))
    }

    /// Names the input of every location that has none yet (call before merging another file's report).
    public mutating func setFile(_ name: String) {
        for index in locations.indices where locations[index].file.isEmpty { locations[index].file = name }
        for index in nearMissLocations.indices where nearMissLocations[index].file.isEmpty {
            nearMissLocations[index].file = name
        }
    }

    /// Adds a later part of the input (another chunk, file or machine).
    public mutating func merge(_ other: ScanReport) {
        recordsRead += other.recordsRead
        recordsScanned += other.recordsScanned
        bytesRead += other.bytesRead
        recordsWithFindings += other.recordsWithFindings
        bytesScanned += other.bytesScanned
        findingsByKind.merge(other.findingsByKind, uniquingKeysWith: +)
        findingsByPath.merge(other.findingsByPath) { $0.merging($1, uniquingKeysWith: +) }
        for band in confidenceBands.indices where band < other.confidenceBands.count {
            confidenceBands[band] += other.confidenceBands[band]
        }
        nearMissesByKind.merge(other.nearMissesByKind, uniquingKeysWith: +)
        invalidByReason.merge(other.invalidByReason, uniquingKeysWith: +)
        locations.append(contentsOf: other.locations.prefix(max(0, locationLimit - locations.count)))
        nearMissLocations.append(
            contentsOf: other.nearMissLocations.prefix(max(0, locationLimit - nearMissLocations.count)))
    }

    /// The share of scanned records with findings, its standard error, and — when every record was read — the
    /// estimated number of records with findings in the whole input. Without sampling the error is 0.
    public var affectedShare: (share: Double, standardError: Double, estimatedRecords: Double) {
        guard recordsScanned > 0 else { return (0, 0, 0) }
        let sampled = Double(recordsScanned), population = Double(max(recordsRead, recordsScanned))
        let share = Double(recordsWithFindings) / sampled
        // Simple random sample without replacement: binomial variance with the finite-population correction.
        let correction = population > 1 ? (population - sampled) / (population - 1) : 0
        let error = (share * (1 - share) / sampled * correction).squareRoot()
        return (share, error, share * population)
    }
}

/// One finding of a record as a report sees it: kind, detector, confidence, field path and masked preview.
struct FindingDetail: Sendable, Hashable {
    var kind: String
    var detector: String
    var confidence: Double
    var fieldPath: String
    var preview: String
    var isNearMiss: Bool
}
