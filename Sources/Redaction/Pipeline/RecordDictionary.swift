#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Record-scoped propagation: the values a record holds in personal fields (`customer.name`, `location.city`,
/// `address.street`, the local part of `contact.email`) become, for that record only, a small dictionary; every other
/// occurrence in the record — in free text, notes, any field, in any case — is found as the same kind. A person's
/// name is also found by each part of two letters or more that is not a common word (`Hi Jane,` after
/// `customer.name: Jane Doe`; not `we will` after `Will Smith`).
///
/// Matching is whole-word (ASCII letters and digits, and any non-ASCII byte, are word bytes) and case-insensitive for
/// ASCII and Latin-1 letters (`SÁNCHEZ` = `Sánchez`). Values written in CJK characters (`佐藤`, `札幌`) match anywhere
/// a character starts: those scripts do not separate words. A record holds a handful of such values, so each is searched
/// directly.
struct RecordDictionary: Sendable {
    static let detectorID = DetectorID(rawValue: "record-propagation")
    static let confidence = 0.85

    /// Folded bytes of every value learnt from the record, reused from record to record (no allocation per record
    /// once grown); entries are ranges into it.
    private var storage: [UInt8] = []
    private var entries: [(range: Range<Int>, first: UInt8, kind: EntityKind, capitalisedInSentence: Bool)] = []
    /// Per byte value, non-zero when some entry starts with it as written in a text (an entry's folded first letter
    /// in either case) and it is a word byte: 1, or 3 for a CJK lead byte (tried inside words too). A text is read
    /// once, and entries are compared only where such a byte stands at a word start (see ``afterByte``).
    private var startBytes = [UInt8](repeating: 0, count: 256)
    /// The bits of the entries' first bytes: a text whose ``WordStartSignature`` shares none holds no entry.
    private(set) var startSignature = WordStartSignature(bits: 0)
    /// The entries' second bytes (folded; every entry has two bytes or more): a text position whose next byte is
    /// none of them starts no entry, and the entries are not compared there.
    private var secondBytes = ByteSet()
    /// Per byte value, ANDed with the ``startBytes`` entry of the byte after it: 3 after a byte that is no word byte
    /// (a word starts next), 2 after a word byte (only a CJK lead may be tried there).
    private static let afterByte: [UInt8] = (0..<256).map { isWordByte(UInt8($0)) ? 2 : 3 }

    var isEmpty: Bool { entries.isEmpty }

    mutating func removeAll() {
        storage.removeAll(keepingCapacity: true)
        entries.removeAll(keepingCapacity: true)
        for index in startBytes.indices { startBytes[index] = 0 }
        startSignature = WordStartSignature(bits: 0)
        secondBytes = ByteSet()
    }

    /// Adds what a field of `kind` holding `value` teaches about the record.
    mutating func learn(_ value: UnsafeBufferPointer<UInt8>, kind: EntityKind) {
        guard kind == .person || kind == .location || kind == .streetAddress || kind == .email else { return }
        let start = storage.count
        // Copied at once, then folded in place (an append per byte checked the array's uniqueness each time).
        storage.append(contentsOf: value)
        storage.withUnsafeMutableBufferPointer { storage in
            var previous: UInt8 = 0
            for index in start..<storage.count {
                let byte = storage[index]
                storage[index] = Self.folded(byte, after: previous)
                previous = byte
            }
        }
        let whole = start..<storage.count
        switch kind {
        case .person:
            // The full name always; each part only when it is not also a common word.
            add(whole, kind)
            var partStart = start
            for index in whole where storage[index] == 0x20 || storage[index] == 0x2C || storage[index] == 0x09 {
                addPart(partStart..<index, of: whole)
                partStart = index + 1
            }
            if partStart > start { addPart(partStart..<whole.upperBound, of: whole) }
        case .email:
            if let at = storage[whole].firstIndex(of: UInt8(ascii: "@")), at - start >= 4,
                !CommonWords.contains(storage[start..<at])
            {
                add(start..<at, .email)
            }
        case .location:
            // A city that is also a word (`Nice`, `Reading`) is found only capitalised and inside a sentence
            // (`…, Nice.`, `bureau de Nice`), not as the word (`Nice work`, `nice`).
            add(whole, kind, capitalisedInSentence: CityGazetteer.isAmbiguous(storage[whole]))
        default:
            add(whole, kind)
        }
    }

