/// Identifies a detector, e.g. `email` or `email.obfuscated`. Reports and statistics group by it.
///
/// Stored as a number standing for its text (see `NameTable`), so copying one costs no reference counting.
public struct DetectorID: RawRepresentable, Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    private let number: UInt32
    /// The identifier text.
    public var rawValue: String { NameTable.detectors.name(number) }
    /// Creates an identifier.
    public init(rawValue: String) { self.number = NameTable.detectors.number(for: rawValue) }
    // Encoded as its text: the standard library's `Codable` for string-backed `RawRepresentable` types.
    /// Whether two identifiers have the same text (equal texts have equal numbers; the standard library's default for
    /// `RawRepresentable` would compare the texts as strings).
    public static func == (lhs: DetectorID, rhs: DetectorID) -> Bool { lhs.number == rhs.number }
    /// Hashes the identifier's number.
    public func hash(into hasher: inout Hasher) { hasher.combine(number) }
    /// The identifier text.
    public var description: String { rawValue }
    /// Orders identifiers by text.
    public static func < (lhs: DetectorID, rhs: DetectorID) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// One piece of personal data found in a byte buffer.
///
/// `range` is a byte range in the buffer that was scanned (UTF-8 offsets for `String` input). A finding never holds
/// the matched bytes themselves, so findings can be logged, counted and reported without leaking what they point at.
public struct Finding: Hashable, Sendable {
    /// What kind of personal data this is.
    public var kind: EntityKind
    /// Byte offsets of the finding in the scanned buffer.
    public var range: Range<Int>
    /// The detector that produced it.
    public var detectorID: DetectorID
    /// How sure the detector is, from 0 (guess) to 1 (certain).
    public var confidence: Double

    /// Creates a finding.
    public init(kind: EntityKind, range: Range<Int>, detectorID: DetectorID, confidence: Double) {
        self.kind = kind
        self.range = range
        self.detectorID = detectorID
        self.confidence = confidence
    }
}
