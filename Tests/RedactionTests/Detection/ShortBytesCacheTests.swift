@testable import Redaction
import RedactionTestSupport
import Testing

@Suite("Memo of short texts")
struct ShortBytesCacheTests {
    private func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func storesAndFindsByExactBytes() {
        var cache = ShortBytesCache<Int>()
        #expect(bytes("status").withUnsafeBufferPointer { cache.value(for: $0).value } == nil)
        bytes("status").withUnsafeBufferPointer { cache.store(1, for: $0) }
        bytes("").withUnsafeBufferPointer { cache.store(2, for: $0) }
        #expect(bytes("status").withUnsafeBufferPointer { cache.value(for: $0).value } == 1)
        #expect(bytes("").withUnsafeBufferPointer { cache.value(for: $0).value } == 2)
        #expect(bytes("Status").withUnsafeBufferPointer { cache.value(for: $0).value } == nil)
        #expect(bytes("statu").withUnsafeBufferPointer { cache.value(for: $0).value } == nil)
        // Keys are compared a word of eight bytes at a time, zero-padded, with their lengths: a trailing zero byte, a
        // last byte or a byte of the last, partial word tells them apart.
        #expect(bytes("status\u{0}").withUnsafeBufferPointer { cache.value(for: $0).value } == nil)
        #expect(bytes("statuz").withUnsafeBufferPointer { cache.value(for: $0).value } == nil)
        bytes("customer_name").withUnsafeBufferPointer { cache.store(5, for: $0) }
        #expect(bytes("customer_name").withUnsafeBufferPointer { cache.value(for: $0).value } == 5)
        #expect(bytes("customer_namf").withUnsafeBufferPointer { cache.value(for: $0).value } == nil)
        #expect(bytes("custemer_name").withUnsafeBufferPointer { cache.value(for: $0).value } == nil)
        // A value is replaced where its key was found, and nowhere when it was not.
        bytes("status").withUnsafeBufferPointer { cache.replaceValue(3, at: cache.value(for: $0).place) }
        bytes("state").withUnsafeBufferPointer { cache.replaceValue(4, at: cache.value(for: $0).place) }
        #expect(bytes("status").withUnsafeBufferPointer { cache.value(for: $0).value } == 3)
        #expect(bytes("").withUnsafeBufferPointer { cache.value(for: $0).value } == 2)
        #expect(bytes("state").withUnsafeBufferPointer { cache.value(for: $0).value } == nil)
        cache.removeAll()
        #expect(bytes("status").withUnsafeBufferPointer { cache.value(for: $0).value } == nil)
    }

    /// A key given in parts is its bytes in order: where the parts split does not matter, the tag byte does.
    @Test func keysInPartsAreTheirBytesInOrder() {
        var cache = ShortBytesCache<Int>()
        func value(_ tag: UInt8?, _ head: String, _ tail: String) -> Int? {
            bytes(head).withUnsafeBufferPointer { head in
                bytes(tail).withUnsafeBufferPointer { tail in cache.value(for: tag, head, tail).value }
            }
        }
        bytes("customer").withUnsafeBufferPointer { head in
            bytes("name").withUnsafeBufferPointer { tail in cache.store(1, for: 8, head, tail) }
        }
        bytes("name").withUnsafeBufferPointer { head in
            bytes("").withUnsafeBufferPointer { tail in cache.store(2, for: 0xFF, head, tail) }
        }
        #expect(value(8, "customer", "name") == 1)
        #expect(value(8, "custom", "ername") == 1)
        #expect(value(8, "", "customername") == 1)
        #expect(value(7, "customer", "name") == nil)
        #expect(value(nil, "customer", "name") == nil)
        #expect(value(8, "customer", "nam") == nil)
        #expect(value(0xFF, "name", "") == 2)
        #expect(value(0xFF, "", "name") == 2)
        #expect(value(0, "", "name") == nil)
        #expect(bytes("\u{8}customername").withUnsafeBufferPointer { cache.value(for: $0).value } == 1)
    }

    @Test func neverStoresLongKeys() {
        var cache = ShortBytesCache<Int>()
        let long = [UInt8](repeating: 0x61, count: ShortBytesCache<Int>.maximumKeyLength + 1)
        long.withUnsafeBufferPointer { cache.store(1, for: $0) }
        #expect(long.withUnsafeBufferPointer { cache.value(for: $0).value } == nil)
        // The longest key fills the words before the slot's value; its value and its last byte stay apart.
        let longest = [UInt8](repeating: 0x62, count: ShortBytesCache<Int>.maximumKeyLength)
        longest.withUnsafeBufferPointer { cache.store(-1, for: $0) }
        #expect(longest.withUnsafeBufferPointer { cache.value(for: $0).value } == -1)
        #expect(longest.dropLast().withUnsafeBufferPointer { cache.value(for: $0).value } == nil)
    }

    /// Values are kept as one word in their key's slot: every value of the memo's two kinds comes back as stored.
    @Test func valuesComeBackAsStored() {
        var kinds = ShortBytesCache<EntityKind?>()
        let stored: [EntityKind?] = [nil, .email, .person, EntityKind(rawValue: "EMPLOYEE_ID")]
        for (index, kind) in stored.enumerated() { bytes("key\(index)").withUnsafeBufferPointer { kinds.store(kind, for: $0) } }
        for (index, kind) in stored.enumerated() {
            let found = bytes("key\(index)").withUnsafeBufferPointer { kinds.value(for: $0).value }
            #expect(found == .some(kind), "key \(index)")
        }
        var signatures = ShortBytesCache<WordStartSignature>()
        let texts = ["Jane", "12 jane", ""]
        for text in texts {
            bytes(text).withUnsafeBufferPointer { signatures.store(WordStartSignature(of: $0), for: $0) }
        }
        bytes("unread").withUnsafeBufferPointer { signatures.store(.unknown, for: $0) }
        for text in texts {
            let found = bytes(text).withUnsafeBufferPointer { signatures.value(for: $0).value }
            #expect(found == bytes(text).withUnsafeBufferPointer { WordStartSignature(of: $0) })
        }
        #expect(bytes("unread").withUnsafeBufferPointer { signatures.value(for: $0).value } == .unknown)
    }

