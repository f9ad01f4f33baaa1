/// A few byte strings, any of which is looked for in a text in one pass: a cheap gate before a pattern or a scan that
/// needs one of them (`様`, `さん`, `区`, `ticket` …), optionally ignoring the case of ASCII letters.
///
/// A bit per byte pair that starts some needle rejects every other position with one load; only where a needle's
/// first two bytes stand are the needles starting with them compared. Texts without such pairs (most of them) cost one
/// bit test per byte, whatever the number of needles — far fewer false starts than a table of first bytes, where
/// needles starting with `c`, `r`, `s` or `t` would stop at a third of English text.
struct ByteNeedles: Sendable {
    /// The needles grouped by first byte (OR 0x20 when caseless; empty needles are ignored).
    private let byFirstByte: [[[UInt8]]]
    /// Bit per byte pair (first byte × 256 + second, each OR 0x20 when caseless) that starts some needle; a needle
    /// of one byte sets every pair it starts.
    private let pairs: [UInt64]
    /// Whether some needle is a single byte (it may stand at the text's last byte, which starts no pair).
    private let hasSingleBytes: Bool
    /// Whether ASCII letters match in either case.
    private let caseless: Bool

    /// A set of needles; with `caseless`, ASCII letters match in either case (needles are then folded to lower case).
    init<Needles: Sequence<String>>(_ needles: Needles, caseless: Bool = false) {
        var groups = [[[UInt8]]](repeating: [], count: 256)
        var pairs = [UInt64](repeating: 0, count: 65_536 / 64)
        var hasSingleBytes = false
        func key(_ byte: UInt8) -> Int { Int(caseless ? byte | 0x20 : byte) }
        for needle in needles where !needle.isEmpty {
            let bytes = needle.utf8.map { caseless ? Self.folded($0) : $0 }
            groups[key(bytes[0])].append(bytes)
            let seconds = bytes.count > 1 ? [bytes[1]] : (0...255).map(UInt8.init)
            hasSingleBytes = hasSingleBytes || bytes.count == 1
            for second in seconds {
                let pair = key(bytes[0]) << 8 | key(second)
                pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            }
        }
        byFirstByte = groups
        self.pairs = pairs
        self.hasSingleBytes = hasSingleBytes
        self.caseless = caseless
    }

    @inline(__always)
    private static func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// Whether any needle occurs in `text`.
    func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = text.count
        let fold: UInt8 = caseless ? 0x20 : 0
        return pairs.withUnsafeBufferPointer { pairs in
            var index = 0
            while index + 1 < count {
                let pair = Int(text[index] | fold) << 8 | Int(text[index + 1] | fold)
                if pairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0, matches(at: index, in: text) { return true }
                index += 1
            }
            return hasSingleBytes && count > 0 && matches(at: count - 1, in: text)
        }
    }

    /// Whether a needle starts at `index`.
    private func matches(at index: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let first = caseless ? text[index] | 0x20 : text[index]
        for needle in byFirstByte[Int(first)] where needle.count <= text.count - index {
            var offset = 0
            while offset < needle.count,
                (caseless ? Self.folded(text[index + offset]) : text[index + offset]) == needle[offset]
            {
                offset += 1
            }
            if offset == needle.count { return true }
        }
        return false
    }
}
