import CByteScan

/// A dictionary of terms — one or more words each — looked up at word positions of a text, case-insensitively
/// (ASCII letters), with any run of spaces or tabs between the words of a term.
///
/// A bit set of hashed first words rejects most words of a text with one bit test (a word's hash is taken as the word
/// is found, eight bytes at a time); the rest are looked up in a ``ByteKeyTable`` of normalised terms, and only words
/// that start some term try the longer n-grams. Ten terms or a million cost about the same per word; there is no
/// alternation regex (slow to compile and to run).
///
/// Words are runs of ASCII letters and digits, `'`, `-` and any non-ASCII bytes (`O'Brien`, `Jean-Luc`, `Müller`);
/// `'` and `-` only inside a word. Non-ASCII letters are compared as written (no Unicode case folding).
struct TermIndex<Value: Sendable>: Sendable {
    /// What a key of one or more words (normalised as terms are) is: a term with its value, and whether a longer term
    /// starts with its words (a lookup goes on to the next word only then).
    private struct Entry: Sendable {
        var value: Value?
        var continues = false
    }

    /// Every term and every proper prefix of whole words of a term.
    private var entries = ByteKeyTable<Entry>()
    /// Number of distinct terms.
    private(set) var count = 0
    /// Bits set at the hashes of the terms' first words (a one-hash Bloom filter), built by ``seal()``.
    private var firstWordBits: [UInt64] = [0]
    private var bitMask: UInt64 = 0
    private var scratchWords: [Range<Int>] = []
    private var scratchHashes: [UInt64] = []
    private var scratchKey: [UInt8] = []

    /// An empty index: ``insert(_:_:)`` terms, then ``seal()`` before looking anything up.
    init() {}

    /// An index of `entries`, sealed; empty terms are ignored and the first value of a duplicate term wins.
    init<Entries: Sequence<(String, Value)>>(_ entries: Entries) {
        for (term, value) in entries { insert(term, value) }
        seal()
    }

    /// An index of `entries` given as UTF-8 bytes, sealed (no `String` per entry: for lists of many thousand terms).
    init<Entries: Sequence<(Bytes, Value)>, Bytes: RandomAccessCollection<UInt8>>(utf8 entries: Entries)
    where Bytes.Index == Int {
        for (term, value) in entries { insert(utf8: term, value) }
        seal()
    }

    /// Adds a term (ignored when it has no word; the first value of a duplicate term wins).
    mutating func insert(_ term: String, _ value: Value) {
        var term = term
        term.withUTF8 { insert(utf8: $0, value) }
    }

    /// Adds a term given as UTF-8 bytes.
    mutating func insert<Bytes: RandomAccessCollection<UInt8>>(utf8 bytes: Bytes, _ value: Value)
    where Bytes.Index == Int {
        Self.words(in: bytes, into: &scratchWords, hashes: &scratchHashes)
        guard !scratchWords.isEmpty else { return }
        scratchKey.removeAll(keepingCapacity: true)
        for (index, word) in scratchWords.enumerated() {
            if index > 0 { scratchKey.append(0x20) }
            Self.appendLowercased(bytes[word], to: &scratchKey)
            if index < scratchWords.count - 1 { entries.update(scratchKey, initial: Entry()) { $0.continues = true } }
        }
        var isNew = false
        entries.update(scratchKey, initial: Entry()) { entry in
            isNew = entry.value == nil
            if isNew { entry.value = value }
        }
        if isNew { count += 1 }
    }

    /// Builds the first-word filter; call once after the last ``insert(_:_:)``.
    mutating func seal() {
        scratchWords = []
        scratchHashes = []
        scratchKey = []
        // About 16 bits per first word (at least 64 Ki bits): a word that starts no term passes with p ≈ 6 %. The
        // first words are the keys of one word (words hold no space).
        let firstWords = entries.keys.filter { !$0.contains(0x20) }
        var bitCount = 1 << 16
        while bitCount < firstWords.count * 16 { bitCount <<= 1 }
        var bits = [UInt64](repeating: 0, count: bitCount / 64)
        let mask = UInt64(bitCount - 1)
        for word in firstWords {
            let bit = ShortBytesHash.of(word) & mask
            bits[Int(bit >> 6)] |= 1 << (bit & 63)
        }
        firstWordBits = bits
        bitMask = mask
    }

    /// Whether the index has no term.
    var isEmpty: Bool { count == 0 }

    /// The longest term starting at word `index` of `words` (ranges into `text`, with their hashes in `lookup`): the
    /// index of its last word and its value.
    ///
    /// Inlined into the caller's loop over the words: one bit test rejects most words (the word's hash was computed
    /// once for every index with the words) without a call, whose frame and argument checks cost the rejection about
    /// three times over; only the words that pass it are looked up.
    @inline(__always)
    func longestMatch(
        at index: Int, words: [Range<Int>], in text: UnsafeBufferPointer<UInt8>, lookup: inout TermLookup
    ) -> (end: Int, value: Value)? {
        let bit = lookup.hashes[index] & bitMask
        guard firstWordBits[Int(bit >> 6)] & (1 << (bit & 63)) != 0 else { return nil }
        return lookUp(at: index, words: words, in: text, lookup: &lookup)
    }

