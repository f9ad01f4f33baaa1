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
    var overlaps = OverlapResolver.Scratch()
    /// The rules of a ``DetectorSet`` the buffer being scanned admits (``RuleAdmissionTable``).
    var admittedRules: [UInt64] = []
    var normalized: [UInt8] = []
    /// Word ranges (``TermIndex`` words) of the buffer being scanned, shared by the word-level detectors.
    var words: [Range<Int>] = []
    /// The text being settled by ``Redactor`` (a rewritten value scanned again).
    var settling: [UInt8] = []
    /// The words' hashes and a key buffer for ``TermIndex`` lookups, lent with the words (capacity is kept).
    var termLookup = TermLookup()
    /// Whether ``words`` holds the words of the buffer being scanned.
    var wordsAreCurrent = false
    /// The ``ByteCounts`` of the buffer being scanned, once a rule has asked (see ``counts(of:)``).
    var byteCounts: ByteCounts?
    /// ``byteCounts``, ``ByteCounts/packed`` (read only while ``byteCounts`` is set).
    var packedByteCounts: UInt64 = 0
    /// Where the digit clusters of the buffer being scanned start, as far as rules have asked (see
    /// ``firstClusterDigit(reaching:in:)``).
    var clusterStarts = ClusterStarts()
    /// Whether ``clusterStarts`` was read from the buffer being scanned.
    var clusterStartsAreCurrent = false
    /// The gate word groups of the buffer being scanned, once a rule has asked (see ``gateWords(of:)``).
    var bufferGateWords: GateWords?
    /// Per gate word group of the last ``gateWords(of:)``, an offset before which none of its words starts.
    var gateWordStarts: [Int] = []
    /// Set by ``DetectorSet`` while its detectors scan one buffer: only then may ``words``, ``byteCounts`` and
    /// ``bufferGateWords`` be kept from one detector to the next (a detector called directly computes them for each
    /// call).
    var sharesBufferState = false
    /// Short texts this worker found clean with ``cleanTextsOwner``'s detectors (see ``DetectorSet``), with their
    /// word-start signatures.
    var cleanTexts = ShortBytesCache<WordStartSignature>()
    /// The word-start signature of the text the last ``DetectorSet`` collection found clean in ``cleanTexts`` or
    /// stored there; ``WordStartSignature/unknown`` after any other collection. Record-scoped propagation skips a
    /// text whose signature shares no bit with its values'.
    var cleanTextSignature = WordStartSignature.unknown
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
