/// A small fixed-size memo from short byte strings to values, owned by one worker.
///
/// Exports repeat the same short texts millions of times: every record has the same keys (`"customer"`,
/// `"created_at"`) and the same enum-like values (`"Resolved"`, `"Email"`). Remembering what was decided for such a
/// text saves re-deciding it (a dozen regex calls for detection, a normalisation and two hash lookups for a field
/// name). Keys are compared byte for byte, so a hash collision costs only a miss, never a wrong answer; an
/// adversarial input can make the memo useless but cannot make it lie.
///
/// Two-way set-associative with `setCount` sets: a new entry replaces the older way of its set. No allocation after
/// creation; keys longer than ``maximumKeyLength`` are never stored. A slot is one cache line of eight words: the
/// key's bytes zero-padded, eight to a word (``ByteWord``), the value and the key's length; a key is hashed and
/// compared a word at a time, as loaded, and a hit reads no other line. The slots (256 KB) are larger than the
/// first-level cache, and most lookups miss: a byte per slot (``tags``, 4 KB, eight bits of the key's hash) is read
/// first, and a slot only where its tag matches — a miss then waits for no slot's line.
struct ShortBytesCache<Value: ShortBytesCacheValue>: Sendable {
    /// Longest key stored (recurring texts of 49 to 56 bytes were 0.03 % of a corpus's memo hits).
    static var maximumKeyLength: Int { 48 }
    private static var wordsPerSlot: Int { 8 }
    /// The word of a slot holding the value.
    private static var valueWord: Int { 6 }
    /// The word of a slot holding the key's length plus one (zero: an empty slot).
    private static var lengthWord: Int { 7 }
    private static var setCount: Int { 2048 }

    private var slots: [UInt64]
    /// Per slot: eight bits of its key's hash, the lowest set (zero: an empty slot).
    private var tags: [UInt8]
    /// Per set: which way to replace next.
    private var nextWay: [UInt8]

    /// An empty memo; its storage (256 KB of slots, 4 KB of tags) is allocated by the first ``store(_:for:at:)``.
    init() {
        slots = []
        tags = []
        nextWay = []
    }

    /// Forgets every entry.
    mutating func removeAll() {
        for index in slots.indices { slots[index] = 0 }
        for index in tags.indices { tags[index] = 0 }
    }

    /// Where a key falls in the memo: found by a lookup, used by the store that may follow it (the key is hashed
    /// once).
    struct Place {
        fileprivate let set: Int
        /// The key's tag (see ``ShortBytesCache/tags``).
        fileprivate var tag: UInt8 = 0
        /// The slot the key was found in, or -1.
        fileprivate var slot = -1
    }

    /// The value stored for `key`, if any, and the key's place for a following ``store(_:for:at:)``.
    func value(for key: UnsafeBufferPointer<UInt8>) -> (value: Value?, place: Place) {
        guard key.count <= Self.maximumKeyLength else { return (nil, Place(set: 0)) }
        return value(forWordsAt: key.baseAddress.map { UnsafeRawPointer($0) }, count: key.count)
    }

    /// The value stored for the key made of `tag` (if any), `head` and `tail`, one after the other, and the key's
    /// place for a following store: `("ab", "c")` is the same key as `("a", "bc")`, so a caller that needs them
    /// apart makes the split part of the key (a length as the tag).
    func value(
        for tag: UInt8?, _ head: UnsafeBufferPointer<UInt8>, _ tail: UnsafeBufferPointer<UInt8>
    ) -> (value: Value?, place: Place) {
        Self.joined(tag, head, tail) { key, count in
            guard let key else { return (nil, Place(set: 0)) }
            return value(forWordsAt: key, count: count)
        }
    }

    /// Stores `value` for `key`, at the place its lookup gave (ignored when the key is too long).
    mutating func store(_ value: Value, for key: UnsafeBufferPointer<UInt8>, at place: Place) {
        guard key.count <= Self.maximumKeyLength else { return }
        store(value, forWordsAt: key.baseAddress.map { UnsafeRawPointer($0) }, count: key.count, at: place)
    }

