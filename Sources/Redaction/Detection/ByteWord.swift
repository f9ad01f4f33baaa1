/// Eight bytes at a time (SWAR): a word of text, byte `k` of the text in byte `k` of the word (little-endian), and
/// masks holding the high bit of each of its bytes that qualifies. The byte passes (byte classes, counts and cluster
/// starts, gate words, the IBAN gate, the JSON encoder, the short-text memo's hash) load their words here, and those
/// that look for rare bytes step over eight bytes without one at once (the JSON scanner's strings and the
/// obfuscated-address triggers, sixteen bytes at a time, are in `CByteScan`).
enum ByteWord {
    /// The eight bytes of a text from `offset` (at least eight must remain).
    @inline(__always)
    static func load(_ bytes: UnsafeRawPointer, at offset: Int) -> UInt64 {
        UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
    }

    /// The `count` bytes (0 through 8) of a text from `offset`, zero-padded: the last word of a text that does not
    /// fill eight bytes. Read as two loads of four or two bytes that overlap (the bytes both hold are the same, so
    /// ORing them is exact) instead of a loop of up to seven, whose exit mispredicts.
    @inline(__always)
    static func load(_ bytes: UnsafeRawPointer, at offset: Int, count: Int) -> UInt64 {
        if count >= 4 {
            if count >= 8 { return load(bytes, at: offset) }
            let low = UInt64(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self)))
            let last = offset + count - 4
            let high = UInt64(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: last, as: UInt32.self)))
            return low | high << UInt64(8 * (count - 4))
        }
        if count >= 2 {
            let low = UInt64(UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt16.self)))
            let last = offset + count - 2
            let high = UInt64(UInt16(littleEndian: bytes.loadUnaligned(fromByteOffset: last, as: UInt16.self)))
            return low | high << UInt64(8 * (count - 2))
        }
        return count == 1 ? UInt64(bytes.load(fromByteOffset: offset, as: UInt8.self)) : 0
    }

    /// The high bit of each byte of `word` from `low` through `high` (ASCII bytes; exact: no borrow crosses bytes).
    @inline(__always)
    static func bytes(of word: UInt64, from low: UInt8, through high: UInt8) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let low7 = word & 0x7F7F_7F7F_7F7F_7F7F
        return (low7 &+ ones &* UInt64(0x80 - low)) & ~(low7 &+ ones &* UInt64(0x7F - high)) & ~word
            & 0x8080_8080_8080_8080
    }

    /// The high bit of each ASCII digit of `word`.
    @inline(__always)
    static func digits(of word: UInt64) -> UInt64 { bytes(of: word, from: 0x30, through: 0x39) }
}
