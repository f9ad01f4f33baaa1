/// A set of names written in CJK characters (`札幌`, `横浜市`, `北九州`), found anywhere in a text — those scripts do
/// not separate words — without a regular expression: a bit per character that starts some name rejects most
/// positions at once, and only there are the two- to five-character substrings looked up in a ``ByteKeyTable``,
/// longest first. A 1,200-name alternation regex tries every name at every position; this costs a bit test.
struct CJKNameIndex: Sendable {
    private let names: ByteKeyTable<Void>
    /// Bit per BMP code point that starts a name.
    private let firstCharacters: [UInt64]
    /// Bit ``pairBit(_:_:)`` per pair of code points that starts a name: most common characters that start some name
    /// (`大`, `東`, `山`) are followed by one that continues none.
    private let firstPairs: [UInt64]
    private let shortest: Int
    private let longest: Int

    /// Indexes `names`; names not made only of three-byte UTF-8 characters (U+0800–U+FFFF) are ignored.
    init<Names: Sequence<String>>(_ names: Names) {
        var table = ByteKeyTable<Void>()
        var bits = [UInt64](repeating: 0, count: 1024)
        var pairs = [UInt64](repeating: 0, count: 1024)
        var shortest = Int.max, longest = 0
        for name in names {
            let bytes = Array(name.utf8)
            guard bytes.count >= 6, bytes.count % 3 == 0,
                stride(from: 0, to: bytes.count, by: 3).allSatisfy({ bytes[$0] >= 0xE0 && bytes[$0] <= 0xEF })
            else { continue }
            table.insert(bytes, ())
            let point = Self.codePoint(bytes[0], bytes[1], bytes[2])
            bits[point >> 6] |= 1 << UInt64(point & 63)
            let pair = Self.pairBit(point, Self.codePoint(bytes[3], bytes[4], bytes[5]))
            pairs[pair >> 6] |= 1 << UInt64(pair & 63)
            shortest = min(shortest, bytes.count / 3)
            longest = max(longest, bytes.count / 3)
        }
        self.names = table
        self.firstCharacters = bits
        self.firstPairs = pairs
        self.shortest = shortest == .max ? 0 : shortest
        self.longest = longest
    }

    /// Calls `report` with the byte range of each name in `text`, leftmost-longest, not overlapping.
    func forEachMatch(in text: UnsafeBufferPointer<UInt8>, _ report: (Range<Int>) -> Void) {
        guard longest > 0 else { return }
        var index = 0
        let count = text.count
        while index + 2 < count {
            let lead = text[index]
            guard lead >= 0xE3, lead <= 0xE9 else {
                index += 1
                continue
            }
            let point = Self.codePoint(lead, text[index + 1], text[index + 2])
            guard firstCharacters[point >> 6] & (1 << UInt64(point & 63)) != 0, index + 5 < count else {
                index += 3
                continue
            }
            let pair = Self.pairBit(point, Self.codePoint(text[index + 3], text[index + 4], text[index + 5]))
            guard firstPairs[pair >> 6] & (1 << UInt64(pair & 63)) != 0 else {
                index += 3
                continue
            }
            var matched = 0
            var characters = longest
            while characters >= shortest {
                let end = index + 3 * characters
                if end <= count, names.contains(text[index..<end]) {
                    matched = end - index
                    break
                }
                characters -= 1
            }
            if matched > 0 {
                report(index..<(index + matched))
                index += matched
            } else {
                index += 3
            }
        }
    }

    /// A bit of 64 Ki for a pair of code points (a multiplicative hash).
    @inline(__always)
    private static func pairBit(_ first: Int, _ second: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(first << 16 | second) &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    @inline(__always)
    private static func codePoint(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Int {
        (Int(b0 & 0x0F) << 12) | (Int(b1 & 0x3F) << 6) | Int(b2 & 0x3F)
    }
}
