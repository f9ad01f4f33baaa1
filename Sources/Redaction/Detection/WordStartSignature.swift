/// Which bytes a text's words start with, as 64 bits: a bit for each byte (ASCII letters in either case alike) that
/// is a word byte standing at a word start — the text's first byte, or one after a byte that is no word byte — and
/// for each lead byte of a CJK character (U+3000–U+9FFF), wherever it stands. Word bytes are ASCII letters and digits
/// and every non-ASCII byte.
///
/// Record-scoped propagation (`RecordDictionary`) compares its values only at word starts and CJK leads, by their
/// first byte: a text whose signature shares no bit with the signature of the values' first bytes holds none of
/// them. A shared bit proves nothing; it only means the text must be read. Letters, digits, the CJK leads and the
/// Latin leads `C3`–`C5` have bits of their own; the other non-ASCII bytes share the remaining 18.
struct WordStartSignature: Sendable, Equatable {
    /// The bits.
    var bits: UInt64

    /// Every bit set: the signature of a text not read, which shares a bit with any non-empty signature.
    static let unknown = WordStartSignature(bits: .max)

    /// The signature of `text`.
    init(of text: UnsafeBufferPointer<UInt8>) {
        var bits: UInt64 = 0
        Self.masks.withUnsafeBufferPointer { masks in
            // All ones where a word may start (at the start, and after a byte that is no word byte), else zero.
            var afterBreak = UInt64.max
            for byte in text {
                let mask = masks[Int(byte)]
                bits |= mask & (Self.isCJKLead(byte) ? .max : afterBreak)
                afterBreak = mask == 0 ? .max : 0
            }
        }
        self.bits = bits
    }

    /// A signature of the given bits.
    init(bits: UInt64) { self.bits = bits }

    /// The bit of a value whose first byte is `byte`, as compared in a text (ASCII letters in either case); none
    /// for a byte that is no word byte (no word starts with it).
    static func bit(forFirstByte byte: UInt8) -> UInt64 { masks[Int(byte)] }

    /// Whether `byte` is a word byte: an ASCII letter or digit, or any non-ASCII byte (record-scoped propagation
    /// reads words the same way).
    @inline(__always)
    static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26
    }

    /// Whether `byte` is the first byte of a three-byte UTF-8 character from U+3000 to U+9FFF (kana, CJK ideographs).
    @inline(__always)
    static func isCJKLead(_ byte: UInt8) -> Bool { byte &- 0xE3 < 7 }

    /// Whether the two signatures share a bit.
    func overlaps(_ other: WordStartSignature) -> Bool { bits & other.bits != 0 }

    /// Per byte value: its bit, or zero for a byte that is no word byte.
    private static let masks: [UInt64] = (0..<256).map { value in
        let byte = UInt8(value)
        guard isWordByte(byte) else { return 0 }
        let index: UInt8
        switch byte {
        case 0x41...0x5A: index = byte - 0x41  // A–Z: 0–25, as a–z
        case 0x61...0x7A: index = byte - 0x61
        case 0x30...0x39: index = byte - 0x30 + 26  // digits: 26–35
        case 0xE3...0xE9: index = byte - 0xE3 + 36  // CJK leads: 36–42
        case 0xC3...0xC5: index = byte - 0xC3 + 43  // Latin-1 and Latin Extended-A leads: 43–45
        default: index = byte % 18 + 46  // every other non-ASCII byte: 46–63
        }
        return 1 << UInt64(index)
    }
}
