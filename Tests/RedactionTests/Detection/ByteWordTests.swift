@testable import Redaction
import RedactionTestSupport
import Testing

@Suite("Eight bytes at a time")
struct ByteWordTests {
    /// Random words (every byte value, and runs of neighbours of the range's ends) against byte-by-byte tests, for
    /// the ranges the byte passes use and the widest and narrowest ones.
    @Test("a range's mask is the bytes in the range", arguments: [
        (UInt8(ascii: "-"), UInt8(ascii: ":")), (UInt8(ascii: "0"), UInt8(ascii: "9")), (0, 0x7F), (0x41, 0x41),
    ])
    func rangeMaskHoldsTheBytesInTheRange(low: UInt8, high: UInt8) {
        var generator = SeededGenerator(seed: UInt64(low) << 8 | UInt64(high))
        let edges: [UInt8] = [low &- 1, low, low &+ 1, high &- 1, high, high &+ 1, 0x80 | low, 0x80 | high, 0, 0xFF]
        for round in 0..<4_000 {
            let bytes: [UInt8] = (0..<8).map { _ in
                round % 2 == 0 ? UInt8(truncatingIfNeeded: generator.next()) : edges[Int(generator.next() % 10)]
            }
            let word = bytes.withUnsafeBytes { ByteWord.load($0.baseAddress!, at: 0) }
            var expected: UInt64 = 0
            for (index, byte) in bytes.enumerated() where byte >= low && byte <= high {
                expected |= 0x80 << UInt64(8 * index)
            }
            #expect(ByteWord.bytes(of: word, from: low, through: high) == expected, "round \(round)")
            if low == 0x30, high == 0x39 { #expect(ByteWord.digits(of: word) == expected, "round \(round)") }
        }
    }

    /// The last bytes of a text, fewer than eight, read as a word: byte `k` in byte `k`, the rest zero; all eight
    /// read as the whole word.
    @Test func aShortLoadIsTheBytesZeroPadded() {
        let bytes: [UInt8] = [0x01, 0x80, 0xFF, 0x20, 0x41, 0x7F, 0xC3, 0xA9, 0x33]
        bytes.withUnsafeBytes { raw in
            for offset in 0...1 {
                for count in 0...8 {
                    var expected: UInt64 = 0
                    for k in 0..<count { expected |= UInt64(bytes[offset + k]) << UInt64(8 * k) }
                    let word = ByteWord.load(raw.baseAddress!, at: offset, count: count)
                    #expect(word == expected, "offset \(offset), count \(count)")
                }
                let whole = ByteWord.load(raw.baseAddress!, at: offset)
                #expect(ByteWord.load(raw.baseAddress!, at: offset, count: 8) == whole)
            }
        }
    }
}
