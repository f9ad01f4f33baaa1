/// What a scan reads and reports (see ``StreamRedactor/scan(input:settings:onInvalid:progress:)``).
public struct ScanSettings: Sendable, Hashable {
    /// Share of records scanned, 0…1: a record is scanned when a hash of its line number and ``seed`` falls below
    /// it, so the sample is the same on every run and machine.
    public var sampleRate: Double
    /// Stop reading after this many scanned records (`nil`: read everything).
    public var maxRecords: Int?
    /// Seed of the sampling hash.
    public var seed: UInt64
    /// How many finding and near-miss locations the report keeps (the first in input order).
    public var locationLimit: Int
    /// Whether near misses (card-shaped numbers failing Luhn, …; see ``NearMissDetectors``) are reported.
    public var nearMisses: Bool

    /// Creates settings; by default every record is scanned, 20 locations kept and near misses reported.
    public init(
        sampleRate: Double = 1, maxRecords: Int? = nil, seed: UInt64 = 0, locationLimit: Int = 20,
        nearMisses: Bool = true
    ) {
        self.sampleRate = min(1, max(0, sampleRate))
        self.maxRecords = maxRecords.map { max(0, $0) }
        self.seed = seed
        self.locationLimit = max(0, locationLimit)
        self.nearMisses = nearMisses
    }

    /// Whether the record starting at `lineNumber` is in the sample.
    public func samples(lineNumber: Int) -> Bool {
        if sampleRate >= 1 { return true }
        // SplitMix64 finaliser over the seed and the line number: uniform, stateless, order-independent.
        var value = seed &+ UInt64(truncatingIfNeeded: lineNumber) &* 0x9E37_79B9_7F4A_7C15
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        value ^= value >> 31
        return Double(value >> 11) / Double(1 << 53) < sampleRate
    }
}
