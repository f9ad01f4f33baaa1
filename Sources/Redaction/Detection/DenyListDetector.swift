/// Finds the terms of a dictionary — names, product code names, internal hostnames — wherever they occur as whole
/// words, case-insensitively (ASCII letters), with any run of spaces or tabs between the words of a term.
///
/// Terms are looked up in a ``TermIndex``: ten thousand or a million terms cost about the same per word, and there is
/// no alternation regex. Words are runs of ASCII letters and digits, `'`, `-` and any non-ASCII bytes (`O'Brien`,
/// `Jean-Luc`, `Müller`); non-ASCII letters are compared as written (no Unicode case folding).
public struct DenyListDetector: Detector {
    /// Identity, kind and documentation.
    public let descriptor: DetectorDescriptor
    /// Runs on buffers with letters, digits or non-ASCII bytes.
    public let prefilter = Prefilter(anyOf: [.letter, .digit, .highByte])
    /// Confidence of the findings.
    public let confidence: Double
    private let index: TermIndex<Void>

    /// Creates a detector for `terms` (empty and duplicate terms are ignored).
    public init(id: DetectorID, kind: EntityKind, terms: [String], confidence: Double = 0.9) {
        descriptor = DetectorDescriptor(
            id: id, kind: kind, summary: "Deny-list of \(terms.count) terms (\(kind)), whole words, case-insensitive.",
            example: "")  // never a term: the list itself may name people
        self.confidence = confidence
        index = TermIndex(terms.lazy.map { ($0, ()) })
    }

    /// Number of distinct terms.
    public var count: Int { index.count }

    /// Reports the longest term starting at each word, then continues after it.
    public func detect(
        in text: UnsafeBufferPointer<UInt8>, scratch: inout DetectionScratch, report: (Finding) -> Void
    ) throws(RedactionError) {
        guard !index.isEmpty else { return }
        scratch.withWords(of: text) { words, lookup in
            var position = 0
            while position < words.count {
                if let match = index.longestMatch(at: position, words: words, in: text, lookup: &lookup) {
                    report(Finding(
                        kind: descriptor.kind, range: words[position].lowerBound..<words[match.end].upperBound,
                        detectorID: descriptor.id, confidence: confidence))
                    position = match.end + 1
                } else {
                    position += 1
                }
            }
        }
    }
}
