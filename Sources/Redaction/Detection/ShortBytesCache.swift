#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small fixed-size memo from short byte strings to values, owned by one worker.
///
/// Exports repeat the same short texts millions of times: every record has the same keys (`"customer"`,
/// `"created_at"`) and the same enum-like values (`"Resolved"`, `"Email"`). Remembering what was decided for such a
/// text saves re-deciding it (a dozen regex calls for detection, a normalisation and two hash lookups for a field
/// name). Keys are compared byte for byte, so a hash collision costs only a miss, never a wrong answer; an
/// adversarial input can make the memo useless but cannot make it lie.
///
/// Two-way set-associative with `setCount` sets: a new entry replaces the older way of its set. No allocation after
/// creation; keys longer than ``maximumKeyLength`` are never stored.
struct ShortBytesCache<Value: Sendable>: Sendable {
    /// Longest key stored.
    static var maximumKeyLength: Int { 56 }
    private static var slotBytes: Int { 64 }
    private static var setCount: Int { 2048 }

    private var keyBytes: [UInt8]
    private var lengths: [Int8]
    private var values: [Value?]
    /// Per set: which way to replace next.
    private var nextWay: [UInt8]

    /// An empty memo; its storage (about 300 KB) is allocated by the first ``store(_:for:)``.
    init() {
        keyBytes = []
        lengths = []
        values = []
        nextWay = []
    }

    /// Forgets every entry.
    mutating func removeAll() {
        for index in lengths.indices { lengths[index] = -1 }
        for index in values.indices { values[index] = nil }
    }

    /// Where a key falls in the memo: found by a lookup, used by the store that may follow it (the key is hashed
    /// once).
    struct Place {
        fileprivate let set: Int
        /// The slot the key was found in, or -1.
        fileprivate var slot = -1
    }

    /// The value stored for `key`, if any, and the key's place for a following ``store(_:for:at:)``.
    func value(for key: UnsafeBufferPointer<UInt8>) -> (value: Value?, place: Place) {
        value(for: nil, key, Self.noBytes)
    }

    /// The value stored for the key made of `tag` (if any), `head` and `tail`, one after the other, without joining
    /// them, and the key's place for a following store: `("ab", "c")` is the same key as `("a", "bc")`, so a caller
    /// that needs them apart makes the split part of the key (a length as the tag).
    func value(
        for tag: UInt8?, _ head: UnsafeBufferPointer<UInt8>, _ tail: UnsafeBufferPointer<UInt8>
    ) -> (value: Value?, place: Place) {
        let count = (tag == nil ? 0 : 1) + head.count + tail.count
        guard count <= Self.maximumKeyLength else { return (nil, Place(set: 0)) }
        let set = Self.set(of: tag, head, tail)
        guard !lengths.isEmpty else { return (nil, Place(set: set)) }
        for slot in (set * 2)..<(set * 2 + 2)
        where lengths[slot] == Int8(count) && matches(tag, head, tail, slot: slot) {
            return (values[slot], Place(set: set, slot: slot))
        }
        return (nil, Place(set: set))
    }

    /// Stores `value` for `key`, at the place its lookup gave (ignored when the key is too long).
    mutating func store(_ value: Value, for key: UnsafeBufferPointer<UInt8>, at place: Place) {
        store(value, for: nil, key, Self.noBytes, at: place)
    }

    /// Stores `value` for the key made of `tag` (if any), `head` and `tail`, at the place its lookup gave (ignored
    /// when the key is too long).
    mutating func store(
        _ value: Value, for tag: UInt8?, _ head: UnsafeBufferPointer<UInt8>, _ tail: UnsafeBufferPointer<UInt8>,
        at place: Place
    ) {
        let tagCount = tag == nil ? 0 : 1
        let count = tagCount + head.count + tail.count
        guard count <= Self.maximumKeyLength else { return }
        if lengths.isEmpty {
            let slots = Self.setCount * 2
            keyBytes = Array(repeating: 0, count: slots * Self.slotBytes)
            lengths = Array(repeating: -1, count: slots)
            values = Array(repeating: nil, count: slots)
            nextWay = Array(repeating: 0, count: Self.setCount)
        }
        let set = place.set
        let slot = set * 2 + Int(nextWay[set])
        nextWay[set] ^= 1
        lengths[slot] = Int8(count)
        values[slot] = value
        keyBytes.withUnsafeMutableBufferPointer { bytes in
            guard let slotBase = bytes.baseAddress.map({ $0 + slot * Self.slotBytes }) else { return }
            if let tag { slotBase.pointee = tag }
            if let source = head.baseAddress { (slotBase + tagCount).update(from: source, count: head.count) }
            if let source = tail.baseAddress {
                (slotBase + tagCount + head.count).update(from: source, count: tail.count)
            }
        }
    }

