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
    var keyName: [UInt8] = []
    var parentName: [UInt8] = []
    /// What the field names said per (parent, key) of raw bytes, for ``fieldKindsOwner``'s table.
    var fieldKinds = ShortBytesCache<EntityKind?>()
    var fieldKindsOwner: CacheOwner?
    var decoded: [UInt8] = []
    var redacted: [UInt8] = []
    /// Per token of the current record: the kind its field name gives it, if any.
    var tokenKinds: [EntityKind?] = []
    /// What the current record's personal fields hold (record-scoped propagation).
    var dictionary = RecordDictionary()
    /// The second redaction of a record under verification.
    var verified: [UInt8] = []
    /// Kinds of the findings replaced in the last record (one entry per finding).
    public internal(set) var findingKinds: [EntityKind] = []
    /// Set while scanning for a report: the details of each finding of the current record go to ``details``.
    var collectsDetails = false
    var details: [FindingDetail] = []
    /// Near-miss detectors run on every scanned value while collecting details (see ``NearMissDetectors``).
    var nearMisses: DetectorSet?
    var nearMissDetection = DetectionScratch()

    /// Creates scratch with the standard match limits.
    public init() { self.detection = DetectionScratch() }

    /// Runs `body` with the reusable decode and rewrite buffers moved out of the scratch, so they can be borrowed
    /// while the scratch itself (its detection scratch) is passed `inout`; they are moved back afterwards.
    static func withTextBuffers<Result>(
        _ scratch: inout RecordScratch,
        _ body: (inout RecordScratch, inout [UInt8], inout [UInt8]) throws(RedactionError) -> Result
    ) throws(RedactionError) -> Result {
        var decoded: [UInt8] = [], redacted: [UInt8] = []
        swap(&decoded, &scratch.decoded)
        swap(&redacted, &scratch.redacted)
        defer {
            swap(&decoded, &scratch.decoded)
            swap(&redacted, &scratch.redacted)
        }
        return try body(&scratch, &decoded, &redacted)
    }
}
