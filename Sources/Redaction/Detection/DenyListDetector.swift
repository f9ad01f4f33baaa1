/// Finds the terms of a dictionary — names, product code names, internal hostnames — wherever they occur as whole
/// words, case-insensitively (ASCII letters), with any run of spaces or tabs between the words of a term.
///
/// A bit set of hashed first words rejects most words of a text with one multiply-and-shift per byte; the rest are
/// looked up in a hash set of normalised terms, and only words that start some term try the longer n-grams. Ten
/// thousand or a million terms cost about the same per word; there is no alternation regex (which would be slow to
/// compile and to run).
///
/// Words are runs of ASCII letters and digits, `'`, `-` and any non-ASCII bytes (`O'Brien`, `Jean-Luc`, `Müller`).
/// Non-ASCII letters are compared as written (no Unicode case folding).
public struct DenyListDetector: Detector {
    /// Identity, kind and documentation.
    public let descriptor: DetectorDescriptor
    /// Runs on buffers with letters, digits or non-ASCII bytes.
    public let prefilter = Prefilter(anyOf: [.letter, .digit, .highByte])
    /// Confidence of the findings.
    public let confidence: Double
    private let terms: Set<[UInt8]>
    private let firstWords: Set<[UInt8]>
    private let maximumWords: Int
    /// Bits set at the hashes of the terms' first words (a one-hash Bloom filter).
    private let firstWordBits: [UInt64]
    private let bitMask: UInt64

    /// Creates a detector for `terms` (empty and duplicate terms are ignored).
    public init(id: DetectorID, kind: EntityKind, terms: [String], confidence: Double = 0.9) {
        descriptor = DetectorDescriptor(
            id: id, kind: kind, summary: "Deny-list of \(terms.count) terms (\(kind)), whole words, case-insensitive.",
            example: "")  // never a term: the list itself may name people
        self.confidence = confidence
        var normalised = Set<[UInt8]>(), first = Set<[UInt8]>()
        var longest = 1
        for term in terms {
            let bytes = Array(term.utf8)
            let words = Self.words(in: bytes)
            guard !words.isEmpty else { continue }
            var key: [UInt8] = []
            for (index, word) in words.enumerated() {
                if index > 0 { key.append(0x20) }
                Self.appendLowercased(bytes[word], to: &key)
                if index == 0 { first.insert(key) }
            }
            normalised.insert(key)
            longest = max(longest, words.count)
        }
        self.terms = normalised
        self.firstWords = first
        self.maximumWords = longest
        // About 16 bits per first word (at least 64 Ki bits): a word that starts no term passes with p ≈ 6 %.
        var bitCount = 1 << 16
        while bitCount < first.count * 16 { bitCount <<= 1 }
        var bits = [UInt64](repeating: 0, count: bitCount / 64)
        let mask = UInt64(bitCount - 1)
        for word in first {
            let bit = ShortBytesHash.fnv1a(word) & mask
            bits[Int(bit >> 6)] |= 1 << (bit & 63)
        }
        self.firstWordBits = bits
        self.bitMask = mask
    }

    /// Whether the word at `range` may start a term (false: certainly not).
    private func mayStartTerm(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        let bit = ShortBytesHash.fnv1a(text[range].lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }) & bitMask
        return firstWordBits[Int(bit >> 6)] & (1 << (bit & 63)) != 0
    }

    /// Number of distinct terms.
    public var count: Int { terms.count }

    /// Reports the longest term starting at each word, then continues after it.
    public func detect(
        in text: UnsafeBufferPointer<UInt8>, scratch: inout DetectionScratch, report: (Finding) -> Void
    ) throws(RedactionError) {
        guard !terms.isEmpty else { return }
        // The word list is the scratch's reusable buffer, moved out while it is filled and read.
        var words: [Range<Int>] = []
        swap(&words, &scratch.words)
        defer { swap(&words, &scratch.words) }
        Self.words(in: text, into: &words)
        var key: [UInt8] = []
        var index = 0
        while index < words.count {
            var matchedEnd: Int?
            if mayStartTerm(text, words[index]) {
                key.removeAll(keepingCapacity: true)
                Self.appendLowercased(text[words[index]], to: &key)
                if firstWords.contains(key) {
                    if terms.contains(key) { matchedEnd = index }
                    var next = index + 1
                    while next < words.count, next - index < maximumWords,
                        text[words[next - 1].upperBound..<words[next].lowerBound].allSatisfy({ $0 == 0x20 || $0 == 0x09 })
                    {
                        key.append(0x20)
                        Self.appendLowercased(text[words[next]], to: &key)
                        if terms.contains(key) { matchedEnd = next }
                        next += 1
                    }
                }
            }
            if let end = matchedEnd {
                report(Finding(
                    kind: descriptor.kind, range: words[index].lowerBound..<words[end].upperBound,
                    detectorID: descriptor.id, confidence: confidence))
                index = end + 1
            } else {
                index += 1
            }
        }
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
            || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-")
    }

    /// Word ranges; `'` and `-` only inside words.
    private static func words<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes) -> [Range<Int>] where Bytes.Index == Int {
        var result: [Range<Int>] = []
        words(in: bytes, into: &result)
        return result
    }

    private static func words<Bytes: RandomAccessCollection<UInt8>>(
        in bytes: Bytes, into result: inout [Range<Int>]
    ) where Bytes.Index == Int {
        result.removeAll(keepingCapacity: true)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            guard isWordByte(bytes[index]), bytes[index] != UInt8(ascii: "'"), bytes[index] != UInt8(ascii: "-") else {
                index += 1
                continue
            }
            let start = index
            while index < bytes.endIndex, isWordByte(bytes[index]) { index += 1 }
            var end = index
            while end > start, bytes[end - 1] == UInt8(ascii: "'") || bytes[end - 1] == UInt8(ascii: "-") { end -= 1 }
            result.append(start..<end)
        }
    }

    private static func appendLowercased<Bytes: Sequence<UInt8>>(_ bytes: Bytes, to key: inout [UInt8]) {
        for byte in bytes { key.append(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) }
    }
}