    /// Stores `value` for the key made of `tag` (if any), `head` and `tail`, at the place its lookup gave (ignored
    /// when the key is too long).
    mutating func store(
        _ value: Value, for tag: UInt8?, _ head: UnsafeBufferPointer<UInt8>, _ tail: UnsafeBufferPointer<UInt8>,
        at place: Place
    ) {
        Self.joined(tag, head, tail) { key, count in
            guard let key else { return }
            store(value, forWordsAt: key, count: count, at: place)
        }
    }

    /// Replaces the value of the key a lookup found at `place` (nothing when it found none).
    mutating func replaceValue(_ value: Value, at place: Place) {
        guard place.slot >= 0 else { return }
        slots[place.slot * Self.wordsPerSlot + Self.valueWord] = value.cacheWord
    }

    /// The lookup of the `count` bytes at `bytes` (`nil` only when `count` is zero).
    @inline(__always)
    private func value(forWordsAt bytes: UnsafeRawPointer?, count: Int) -> (value: Value?, place: Place) {
        let hash = ShortBytesHash.of(bytes, count: count)
        let set = Int(truncatingIfNeeded: hash) & (Self.setCount - 1), tag = UInt8(truncatingIfNeeded: hash >> 56) | 1
        guard !slots.isEmpty else { return (nil, Place(set: set, tag: tag)) }
        return tags.withUnsafeBufferPointer { tags in
            slots.withUnsafeBufferPointer { slots in
                for slot in (set &* 2)..<(set &* 2 &+ 2) where tags[slot] == tag {
                    let stored = slots.baseAddress! + slot &* Self.wordsPerSlot
                    guard stored[Self.lengthWord] == UInt64(count &+ 1), Self.equal(bytes, count: count, stored) else {
                        continue
                    }
                    return (Value(cacheWord: stored[Self.valueWord]), Place(set: set, tag: tag, slot: slot))
                }
                return (nil, Place(set: set, tag: tag))
            }
        }
    }

    private mutating func store(_ value: Value, forWordsAt bytes: UnsafeRawPointer?, count: Int, at place: Place) {
        if slots.isEmpty {
            slots = Array(repeating: 0, count: Self.setCount * 2 * Self.wordsPerSlot)
            tags = Array(repeating: 0, count: Self.setCount * 2)
            nextWay = Array(repeating: 0, count: Self.setCount)
        }
        let set = place.set
        let slot = set * 2 + Int(nextWay[set])
        nextWay[set] ^= 1
        tags[slot] = place.tag
        slots.withUnsafeMutableBufferPointer { slots in
            let stored = slots.baseAddress! + slot * Self.wordsPerSlot
            var word = 0
            if let bytes {
                var offset = 0
                while offset + 8 <= count {
                    stored[word] = ByteWord.load(bytes, at: offset)
                    offset += 8
                    word += 1
                }
                if offset < count {
                    stored[word] = ByteWord.load(bytes, at: offset, count: count - offset)
                    word += 1
                }
            }
            while word < Self.valueWord {
                stored[word] = 0
                word += 1
            }
            stored[Self.valueWord] = value.cacheWord
            stored[Self.lengthWord] = UInt64(count + 1)
        }
    }

    /// Whether the `count` bytes at `bytes` are the key stored at `stored` (of the same length).
    @inline(__always)
    private static func equal(_ bytes: UnsafeRawPointer?, count: Int, _ stored: UnsafePointer<UInt64>) -> Bool {
        guard let bytes else { return true }
        var offset = 0, word = 0
        while offset + 8 <= count {
            if ByteWord.load(bytes, at: offset) != stored[word] { return false }
            offset += 8
            word += 1
        }
        return offset == count || ByteWord.load(bytes, at: offset, count: count - offset) == stored[word]
    }