    /// A name part that is not a common word.
    private mutating func addPart(_ part: Range<Int>, of whole: Range<Int>) {
        guard !part.isEmpty, part != whole, !CommonWords.contains(storage[part]) else { return }
        add(part, .person)
    }

    private mutating func add(_ range: Range<Int>, _ kind: EntityKind, capitalisedInSentence: Bool = false) {
        guard isNew(range) else { return }
        entries.append((range, storage[range.lowerBound], kind, capitalisedInSentence))
        // An entry starting with a byte that is no word byte is never tried (no word starts there).
        let first = storage[range.lowerBound]
        if Self.isWordByte(first) { startBytes[Int(first)] = Self.isCJKLead(first) ? 3 : 1 }
        startSignature.bits |= WordStartSignature.bit(forFirstByte: first)
        secondBytes.insert(storage[range.lowerBound + 1])
        if first >= 0x61 && first <= 0x7A { startBytes[Int(first - 0x20)] = 1 }
    }

    /// Whether the bytes of `range` (not empty) are worth an entry: two letters or more, no mark of a redacted value
    /// (`[PERSON]`, `[EMAIL]@contoso.com`, `j***` teach nothing: re-redacting stays idempotent), and not an entry
    /// already. Read in place (entries by their ranges only: a copy of one retains its kind's name).
    private func isNew(_ range: Range<Int>) -> Bool {
        storage.withUnsafeBufferPointer { storage in
            let bytes = UnsafeBufferPointer(rebasing: storage[range])
            var letters = 0
            for byte in bytes {
                if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "]") || byte == UInt8(ascii: "*") { return false }
                if (byte | 0x20) &- 0x61 < 26 || byte >= 0xC0 { letters += 1 }
            }
            guard letters >= 2 else { return false }
            return entries.withUnsafeBufferPointer { entries in
                !entries.contains { entry in
                    entry.range.count == bytes.count
                        && memcmp(storage.baseAddress! + entry.range.lowerBound, bytes.baseAddress!, bytes.count) == 0
                }
            }
        }
    }

    /// Appends the occurrences of known values in `text` to `findings` (unsorted; overlaps resolved by the caller).
    ///
    /// Entries are tried where a byte that may start one stands (``startBytes``): at a word start, or, for values
    /// written in CJK, where a CJK character starts inside a word. After a match the text goes on right after it,
    /// still inside the word the match ended in.
    func findings(in text: UnsafeBufferPointer<UInt8>, into findings: inout [Finding]) {
        let count = text.count
        startBytes.withUnsafeBufferPointer { startBytes in
            Self.afterByte.withUnsafeBufferPointer { afterByte in
                var position = 0
                var matchEnd = -1
                // The ``afterByte`` class of the byte before `position`, carried along (3 at the start: a word
                // starts there).
                var before: UInt8 = 3
                while true {
                    // Only where an entry's first byte starts a word (or is a CJK lead) is anything compared.
                    while position < count {
                        let byte = text[position]
                        if startBytes[Int(byte)] & before != 0 { break }
                        before = afterByte[Int(byte)]
                        position += 1
                    }
                    guard position < count else { return }
                    let wordStart = position != matchEnd && (position == 0 || !Self.isWordByte(text[position - 1]))
                    if wordStart || Self.isCJKLead(text[position]),
                        let best = longestEntry(at: position, in: text, wordStart: wordStart)
                    {
                        findings.append(Finding(
                            kind: best.kind, range: position..<(position + best.length), detectorID: Self.detectorID,
                            confidence: Self.confidence))
                        position += best.length
                        matchEnd = position
                    } else {
                        position += 1
                    }
                    before = afterByte[Int(text[position - 1])]
                }
            }
        }
    }

    /// The longest entry that matches at `start` (as a whole word, unless it is written in CJK).
    private func longestEntry(
        at start: Int, in text: UnsafeBufferPointer<UInt8>, wordStart: Bool
    ) -> (length: Int, kind: EntityKind)? {
        // Entries are read in place (a copy of one retains its kind's name) and compared only when their first
        // byte is the text's.
        let first = Self.folded(text[start], after: 0)
        let cjk = Self.isCJKLead(first)
        guard wordStart || cjk, start + 1 < text.count,
            secondBytes.contains(Self.folded(text[start + 1], after: text[start]))
        else { return nil }
        return entries.withUnsafeBufferPointer { entries in
            storage.withUnsafeBufferPointer { storage in
                var bestLength = 0, bestIndex = -1
                for index in entries.indices where entries[index].first == first {
                    let bytes = UnsafeBufferPointer(rebasing: storage[entries[index].range])
                    guard let length = Self.matchLength(bytes, in: text, at: start, spacesOptional: cjk),
                        length > bestLength
                    else { continue }
                    let end = start + length
                    if entries[index].capitalisedInSentence, !Self.isCapitalisedInSentence(text, at: start) { continue }
                    if cjk || end == text.count || !Self.isWordByte(text[end]) {
                        (bestLength, bestIndex) = (length, index)
                    }
                }
                return bestIndex < 0 ? nil : (bestLength, entries[bestIndex].kind)
            }
        }
    }

    /// The length of the text at `start` that spells `bytes` (folded), or `nil`. With `spacesOptional` (values in
    /// CJK scripts, where a space between family and given name is a matter of style) a space or ideographic space
    /// may be present in one and absent in the other: `加藤結衣` matches `加藤 結衣` and the reverse.
    private static func matchLength(
        _ bytes: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>, at start: Int, spacesOptional: Bool
    ) -> Int? {
        var previous: UInt8 = 0
        var position = start
        var index = 0
        while index < bytes.count {
            let expected = bytes[index]
            if spacesOptional {
                if expected == 0x20 {
                    index += 1
                    continue
                }
                if expected >= 0xC0, let space = spaceLength(in: text, at: position) { position += space }
            }
            guard position < text.count, folded(text[position], after: previous) == expected else { return nil }
            previous = text[position]
            position += 1
            index += 1
        }
        return position - start
    }

    /// The length of an ASCII space or an ideographic space (U+3000) at `position`, or `nil`.
    private static func spaceLength(in text: UnsafeBufferPointer<UInt8>, at position: Int) -> Int? {
        guard position < text.count else { return nil }
        if text[position] == 0x20 { return 1 }
        if position + 2 < text.count, text[position] == 0xE3, text[position + 1] == 0x80, text[position + 2] == 0x80 {
            return 3
        }
        return nil
    }

    /// Whether the word at `start` begins with an ASCII capital and is not the first word of a sentence.
    private static func isCapitalisedInSentence(_ text: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        text[start] >= 0x41 && text[start] <= 0x5A && !SentenceStart.isAt(start, in: text)
    }

    /// Lower case for ASCII letters and for Latin-1 capitals (`À`–`Þ`, UTF-8 `C3 80`–`C3 9E` except `×`), given the
    /// byte before.
    private static func folded(_ byte: UInt8, after previous: UInt8) -> UInt8 {
        if byte >= 0x41 && byte <= 0x5A { return byte | 0x20 }
        if previous == 0xC3, byte >= 0x80, byte <= 0x9E, byte != 0x97 { return byte + 0x20 }
        return byte
    }

    /// Words and CJK leads as the entries' ``WordStartSignature`` reads them: one definition, so that a text the
    /// signature passes by can hold no entry.
    private static func isCJKLead(_ byte: UInt8) -> Bool { WordStartSignature.isCJKLead(byte) }

    private static func isWordByte(_ byte: UInt8) -> Bool { WordStartSignature.isWordByte(byte) }
}
