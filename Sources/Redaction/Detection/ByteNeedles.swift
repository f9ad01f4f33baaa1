import CByteScan

/// A few byte strings, any of which is looked for in a text in one pass: a cheap gate before a pattern or a scan that
/// needs one of them (`様`, `さん`, `区`, `ticket` …), optionally ignoring the case of ASCII letters. Needles may come
/// in groups (``init(groups:)``), and one pass then tells which groups occur (``groups(in:)``).
///
/// Each needle is anchored at its rarest three bytes (by the byte frequencies of support text: `ick` of `ticket`,
/// `pho` of `phone`), and hashed bits per anchoring triple reject every other position: a small filter tested eight
/// positions at a time (``anchorFilter``), then one bit per triple (``anchorBits``) for the few that pass it; only
/// where an anchor's bit is set are the needles anchored there compared. Texts without anchors (most of them) cost a
/// filter test per byte, whatever the number of needles — far fewer false starts than a table of first
/// bytes (needles starting with `c`, `r`, `s` or `t` would stop at a third of English text) or of byte pairs (the
/// rarest pair of `lat`, `call` or `cas` stands at one English position in a hundred; with a hundred such needles a
/// tenth of all positions were compared).
struct ByteNeedles: Sendable {
    /// A needle as compared: its bytes (folded to lower case when caseless) in ``needleWords`` from word
    /// `firstWord`, the offset of its anchor in it, its group's bit and how it must stand. Plain values, so a
    /// visit copies no reference.
    private struct Anchored: Sendable {
        let firstWord: Int32
        let length: Int32
        let offset: Int32
        let group: UInt32
        let wholeWord: Bool
        let endsWithLetter: Bool
    }

    /// A group of needles and how they are compared.
    struct Group: Sendable {
        /// The needles.
        let needles: [String]
        /// Whether ASCII letters match in either case.
        let caseless: Bool
        /// Whether a needle counts only as a whole word: not right after an ASCII letter or digit, and, when it ends
        /// with an ASCII letter, not right before one (`un` in `un saludo`, not in `unable`; `_` and other bytes may
        /// stand on either side).
        let wholeWords: Bool
        /// Needles of the group that count inside words too, whatever ``wholeWords`` says (`ssn` of `customer_ssn`
        /// and `customerSsn` in a group of whole words).
        let partialNeedles: [String]

        /// A group of `needles`, compared as `caseless` and `wholeWords` say, and of `partialNeedles`, compared as
        /// `caseless` says anywhere.
        init(_ needles: [String], caseless: Bool, wholeWords: Bool = false, partialNeedles: [String] = []) {
            self.needles = needles
            self.caseless = caseless
            self.wholeWords = wholeWords
            self.partialNeedles = partialNeedles
        }
    }

    /// The needles anchored at each set bit of ``anchorBits``, bucket by bucket in bit order (empty needles are
    /// ignored): bucket `b` is `needles[bucketStarts[b] ..< bucketStarts[b + 1]]`.
    private let needles: [Anchored]
    private let bucketStarts: [Int32]
    /// Per bucket, the groups of its needles: a bucket whose groups are all found is not looked at again.
    private let bucketGroups: [UInt32]
    /// The needles' bytes, eight to a little-endian word, a needle's last word padded with zeros.
    private let needleWords: [UInt64]
    /// Per word of ``needleWords``: `0x20` in each byte that is an ASCII letter of a caseless needle. A text word
    /// ORed with it equals the needle's word exactly where the text holds the needle in either case (only `A`–`Z`
    /// and `a`–`z` become a lower-case letter when `0x20` is set), other bytes compared as written.
    private let needleFolds: [UInt64]
    /// Bit ``slot(_:)`` of each byte triple that anchors some needle (each byte OR 0x20 when ``foldsAnchors``): a
    /// needle of three bytes or more is anchored at its rarest triple, one of two bytes at itself and every byte
    /// that may follow it (bytes past the text's end read as zero).
    private let anchorBits: [UInt64]
    /// The first test of a triple, in 2 KiB (32 cache lines, which a value's other passes seldom push out of the
    /// first-level cache; the 256 lines of ``anchorBits`` missed it at a fifth of its loads): three bits per anchoring
    /// triple, all in one of 512 words, picked by the top bits of its hash (see `redact_anchor_hits`, CByteScan). With
    /// the gate words' 781 anchoring triples, 13 % of its bits are set and 0.3 % of the other positions of support
    /// records pass it too; only a position that passes is looked up in ``anchorBits`` (where the processor has AVX2;
    /// without vector instructions the table is looked up at every position).
    private let anchorFilter: [UInt32]
    /// Per word of ``anchorBits``, the set bits in the words before it: a set bit's bucket is this plus the set bits
    /// below it in its word.
    private let bitsBefore: [UInt32]
    /// Whether anchors are looked up with ASCII case folded (some needle is caseless; a case-sensitive needle's
    /// anchor then also admits its other cases, and the comparison decides).
    private let foldsAnchors: Bool
    /// The bits of all groups.
    private let allGroups: UInt32
    /// Per group, the largest anchor offset of its needles: a needle of the group anchored at `i` starts at
    /// `i - offset ≥ i - maximumOffsets[group]`.
    private let maximumOffsets: [Int]