    /// Calls `body` with the key made of `tag`, `head` and `tail` copied one after the other into zero-padded words
    /// on the stack (`nil` when it is longer than ``maximumKeyLength``), and its length.
    private static func joined<Result>(
        _ tag: UInt8?, _ head: UnsafeBufferPointer<UInt8>, _ tail: UnsafeBufferPointer<UInt8>,
        _ body: (UnsafeRawPointer?, Int) -> Result
    ) -> Result {
        let count = (tag == nil ? 0 : 1) + head.count + tail.count
        guard count <= maximumKeyLength else { return body(nil, count) }
        var words: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
        return withUnsafeMutableBytes(of: &words) { words in
            var length = 0
            if let tag {
                words[0] = tag
                length = 1
            }
            if let bytes = head.baseAddress, !head.isEmpty {
                (words.baseAddress! + length).copyMemory(from: bytes, byteCount: head.count)
                length += head.count
            }
            if let bytes = tail.baseAddress, !tail.isEmpty {
                (words.baseAddress! + length).copyMemory(from: bytes, byteCount: tail.count)
                length += tail.count
            }
            return body(UnsafeRawPointer(words.baseAddress!), length)
        }
    }
}

/// A value a ``ShortBytesCache`` keeps in its key's slot, as one word.
protocol ShortBytesCacheValue: Sendable {
    /// The value as one word.
    var cacheWord: UInt64 { get }
    /// The value ``cacheWord`` gave `cacheWord` for.
    init(cacheWord: UInt64)
}

extension WordStartSignature: ShortBytesCacheValue {
    /// The bits.
    var cacheWord: UInt64 { bits }
    /// The signature of these bits.
    init(cacheWord: UInt64) { self.init(bits: cacheWord) }
}

extension Optional: ShortBytesCacheValue where Wrapped == EntityKind {
    /// The kind's ordinal, or all ones for no kind.
    var cacheWord: UInt64 { map { UInt64($0.ordinal) } ?? .max }
    /// The kind of the ordinal, or none.
    init(cacheWord: UInt64) { self = cacheWord == .max ? nil : EntityKind(ordinal: Int(cacheWord)) }
}

/// The fast non-cryptographic hash of the lookup tables (``ByteKeyTable``), of a text's words as they are found
/// (``TermIndex``, whose word pass in `CByteScan` takes the same steps) and of the short-text memo
/// (``ShortBytesCache``): eight bytes at a time as little-endian words, the last zero-padded, each mixed in with one
/// multiply (a byte-by-byte hash waits on one multiply per byte), then the length and MurmurHash3's 64-bit finaliser,
/// so that low bits (a table's slot) and high bits depend on every byte. Callers always confirm a hit by comparing
/// bytes, so a collision (or an adversary choosing them) costs only time.
enum ShortBytesHash {
    /// The hash of `bytes`.
    @inline(__always)
    static func of<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        if let hash = bytes.withContiguousStorageIfAvailable({
            of(UnsafeRawPointer($0.baseAddress), count: $0.count)
        }) {
            return hash
        }
        var hash = seed, word: UInt64 = 0, count = 0
        for byte in bytes {
            word |= UInt64(byte) << UInt64(8 * (count & 7))
            count += 1
            if count & 7 == 0 {
                hash = mix(hash, word)
                word = 0
            }
        }
        if count & 7 != 0 { hash = mix(hash, word) }
        return finish(hash, count: count)
    }

    /// The hash of the `count` bytes at `bytes` (`nil` only when `count` is zero).
    @inline(__always)
    static func of(_ bytes: UnsafeRawPointer?, count: Int) -> UInt64 {
        var hash = seed
        if let bytes {
            var offset = 0
            while offset + 8 <= count {
                hash = mix(hash, ByteWord.load(bytes, at: offset))
                offset += 8
            }
            if offset < count { hash = mix(hash, ByteWord.load(bytes, at: offset, count: count - offset)) }
        }
        return finish(hash, count: count)
    }

    private static let seed: UInt64 = 0x9E37_79B9_7F4A_7C15

    @inline(__always)
    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
        return hash ^ hash >> 32
    }

    @inline(__always)
    private static func finish(_ hash: UInt64, count: Int) -> UInt64 {
        var hash = hash ^ UInt64(truncatingIfNeeded: count)
        hash ^= hash >> 33
        hash &*= 0xC4CE_B9FE_1A85_EC53
        return hash ^ hash >> 33
    }
}

/// A token that tells one configuration (a detector set, a field-name table) from every other, so that a worker's
/// ``ShortBytesCache`` filled under one configuration is never consulted under another. Compared with `===`; the
/// memo holds its token strongly, so an address is never reused while compared.
final class CacheOwner: Sendable {}
