/// A worker's reusable state for redacting records: detection scratch plus the JSON scanner's and rewriter's
/// buffers. Not copyable; one per worker, passed `inout`.
public struct RecordScratch: ~Copyable, Sendable {
    /// The detectors' scratch. Internal: a public stored property of a non-copyable type with a setter crashes the
    /// Swift 6.3 optimizer under cross-module optimization (release builds).
    var detection: DetectionScratch
    var tokens: [JSONToken] = []
    var containers: [UInt8] = []
    var owners: [Int] = []
    var fields: [CSVRecord.Field] = []
    var record: [UInt8] = []
    var decoded: [UInt8] = []
    var redacted: [UInt8] = []
    /// Kinds of the findings replaced in the last record (one entry per finding).
    public internal(set) var findingKinds: [EntityKind] = []

    /// Creates scratch with the standard match limits.
    public init() { self.detection = DetectionScratch() }
}
