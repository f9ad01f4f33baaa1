@testable import Redaction
import Testing

@Suite("Word-start signature")
struct WordStartSignatureTests {
    /// Bytes chosen to make word starts of every kind: letters in both cases, digits, separators, the CJK leads at
    /// both ends of their range and just outside it, Latin leads and continuation bytes, zero and 0xFF.
    static let alphabet: [UInt8] = Array("aZjJ09 -.,'@_`{[/".utf8) + [0x00, 0x7F, 0x80, 0xA9, 0xC2, 0xC3, 0xC5, 0xC6,
        0xE2, 0xE3, 0xE9, 0xEA, 0xFF]

    /// The signature is exactly the bits of the word bytes that stand at a word start or are CJK leads, read byte by
    /// byte from the definition; a value's bit is the same for both cases of an ASCII letter.
    @Test("is the bits of the word starts and CJK leads", arguments: 0..<8)
    func isTheBitsOfTheWordStartsAndCJKLeads(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        func isWordByte(_ byte: UInt8) -> Bool {
            byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A)
        }
        for textNumber in 0..<500 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in
                Self.alphabet.randomElement(using: &generator)!
            }
            var expected: UInt64 = 0
            for (index, byte) in text.enumerated() where isWordByte(byte) {
                let atWordStart = index == 0 || !isWordByte(text[index - 1])
                if atWordStart || (byte >= 0xE3 && byte <= 0xE9) {
                    expected |= WordStartSignature.bit(forFirstByte: byte)
                }
            }
            let signature = text.withUnsafeBufferPointer { WordStartSignature(of: $0) }
            #expect(signature.bits == expected, "seed \(seed), text \(textNumber)")
        }
    }

    /// Letters, digits, CJK leads and Latin leads each have a bit of their own; ASCII letters share theirs across
    /// cases; bytes that are no word bytes have none.
    @Test func bitsOfFirstBytes() {
        let own = Array(0x61...0x7A) + Array(0x30...0x39) + Array(0xE3...0xE9) + Array(0xC3...0xC5)
        let bits = own.map { WordStartSignature.bit(forFirstByte: UInt8($0)) }
        #expect(Set(bits).count == own.count)
        #expect(bits.allSatisfy { $0.nonzeroBitCount == 1 })
        for letter in UInt8(ascii: "A")...UInt8(ascii: "Z") {
            #expect(WordStartSignature.bit(forFirstByte: letter) == WordStartSignature.bit(forFirstByte: letter | 0x20))
        }
        for byte in Array(0x00...0x2F) + Array(0x3A...0x40) + Array(0x5B...0x60) + Array(0x7B...0x7F) {
            #expect(WordStartSignature.bit(forFirstByte: UInt8(byte)) == 0, "byte \(byte)")
        }
        let other = (0x80...0xFF).filter { !own.contains($0) }.map { WordStartSignature.bit(forFirstByte: UInt8($0)) }
        #expect(other.allSatisfy { bit in bit.nonzeroBitCount == 1 && !bits.contains(bit) })
        #expect(WordStartSignature.unknown.overlaps(WordStartSignature(bits: 1)))
        #expect(!WordStartSignature(bits: 0b01).overlaps(WordStartSignature(bits: 0b10)))
    }
}
