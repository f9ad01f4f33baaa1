/// What a detector is, for catalogs, reports and `redact detectors`.
public struct DetectorDescriptor: Sendable, Hashable {
    /// Stable identifier, e.g. `email.obfuscated`.
    public var id: DetectorID
    /// The kind of its findings.
    public var kind: EntityKind
    /// One line saying what it finds.
    public var summary: String
    /// A synthetic example text containing something it finds.
    public var example: String

    /// Creates a descriptor.
    public init(id: DetectorID, kind: EntityKind, summary: String, example: String) {
        self.id = id
        self.kind = kind
        self.summary = summary
        self.example = example
    }
}

/// Finds one kind of personal data in a byte buffer and pushes each finding to a callback.
///
/// Detectors are immutable and `Sendable`: one instance serves every worker. Everything a worker mutates while
/// matching lives in the ``DetectionScratch`` it passes in. A detector knows nothing of JSON, files, threads or
/// operators, and it may report overlapping findings: ``DetectorSet`` resolves overlaps once for all detectors.
public protocol Detector: Sendable {
    /// Identity, kind and documentation.
    var descriptor: DetectorDescriptor { get }
    /// When running the detector on a buffer is worthwhile; checked by ``DetectorSet`` before ``detect(in:scratch:report:)``.
    var prefilter: Prefilter { get }
    /// Reports every finding in `text`. Byte ranges are offsets into `text`.
    ///
    /// - Throws: ``RedactionError`` with code ``RedactionError/Code/matchLimitExceeded`` when a resource limit stops
    ///   the scan; the caller must then treat the whole buffer as unscanned (fail closed).
    func detect(
        in text: UnsafeBufferPointer<UInt8>, scratch: inout DetectionScratch, report: (Finding) -> Void
    ) throws(RedactionError)
}

/// A worker's private, reusable state for detection: PCRE2 match data, match context with limits and JIT stack,
/// the byte classes of the current buffer and a reusable candidate list.
///
/// Not copyable: create one per worker (thread or task) with ``DetectorSet/makeScratch()`` and pass it `inout`.
/// It may move between tasks but is never shared.
public struct DetectionScratch: ~Copyable, Sendable {
    var match: MatchScratch
    /// Byte classes present in the buffer being scanned, set by ``DetectorSet`` before detectors run.
    public internal(set) var presentClasses: ByteClasses = .all
    var candidates: [Finding] = []
    var order: [Int] = []
    var normalized: [UInt8] = []
    /// Word ranges (``TermIndex`` words) of the buffer being scanned, shared by the word-level detectors.
    var words: [Range<Int>] = []
    /// The text being settled by ``Redactor`` (a rewritten value scanned again).
    var settling: [UInt8] = []
    /// The words' hashes and a key buffer for ``TermIndex`` lookups, lent with the words (capacity is kept).
    var termLookup = TermLookup()
    /// Whether ``words`` holds the words of the buffer being scanned.
    var wordsAreCurrent = false
    /// The digit, colon and dot counts of the buffer being scanned, once a rule has asked (see ``counts(of:)``).
    var byteCounts: ByteCounts?
    /// Set by ``DetectorSet`` while its detectors scan one buffer: only then may ``words`` and ``byteCounts``
    /// be kept from one detector to the next (a detector called directly computes them for each call).
    var sharesBufferState = false
    /// Short texts this worker found clean with ``cleanTextsOwner``'s detectors (see ``DetectorSet``).
    var cleanTexts = ShortBytesCache<Void>()
    /// The detector set ``cleanTexts`` belongs to; another set starts a fresh memo.
    var cleanTextsOwner: CacheOwner?

    /// Creates scratch with the standard match limits.
    public init() { self.match = MatchScratch() }
}

extension DetectionScratch {
    /// The ``TermIndex`` words of `text` and their hashes, computed once per buffer for all word-level detectors
    /// and lent to `body` for ``TermIndex`` lookups.
    mutating func withWords<Result>(
        of text: UnsafeBufferPointer<UInt8>, _ body: ([Range<Int>], _ lookup: inout TermLookup) -> Result
    ) -> Result {
        if !wordsAreCurrent { TermIndex<Void>.words(in: text, into: &words, hashes: &termLookup.hashes) }
        wordsAreCurrent = sharesBufferState
        var lookup = TermLookup()
        swap(&lookup, &termLookup)
        defer { swap(&lookup, &termLookup) }
        return body(words, &lookup)
    }
}

extension DetectionScratch {
    /// How many digits, colons and dots `text` holds and its longest run of digits, computed once per buffer for
    /// every rule with a minimum.
    mutating func counts(of text: UnsafeBufferPointer<UInt8>) -> ByteCounts {
        if let byteCounts { return byteCounts }
        let counts = ByteCounts(of: text)
        if sharesBufferState { byteCounts = counts }
        return counts
    }
}

/// How many ASCII digits, colons and dots a buffer holds and the length of its longest run of consecutive digits: a
/// rule whose every match needs more (nine digits for an SSN, a run of fifteen for a bare case number, three dots for
/// an IPv4 address) is not run at all.
struct ByteCounts: Sendable, Equatable {
    /// Digits in the buffer.
    var digits = 0
    /// The longest run of consecutive digits.
    var longestDigitRun = 0
    /// `:` in the buffer.
    var colons = 0
    /// `.` in the buffer.
    var dots = 0

    /// The counts of `text` (one pass, without branches: a table adds one to the byte's lane of a packed counter).
    init(of text: UnsafeBufferPointer<UInt8>) {
        Self.lanes.withUnsafeBufferPointer { lanes in
            var run = 0
            var packed: UInt64 = 0
            for (index, byte) in text.enumerated() {
                let lane = lanes[Int(byte)]
                packed &+= lane
                // `run` grows over digits and drops to 0 on any other byte.
                let isDigit = Int(truncatingIfNeeded: lane & 1)
                run = (run &+ 1) & (0 &- isDigit)
                longestDigitRun = Swift.max(longestDigitRun, run)
                // Sixteen-bit lanes: move them out before they could overflow.
                if index & 0x7FFF == 0x7FFF { add(&packed) }
            }
            add(&packed)
        }
    }

    private mutating func add(_ packed: inout UInt64) {
        digits += Int(packed & 0xFFFF)
        colons += Int((packed >> 16) & 0xFFFF)
        dots += Int((packed >> 32) & 0xFFFF)
        packed = 0
    }

    /// Per byte value: 1 in the lane of its class (bits 0–15 digits, 16–31 colons, 32–47 dots), else 0.
    private static let lanes: [UInt64] = (0..<256).map { value in
        switch UInt8(value) {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): 1
        case UInt8(ascii: ":"): 1 << 16
        case UInt8(ascii: "."): 1 << 32
        default: 0
        }
    }

    /// Counts given directly (tests).
    init(digits: Int = 0, longestDigitRun: Int = 0, colons: Int = 0, dots: Int = 0) {
        self.digits = digits
        self.longestDigitRun = longestDigitRun
        self.colons = colons
        self.dots = dots
    }

    /// Whether these counts reach every minimum of `rule`.
    func admit(_ rule: borrowing PatternRule) -> Bool {
        digits >= rule.minimumDigits && longestDigitRun >= rule.minimumDigitRun && colons >= rule.minimumColons
            && dots >= rule.minimumDots
    }
}