    /// A set of needles; with `caseless`, ASCII letters match in either case (needles are then folded to lower case).
    init<Needles: Sequence<String>>(_ needles: Needles, caseless: Bool = false) {
        self.init(groups: [Group(Array(needles), caseless: caseless)])
    }

    /// Groups of needles (at most 32); group `i` is bit `1 << i` of ``groups(in:)``.
    init(groups: [Group]) {
        precondition(groups.count <= 32, "at most 32 needle groups")
        precondition(
            groups.allSatisfy { ($0.needles + $0.partialNeedles).allSatisfy { $0.isEmpty || $0.utf8.count >= 2 } },
            "needles of two bytes or more (one byte is a byte class)")
        let foldsAnchors = groups.contains { $0.caseless }
        var bySlot: [Int: [Anchored]] = [:], triples: Set<UInt64> = []
        var maximumOffsets = [Int](repeating: 0, count: groups.count)
        var needleWords: [UInt64] = [], needleFolds: [UInt64] = []
        func key(_ byte: UInt8) -> UInt64 { UInt64(foldsAnchors ? byte | 0x20 : byte) }
        let anyKey = Array(Set((0...255).map { key(UInt8($0)) })).sorted()
        for (index, group) in groups.enumerated() {
            let needles = group.needles.map { ($0, group.wholeWords) } + group.partialNeedles.map { ($0, false) }
            for (needle, wholeWord) in needles where !needle.isEmpty {
                let bytes = needle.utf8.map { group.caseless ? Self.folded($0) : $0 }
                let offset = bytes.count > 2
                    ? (0..<(bytes.count - 2)).min {
                        Self.weight(bytes[$0...($0 + 2)]) < Self.weight(bytes[$1...($1 + 2)])
                    }!
                    : 0
                maximumOffsets[index] = max(maximumOffsets[index], offset)
                let anchored = Anchored(
                    firstWord: Int32(needleWords.count), length: Int32(bytes.count), offset: Int32(offset),
                    group: 1 << UInt32(index), wholeWord: wholeWord, endsWithLetter: Self.isLetter(bytes.last!))
                for chunk in stride(from: 0, to: bytes.count, by: 8) {
                    var word: UInt64 = 0, fold: UInt64 = 0
                    for (k, byte) in bytes[chunk..<min(chunk + 8, bytes.count)].enumerated() {
                        word |= UInt64(byte) << UInt64(8 * k)
                        if group.caseless, Self.isLetter(byte) { fold |= 0x20 << UInt64(8 * k) }
                    }
                    needleWords.append(word)
                    needleFolds.append(fold)
                }
                // The triples anchoring the needle: its own, or its two bytes followed by any byte.
                let first = key(bytes[offset]) | key(bytes[offset + 1]) << 8
                for third in bytes.count > 2 ? [key(bytes[offset + 2])] : anyKey {
                    bySlot[Self.slot(first | third << 16), default: []].append(anchored)
                    triples.insert(first | third << 16)
                }
            }
        }
        var anchorBits = [UInt64](repeating: 0, count: (1 << Self.slotBits) / 64)
        for slot in bySlot.keys { anchorBits[slot >> 6] |= 1 << UInt64(slot & 63) }
        var bitsBefore = [UInt32](repeating: 0, count: anchorBits.count)
        for index in anchorBits.indices.dropFirst() {
            bitsBefore[index] = bitsBefore[index - 1] + UInt32(anchorBits[index - 1].nonzeroBitCount)
        }
        var anchorFilter = [UInt32](repeating: 0, count: 512)
        for triple in triples {
            let high = UInt32(truncatingIfNeeded: Self.hash(triple) >> 32)
            for shift: UInt32 in [18, 13, 8] { anchorFilter[Int(high >> 23)] |= 1 << (high >> shift & 31) }
        }
        let buckets = bySlot.keys.sorted().map { bySlot[$0]! }
        self.needles = buckets.flatMap { $0 }
        self.bucketStarts = buckets.reduce(into: [0]) { $0.append($0.last! + Int32($1.count)) }
        self.bucketGroups = buckets.map { $0.reduce(0) { $0 | $1.group } }
        self.needleWords = needleWords
        self.needleFolds = needleFolds
        self.anchorBits = anchorBits
        self.anchorFilter = anchorFilter
        self.bitsBefore = bitsBefore
        self.foldsAnchors = foldsAnchors
        self.allGroups = groups.isEmpty ? 0 : UInt32.max >> (32 - UInt32(groups.count))
        self.maximumOffsets = maximumOffsets
    }