    /// ``longestMatch(at:words:in:lookup:)`` for a word that passed the first-word bits.
    @inline(never)
    private func lookUp(
        at index: Int, words: [Range<Int>], in text: UnsafeBufferPointer<UInt8>, lookup: inout TermLookup
    ) -> (end: Int, value: Value)? {
        let hash = lookup.hashes[index]
        lookup.key.removeAll(keepingCapacity: true)
        Self.appendLowercased(text[words[index]], to: &lookup.key)
        guard var entry = entries.value(for: lookup.key, hash: hash) else { return nil }
        var match: (end: Int, value: Value)?
        if let value = entry.value { match = (index, value) }
        // On to the next word only while a longer term starts with the words so far.
        var next = index + 1
        while entry.continues, next < words.count,
            text[words[next - 1].upperBound..<words[next].lowerBound].allSatisfy({ $0 == 0x20 || $0 == 0x09 })
        {
            lookup.key.append(0x20)
            Self.appendLowercased(text[words[next]], to: &lookup.key)
            guard let longer = entries.value(for: lookup.key) else { break }
            if let value = longer.value { match = (next, value) }
            entry = longer
            next += 1
        }
        return match
    }

    /// Whether `byte` can be part of a word.
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
            || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-")
    }

    /// The word ranges of `bytes` into `result`, and the hash of each word's ASCII-lower-cased bytes
    /// (``ShortBytesHash/of(_:)``, as a ``ByteKeyTable`` computes it) into `hashes` (both cleared first).
    static func words<Bytes: RandomAccessCollection<UInt8>>(
        in bytes: Bytes, into result: inout [Range<Int>], hashes: inout [UInt64]
    ) where Bytes.Index == Int {
        // Cleared only when not empty already (clearing goes through a generic range replacement).
        if !result.isEmpty { result.removeAll(keepingCapacity: true) }
        if !hashes.isEmpty { hashes.removeAll(keepingCapacity: true) }
        let offset = bytes.startIndex
        let done: Void? = bytes.withContiguousStorageIfAvailable {
            words(in: $0, offset: offset, into: &result, hashes: &hashes)
        }
        if done == nil {
            Array(bytes).withUnsafeBufferPointer { words(in: $0, offset: offset, into: &result, hashes: &hashes) }
        }
    }

    /// ``words(in:into:hashes:)`` over contiguous bytes, the ranges moved by `offset`: found by `CByteScan` sixteen
    /// bytes at a time, a batch of words at a time (an append per word checks each array's uniqueness, a runtime
    /// call, twice per word).
    private static func words(
        in text: UnsafeBufferPointer<UInt8>, offset: Int, into result: inout [Range<Int>], hashes: inout [UInt64]
    ) {
        guard let base = text.baseAddress, !text.isEmpty else { return }
        let batch = 64
        withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: batch) { ranges in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: batch) { batchHashes in
                var from = 0
                while from < text.count {
                    var resume = 0
                    // `Range` is frozen: its bounds lie as two `Int`s, lower first, which the scan writes.
                    let found = ranges.baseAddress!.withMemoryRebound(to: Int64.self, capacity: 2 * batch) {
                        redact_words(
                            base, text.count, from, Int64(offset), batch, $0, batchHashes.baseAddress!, &resume)
                    }
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: ranges[..<found]))
                    hashes.append(contentsOf: UnsafeBufferPointer(rebasing: batchHashes[..<found]))
                    from = resume
                }
            }
        }
    }

    /// Appends `bytes` to `key` with ASCII letters lower-cased: copied at once, then folded in place (an append per
    /// byte checks the array's uniqueness each time).
    private static func appendLowercased<Bytes: Collection<UInt8>>(_ bytes: Bytes, to key: inout [UInt8]) {
        let start = key.count
        key.append(contentsOf: bytes)
        key.withUnsafeMutableBufferPointer { key in
            for index in start..<key.count where key[index] &- 0x41 < 26 { key[index] |= 0x20 }
        }
    }
}

/// A worker's reusable state for ``TermIndex`` lookups over the words of one text: the hash of every word, computed
/// once with the words and shared by every index and detector that looks them up, and a key buffer.
struct TermLookup: Sendable {
    /// Per word of the text: the hash of its ASCII-lower-cased bytes.
    var hashes: [UInt64] = []
    /// Scratch for the lower-cased bytes of one or more words.
    var key: [UInt8] = []
    /// Scratch for the lower-cased bytes of one word, for a detector's own word lists (the person detector's
    /// non-names and particles), kept apart from ``key`` which the lookups use.
    var wordKey: [UInt8] = []
}