    /// Far more keys than slots: evicted keys are forgotten, but no key ever answers with another key's value.
    @Test func collisionsOnlyCostMisses() {
        var cache = ShortBytesCache<Int>()
        let keys = (0..<20_000).map { bytes("key-\($0)") }
        for (index, key) in keys.enumerated() { key.withUnsafeBufferPointer { cache.store(index, for: $0) } }
        var remembered = 0
        for (index, key) in keys.enumerated() {
            guard let value = key.withUnsafeBufferPointer({ cache.value(for: $0).value }) else { continue }
            #expect(value == index)
            remembered += 1
        }
        #expect(remembered > 1_000)
        #expect(keys.last!.withUnsafeBufferPointer { cache.value(for: $0).value } == keys.count - 1)
    }

    /// Keys that differ only in their last few bytes (short ids, timestamps) fall in different sets: most of a
    /// thousand such keys stay remembered whether they differ in a whole eight-byte word or only in the last,
    /// partial one, given whole or in parts.
    @Test func keysDifferingInTheirLastBytesSpreadOverTheSets() {
        func padded(_ number: Int) -> String { String(String(number + 1_000).dropFirst()) }
        for prefix in ["", "2025-06-26T21:4"] {
            var cache = ShortBytesCache<Int>()
            let keys = (0..<1_000).map { bytes(prefix + padded($0)) }
            for (index, key) in keys.enumerated() { key.withUnsafeBufferPointer { cache.store(index, for: $0) } }
            let remembered = keys.indices.filter { index in
                keys[index].withUnsafeBufferPointer { cache.value(for: $0).value } == index
            }.count
            #expect(remembered > 900, "prefix of \(prefix.count) bytes: \(remembered) remembered")
            var parts = ShortBytesCache<Int>()
            let partsRemembered = (0..<1_000).filter { index in
                bytes(prefix).withUnsafeBufferPointer { head in
                    bytes(padded(index)).withUnsafeBufferPointer { tail in
                        parts.store(index, for: 1, head, tail)
                        return true
                    }
                }
            }.filter { index in
                bytes(prefix).withUnsafeBufferPointer { head in
                    bytes(padded(index)).withUnsafeBufferPointer { tail in
                        parts.value(for: 1, head, tail).value == index
                    }
                }
            }.count
            #expect(partsRemembered > 900, "prefix of \(prefix.count) bytes: \(partsRemembered) remembered in parts")
        }
    }

    /// A worker's scratch reused with another detector set must not trust what the first set found clean.
    @Test func cleanTextsBelongToTheirDetectorSet() throws {
        let full = try DetectorSet.builtIn()
        let withoutEmail = full.excluding(ids: [DetectorID(rawValue: "email")])
        var scratch = full.makeScratch()
        let text = bytes("jane@contoso.com")
        let kinds = try text.withUnsafeBufferPointer { (buffer) throws(RedactionError) in
            try [withoutEmail, withoutEmail, full, withoutEmail].map { (set) throws(RedactionError) in
                try set.findings(in: buffer, scratch: &scratch).map(\.kind)
            }
        }
        #expect(kinds == [[], [], [.email], []])
    }

    /// The same for field-name decisions: a redactor without field-name rules must not leave its "not personal"
    /// behind for one with them.
    @Test func fieldDecisionsBelongToTheirTable() throws {
        let detectors = try DetectorSet.builtIn()
        let plain = Redactor(detectors: detectors, fieldNames: nil)
        let named = Redactor(detectors: detectors)
        let custom = Redactor(
            detectors: detectors,
            fieldNames: PersonalFieldNames(kinds: ["nickname": .person], nameKeys: [], personParents: []))
        var scratch = RecordScratch()
        func run(_ redactor: Redactor, _ record: String) throws -> String {
            try redactedJSON(record, with: redactor, scratch: &scratch)
        }
        let record = #"{"customer":{"nickname":"Jo","email":"x"}}"#
        expectSameText(try run(plain, record), record)
        expectSameText(try run(named, record), #"{"customer":{"nickname":"Jo","email":"[EMAIL]"}}"#)
        expectSameText(try run(custom, record), #"{"customer":{"nickname":"[PERSON]","email":"x"}}"#)
        expectSameText(try run(named, record), #"{"customer":{"nickname":"Jo","email":"[EMAIL]"}}"#)
    }
}

extension ShortBytesCache {
    /// Stores `value` for `key` at the place a lookup gives (as the memo's users do).
    fileprivate mutating func store(_ value: Value, for key: UnsafeBufferPointer<UInt8>) {
        store(value, for: key, at: self.value(for: key).place)
    }

    /// Stores `value` for the key in parts at the place a lookup gives.
    fileprivate mutating func store(
        _ value: Value, for tag: UInt8?, _ head: UnsafeBufferPointer<UInt8>, _ tail: UnsafeBufferPointer<UInt8>
    ) {
        store(value, for: tag, head, tail, at: self.value(for: tag, head, tail).place)
    }
}

extension Int: ShortBytesCacheValue {
    /// The integer's bits.
    public var cacheWord: UInt64 { UInt64(bitPattern: Int64(self)) }
    /// The integer of these bits.
    public init(cacheWord: UInt64) { self = Int(Int64(bitPattern: cacheWord)) }
}
