/// A few byte strings, any of which is looked for in a text in one pass: a cheap gate before a pattern or a scan that
/// needs one of them (`様`, `さん`, `区`, `ticket` …), optionally ignoring the case of ASCII letters.
///
/// Each needle is anchored at its rarest byte pair (by the byte frequencies of support text: `ck` of `ticket`, `ph`
/// of `phone`, `eq` of `req`), and a bit per byte pair that anchors some needle rejects every other position with one
/// load; only where an anchor stands are the needles anchored there compared. Texts without anchors (most of them)
/// cost one bit test per byte, whatever the number of needles — far fewer false starts than a table of first bytes,
/// where needles starting with `c`, `r`, `s` or `t` would stop at a third of English text.
struct ByteNeedles: Sendable {
    /// A needle (folded to lower case when caseless) and the offset of its anchor pair in it.
    private struct Anchored: Sendable {
        let bytes: [UInt8]
        let offset: Int
    }

    /// The needles grouped by the first byte of their anchor pair (OR 0x20 when caseless; empty needles are ignored).
    private let byAnchorByte: [[Anchored]]
    /// Bit per byte pair (first byte × 256 + second, each OR 0x20 when caseless) that anchors some needle; a needle
    /// of one byte sets every pair it starts.
    private let pairs: [UInt64]
    /// Whether some needle is a single byte (it may stand at the text's last byte, which starts no pair).
    private let hasSingleBytes: Bool
    /// Whether ASCII letters match in either case.
    private let caseless: Bool

    /// A set of needles; with `caseless`, ASCII letters match in either case (needles are then folded to lower case).
    init<Needles: Sequence<String>>(_ needles: Needles, caseless: Bool = false) {
        var groups = [[Anchored]](repeating: [], count: 256)
        var pairs = [UInt64](repeating: 0, count: 65_536 / 64)
        var hasSingleBytes = false
        func key(_ byte: UInt8) -> Int { Int(caseless ? byte | 0x20 : byte) }
        for needle in needles where !needle.isEmpty {
            let bytes = needle.utf8.map { caseless ? Self.folded($0) : $0 }
            let offset = bytes.count > 1
                ? (0..<(bytes.count - 1)).min { Self.weight(bytes[$0], bytes[$0 + 1]) < Self.weight(bytes[$1], bytes[$1 + 1]) }!
                : 0
            groups[key(bytes[offset])].append(Anchored(bytes: bytes, offset: offset))
            let seconds = bytes.count > 1 ? [bytes[offset + 1]] : (0...255).map(UInt8.init)
            hasSingleBytes = hasSingleBytes || bytes.count == 1
            for second in seconds {
                let pair = key(bytes[offset]) << 8 | key(second)
                pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        byAnchorByte = groups
        self.pairs = pairs
        self.hasSingleBytes = hasSingleBytes
        self.caseless = caseless
    }

    @inline(__always)
    private static func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// How often a pair of bytes is expected in support text, relatively: the product of the bytes' frequencies.
    private static func weight(_ first: UInt8, _ second: UInt8) -> Double { frequency[Int(first)] * frequency[Int(second)] }

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
        let count = text.count
        guard count > 0 else { return false }
        let fold: UInt8 = caseless ? 0x20 : 0
        return pairs.withUnsafeBufferPointer { pairs in
            var previous = Int(text[0] | fold)
            var index = 1
            while index < count {
                let current = Int(text[index] | fold)
                let pair = previous << 8 | current
                if pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0, matches(anchoredAt: index - 1, in: text) {
                    return true
                }
                previous = current
                index += 1
            }
            return hasSingleBytes && matches(anchoredAt: count - 1, in: text)
        }
    }

    /// Whether a needle whose anchor pair starts at `index` occurs there.
    private func matches(anchoredAt index: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let anchor = caseless ? text[index] | 0x20 : text[index]
        for needle in byAnchorByte[Int(anchor)] {
            let start = index - needle.offset
            guard start >= 0, needle.bytes.count <= text.count - start else { continue }
            var offset = 0
            while offset < needle.bytes.count,
                (caseless ? Self.folded(text[start + offset]) : text[start + offset]) == needle.bytes[offset]
            {
                offset += 1
            }
            if offset == needle.bytes.count { return true }
        }
        return false
    }
}
