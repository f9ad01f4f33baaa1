#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An immutable hash table from byte strings to values, built once and read by every worker, for dictionaries of a
/// million entries and more.
///
/// All keys live in one byte buffer and the table holds 32-bit entry numbers (open addressing, linear probing, load
/// ≤ 0.5), so a million short keys take about 30 MB instead of the ~150 MB of a `[[UInt8]: Value]` with its per-key
/// arrays. Every hit is confirmed by comparing bytes: a hash collision costs time, never a wrong answer.
struct ByteKeyTable<Value: Sendable>: Sendable {
    private var bytes: [UInt8] = []
    /// Per entry: where its key starts in ``bytes`` (it ends where the next one starts).
    private var starts: [UInt32] = [0]
    private var hashes: [UInt64] = []
    private var values: [Value] = []
    /// Entry number + 1 per slot; 0 is empty.
    private var slots: [UInt32]
    private var mask: Int

    /// An empty table.
    init() {
        slots = Array(repeating: 0, count: 16)
        mask = 15
    }

    /// Builds a table; the first value of a duplicate key wins.
    init<Entries: Sequence<([UInt8], Value)>>(_ entries: Entries) {
        self.init()
        for (key, value) in entries { insert(key, value) }
    }

    /// Number of distinct keys.
    var count: Int { values.count }

    /// Whether the table has no key.
    var isEmpty: Bool { values.isEmpty }

    /// Adds `key` with `value` unless the key is already present (the first value wins).
    mutating func insert<Key: Collection<UInt8>>(_ key: Key, _ value: Value) { update(key, initial: value) { _ in } }

    /// Changes the value stored for `key` with `body`, first adding `key` with `initial` when it is absent.
    mutating func update<Key: Collection<UInt8>>(_ key: Key, initial: Value, _ body: (inout Value) -> Void) {
        if (values.count + 1) * 2 > slots.count { grow() }
        let hash = ShortBytesHash.of(key)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if hashes[entry] == hash, keyEquals(entry, key) {
                body(&values[entry])
                return
            }
            slot = (slot + 1) & mask
        }
        bytes.append(contentsOf: key)
        starts.append(UInt32(bytes.count))
        hashes.append(hash)
        values.append(initial)
        body(&values[values.count - 1])
        slots[slot] = UInt32(values.count)
    }

    /// Doubles the slot array and re-places every entry (hashes are kept, keys are not re-read).
    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        for entry in hashes.indices {
            var slot = Int(truncatingIfNeeded: hashes[entry]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(entry + 1)
        }
    }

    /// The value stored for `key`, if any.
    func value<Key: Collection<UInt8>>(for key: Key) -> Value? { value(for: key, hash: ShortBytesHash.of(key)) }

    /// The value stored for `key` whose ``ShortBytesHash/of(_:)`` hash the caller already has.
    func value<Key: Collection<UInt8>>(for key: Key, hash: UInt64) -> Value? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let entry = Int(slots[slot]) - 1
            if hashes[entry] == hash, keyEquals(entry, key) { return values[entry] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Every key, in insertion order.
    var keys: some Sequence<ArraySlice<UInt8>> {
        values.indices.lazy.map { bytes[Int(starts[$0])..<Int(starts[$0 + 1])] }
    }

    /// Whether `key` is in the table.
    func contains<Key: Collection<UInt8>>(_ key: Key) -> Bool { value(for: key) != nil }

    /// Whether `key`, whose hash the caller already has, is in the table.
    func contains<Key: Collection<UInt8>>(_ key: Key, hash: UInt64) -> Bool { value(for: key, hash: hash) != nil }

    private func keyEquals<Key: Collection<UInt8>>(_ entry: Int, _ key: Key) -> Bool {
        let start = Int(starts[entry]), end = Int(starts[entry + 1])
        guard end - start == key.count else { return false }
        // Keys in contiguous storage (the lookups' key buffers) are compared with memcmp, not element by element.
        let same = key.withContiguousStorageIfAvailable { key in
            bytes.withUnsafeBufferPointer { bytes in
                key.isEmpty || memcmp(bytes.baseAddress! + start, key.baseAddress!, key.count) == 0
            }
        }
        return same ?? bytes[start..<end].elementsEqual(key)
    }
}