    /// Replaces the value of the key a lookup found at `place` (nothing when it found none).
    mutating func replaceValue(_ value: Value, at place: Place) {
        guard place.slot >= 0 else { return }
        values[place.slot] = value
    }

    private static var noBytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: nil, count: 0) }

    private func matches(
        _ tag: UInt8?, _ head: UnsafeBufferPointer<UInt8>, _ tail: UnsafeBufferPointer<UInt8>, slot: Int
    ) -> Bool {
        keyBytes.withUnsafeBufferPointer { bytes in
            guard var stored = bytes.baseAddress.map({ $0 + slot * Self.slotBytes }) else { return false }
            if let tag {
                guard stored.pointee == tag else { return false }
                stored += 1
            }
            if let probe = head.baseAddress, memcmp(stored, probe, head.count) != 0 { return false }
            if let probe = tail.baseAddress, memcmp(stored + head.count, probe, tail.count) != 0 { return false }
            return true
        }
    }

    /// The set a key falls in: its bytes in order (at most ``maximumKeyLength`` + 1 with the tag) mixed a word of
    /// eight at a time with one multiply each (a byte-by-byte hash waits on one multiply per byte), then with its
    /// length through MurmurHash3's 64-bit finaliser, so that the low bits that pick the set depend on every byte. A
    /// key in one part is read in place; one in parts is first copied into zero-padded words on the stack.
    private static func set(
        of tag: UInt8?, _ head: UnsafeBufferPointer<UInt8>, _ tail: UnsafeBufferPointer<UInt8>
    ) -> Int {
        if tag == nil, tail.isEmpty, let bytes = head.baseAddress {
            return set(ofWordsAt: UnsafeRawPointer(bytes), count: head.count)
        }
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
            return set(ofWordsAt: UnsafeRawPointer(words.baseAddress!), count: length)
        }
    }

    /// The set of the `count` bytes at `bytes`, a word at a time, the last one zero-padded.
    @inline(__always)
    private static func set(ofWordsAt bytes: UnsafeRawPointer, count: Int) -> Int {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(count)
        var offset = 0
        func mix(_ word: UInt64) {
            hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
        }
        while offset + 8 <= count {
            mix(ByteWord.load(bytes, at: offset))
            offset += 8
        }
        if offset < count { mix(ByteWord.load(bytes, at: offset, count: count - offset)) }
        hash ^= hash >> 33
        hash &*= 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 33
        return Int(truncatingIfNeeded: hash) & (setCount - 1)
    }
}

/// The fast non-cryptographic hash of the lookup tables (``ByteKeyTable``) and of a text's words as they are read
/// (``TermIndex``): FNV-1a with a final fold of the high bits. Callers always confirm a hit by comparing bytes, so a
/// collision (or an adversary choosing them) costs only time.
enum ShortBytesHash {
    @inline(__always)
    static func fnv1a<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash = initial
        for byte in bytes { hash = step(hash, byte) }
        return finish(hash)
    }

    /// The state before the first byte (for hashing byte by byte: ``step(_:_:)``, then ``finish(_:)``).
    static let initial: UInt64 = 0xcbf2_9ce4_8422_2325

    /// The state after one more byte.
    @inline(__always)
    static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }

    /// The hash of the bytes stepped through.
    @inline(__always)
    static func finish(_ hash: UInt64) -> UInt64 { hash ^ (hash >> 29) }
}

/// A token that tells one configuration (a detector set, a field-name table) from every other, so that a worker's
/// ``ShortBytesCache`` filled under one configuration is never consulted under another. Compared with `===`; the
/// memo holds its token strongly, so an address is never reused while compared.
final class CacheOwner: Sendable {}