    @inline(__always)
    private static func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    @inline(__always)
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }

    /// How often a few bytes in a row are expected in support text, relatively: the product of their frequencies,
    /// times fifty for one of the ``commonTriples`` (which the product of letter frequencies ranks too low: `con` of
    /// `contact`, `che` of `cheers` and `ack` of `back` stood at 2,136, 1,100 and 805 of the 22,928 positions compared
    /// in 2 MB of support records, 259 of them leading to a find; `nta`, `eer`, `bac` are rare).
    private static func weight(_ bytes: ArraySlice<UInt8>) -> Double {
        let product = bytes.reduce(1) { $0 * frequency[Int($1)] }
        return bytes.count == 3 && commonTriples.contains(bytes.reduce(0) { $0 << 8 | UInt32(folded($1)) })
            ? product * 50 : product
    }

    /// The most common letter triples of English, German, French, Spanish and Portuguese text (lower case, as
    /// ``weight(_:)`` keys them: first byte highest).
    private static let commonTriples: Set<UInt32> = Set(
        [
            "the", "and", "ing", "ion", "tio", "ent", "ati", "for", "her", "ter", "hat", "tha", "ere", "ate", "his",
            "con", "res", "ver", "all", "ons", "nce", "men", "ith", "ted", "ers", "pro", "thi", "wit", "are", "ess",
            "not", "ive", "was", "ect", "rea", "com", "eve", "per", "int", "est", "sta", "cti", "ica", "ist", "ear",
            "ain", "one", "our", "iti", "rat", "ack", "ank", "che", "lin", "inc", "ome", "ble", "ple", "nte", "ant",
            "oul", "ust", "ave", "ell", "ick", "ill", "ong", "out", "ran", "ich", "ein", "sch", "der", "die", "und",
            "den", "end", "gen", "cht", "ung", "nde", "ine", "ber", "ier", "eit", "les", "que", "des", "ait", "par",
            "ont", "eur", "ous", "ans", "ade", "ara", "los", "cia", "ado", "ien", "ero", "aci", "ame", "nto", "ida",
            "ido", "mos", "por", "lem", "ach"
        ].map { $0.utf8.reduce(0) { $0 << 8 | UInt32($1) } })

    /// Bits of a slot: 128 Ki bits (16 KiB), so that the few hundred anchoring triples of a set (and the 256 of each
    /// needle of two bytes) leave a text's other triples a chance of about 1 % to be looked at.
    private static let slotBits = 17

    /// The bit of ``anchorBits`` for a byte triple (first byte lowest): a multiplicative hash (the high bits of a
    /// 64-bit product: a 32-bit one let `the` share a bit with an anchor, a tenth of all visits on English text).
    @inline(__always)
    private static func slot(_ triple: UInt64) -> Int {
        Int(truncatingIfNeeded: hash(triple) >> (64 - UInt64(slotBits)))
    }

    /// The hash of a byte triple: ``slot(_:)`` and ``anchorFilter`` take its top bits.
    @inline(__always)
    private static func hash(_ triple: UInt64) -> UInt64 { triple &* 0x9E37_79B9_7F4A_7C15 }

    /// Rough relative byte frequencies of support text (English letter frequencies in per cent, either case; space
    /// and digits common; other ASCII rare; UTF-8 lead bytes of accented Latin and CJK text more common than the
    /// continuation bytes they share). Only the order matters: it picks each needle's anchor.
    private static let frequency: [Double] = (0..<256).map { value in
        let letters: [Character: Double] = [
            "e": 12.7, "t": 9.1, "a": 8.2, "o": 7.5, "i": 7.0, "n": 6.7, "s": 6.3, "h": 6.1, "r": 6.0, "d": 4.3,
            "l": 4.0, "c": 2.8, "u": 2.8, "m": 2.4, "w": 2.4, "f": 2.2, "g": 2.0, "y": 2.0, "p": 1.9, "b": 1.5,
            "v": 1.0, "k": 0.8, "j": 0.15, "x": 0.15, "q": 0.1, "z": 0.07,
        ]
        let byte = UInt8(value)
        switch byte {
        case 0x41...0x5A, 0x61...0x7A: return letters[Character(Unicode.Scalar(byte | 0x20))] ?? 1
        case 0x20: return 18
        case 0x30...0x39: return 1.5
        case 0xC3, 0xE3...0xE9: return 3
        default: return 0.5
        }
    }

    /// Whether any needle occurs in `text`.
    func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var unused: [Int] = [], anchor = 0
        return scan(text, from: 0, stoppingAtFirst: true, earliestStarts: &unused, firstAnchor: &anchor) != 0
    }

    /// The largest anchor offset of any needle: a needle anchored at `i` starts at `i - maximumOffset` or later.
    var maximumOffset: Int { maximumOffsets.max() ?? 0 }

    /// Where the first needle occurrence anchored at `start` or later is anchored (its rarest triple; it starts at most
    /// ``maximumOffset`` bytes before), or `nil`. Occurrences come in the order of their anchors.
    func firstAnchor(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var unused: [Int] = [], anchor = 0
        return scan(text, from: start, stoppingAtFirst: true, earliestStarts: &unused, firstAnchor: &anchor) != 0
            ? anchor : nil
    }

    /// The bits of the groups some needle of which occurs in `text` (one pass, ended once every group is found).
    func groups(in text: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var unused: [Int] = [], anchor = 0
        return scan(text, from: 0, stoppingAtFirst: false, earliestStarts: &unused, firstAnchor: &anchor)
    }

    /// ``groups(in:)``, and for each group found (`earliestStarts[group]`, the array sized to the group count) an
    /// offset no needle of the group starts before: its first occurrence's anchor less the group's largest anchor
    /// offset, so at most that far before the first occurrence.
    func groups(in text: UnsafeBufferPointer<UInt8>, earliestStarts: inout [Int]) -> UInt32 {
        precondition(earliestStarts.count >= maximumOffsets.count, "one earliest start per group")
        var anchor = 0
        return scan(text, from: 0, stoppingAtFirst: false, earliestStarts: &earliestStarts, firstAnchor: &anchor)
    }

    /// Records the earliest start of each group in `new`, first found anchored at `anchor` (when asked for).
    private func record(_ new: UInt32, anchoredAt anchor: Int, into earliestStarts: inout [Int]) {
        guard !earliestStarts.isEmpty else { return }
        var bits = new
        while bits != 0 {
            let group = bits.trailingZeroBitCount
            earliestStarts[group] = max(0, anchor - maximumOffsets[group])
            bits &= bits - 1
        }
    }

    /// The groups found in `text` by needles anchored at `start` or later, and with `stoppingAtFirst` where the first
    /// is anchored (`firstAnchor`).
    private func scan(
        _ text: UnsafeBufferPointer<UInt8>, from start: Int, stoppingAtFirst: Bool, earliestStarts: inout [Int],
        firstAnchor: inout Int
    ) -> UInt32 {
        let count = text.count
        guard count > start, let base = text.baseAddress else { return 0 }
        var found: UInt32 = 0
        anchorBits.withUnsafeBufferPointer { anchorBits in
            /// Compares the needles of the bucket of `slot` anchored at `anchor`; `true` once done.
            func visit(_ slot: Int, anchoredAt anchor: Int) -> Bool {
                let word = anchorBits[slot >> 6], below = (UInt64(1) << UInt64(slot & 63)) &- 1
                let bucket = Int(bitsBefore[slot >> 6]) + (word & below).nonzeroBitCount
                guard bucketGroups[bucket] & ~found != 0 else { return false }
                let new = groups(in: bucket, anchoredAt: anchor, in: text, skipping: found)
                guard new != 0 else { return false }
                found |= new
                record(new, anchoredAt: anchor, into: &earliestStarts)
                firstAnchor = anchor
                return stoppingAtFirst || found == allGroups
            }
            // The positions that may anchor a needle, sixty-four at a time (see `redact_anchor_hits`: those whose
            // triple passes the filter, or elsewhere whose slot is set; bytes past the text's end read as zero, as the
            // short needles' slots expect), then those whose slot is set.
            let fold: UInt8 = foldsAnchors ? 0x20 : 0
            let folds = UInt64(fold) * 0x01_0101
            var index = start
            while index < count {
                var hits = anchorFilter.withUnsafeBufferPointer {
                    redact_anchor_hits(
                        base, count, index, $0.baseAddress!, anchorBits.baseAddress!, UInt32(Self.slotBits), fold)
                }
                while hits != 0 {
                    let anchor = index + hits.trailingZeroBitCount
                    hits &= hits &- 1
                    var triple = UInt64(base[anchor])
                    if anchor + 1 < count { triple |= UInt64(base[anchor + 1]) << 8 }
                    if anchor + 2 < count { triple |= UInt64(base[anchor + 2]) << 16 }
                    let slot = Self.slot(triple | folds)
                    guard anchorBits[slot >> 6] >> UInt64(slot & 63) & 1 != 0 else { continue }
                    if visit(slot, anchoredAt: anchor) { return }
                }
                index += 64
            }
        }
        return found
    }

    /// The groups of the needles of `bucket`, anchored at `index`, that occur there (groups in `skipping` are not
    /// compared again).
    private func groups(
        in bucket: Int, anchoredAt index: Int, in text: UnsafeBufferPointer<UInt8>, skipping: UInt32
    ) -> UInt32 {
        var found: UInt32 = 0
        needles.withUnsafeBufferPointer { needles in
            for slot in Int(bucketStarts[bucket])..<Int(bucketStarts[bucket + 1])
            where (skipping | found) & needles[slot].group == 0 {
                let needle = needles[slot]
                let start = index - Int(needle.offset), length = Int(needle.length)
                guard start >= 0, length <= text.count - start, occurs(needle, at: start, in: text) else { continue }
                if !needle.wholeWord || Self.standsAlone(start, length, needle.endsWithLetter, in: text) {
                    found |= needle.group
                }
            }
        }
        return found
    }

    /// Whether `needle` stands at `start` of `text` (which holds its length from there): a word at a time where
    /// whole words can be read, else byte by byte.
    @inline(__always)
    private func occurs(_ needle: Anchored, at start: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let length = Int(needle.length), first = Int(needle.firstWord), bytes = UnsafeRawPointer(text.baseAddress!)
        return needleWords.withUnsafeBufferPointer { words in
            needleFolds.withUnsafeBufferPointer { folds in
                if start + (length + 7) & ~7 <= text.count {
                    var word = 0
                    while word * 8 < length {
                        let left = length - word * 8
                        let mask = left >= 8 ? UInt64.max : (1 << UInt64(8 * left)) - 1
                        if (ByteWord.load(bytes, at: start + word * 8) | folds[first + word]) & mask
                            != words[first + word]
                        {
                            return false
                        }
                        word += 1
                    }
                    return true
                }
                for offset in 0..<length {
                    let shift = UInt64(8 * (offset & 7))
                    let fold = UInt8(truncatingIfNeeded: folds[first + offset >> 3] >> shift)
                    if text[start + offset] | fold != UInt8(truncatingIfNeeded: words[first + offset >> 3] >> shift) {
                        return false
                    }
                }
                return true
            }
        }
    }

    /// Whether a needle of `length` bytes found at `start` is a whole word there (see ``Group/wholeWords``).
    private static func standsAlone(
        _ start: Int, _ length: Int, _ endsWithLetter: Bool, in text: UnsafeBufferPointer<UInt8>
    ) -> Bool {
        if start > 0, isLetter(text[start - 1]) || text[start - 1] &- 0x30 < 10 { return false }
        let end = start + length
        return end == text.count || !isLetter(text[end]) || !endsWithLetter
    }
}
