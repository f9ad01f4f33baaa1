@testable import Redaction
import Testing

@Suite("UTF-8 scalar decoding and categories")
struct UTF8ScalarTests {
    static func decodeForward(_ bytes: [UInt8], at index: Int = 0) -> (value: UInt32, length: Int)? {
        bytes.withUnsafeBufferPointer { UTF8Scalar.decode($0, at: index) }
    }

    static func decodeBackward(_ bytes: [UInt8]) -> (value: UInt32, start: Int)? {
        bytes.withUnsafeBufferPointer { UTF8Scalar.decode($0, endingAt: $0.count) }
    }

    @Test("well-formed sequences decode both ways", arguments: ["a", "ü", "ж", "€", "李", "＠", "\u{200B}", "😀"])
    func wellFormed(character: String) {
        let bytes = Array(character.utf8)
        let scalar = character.unicodeScalars.first!.value
        #expect(Self.decodeForward(bytes)?.value == scalar)
        #expect(Self.decodeForward(bytes)?.length == bytes.count)
        #expect(Self.decodeBackward(bytes)?.value == scalar)
        #expect(Self.decodeBackward(bytes)?.start == 0)
        // Preceded by other text, the backward decode still finds the lead byte.
        let prefixed = Array("x".utf8) + bytes
        #expect(Self.decodeBackward(prefixed)?.start == 1)
    }

    @Test("ill-formed sequences never decode", arguments: [
        [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
        [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xFF], [0xE2, 0x80],
        [0xEF, 0xBC], [0xC3], [0xE2, 0x28, 0xA1],
    ] as [[UInt8]])
    func illFormed(bytes: [UInt8]) {
        #expect(Self.decodeForward(bytes) == nil)
        #expect(Self.decodeBackward(bytes) == nil)
    }

    @Test func outOfBounds() {
        #expect(Self.decodeForward([0x61], at: 1) == nil)
        #expect(Self.decodeForward([0x61], at: -1) == nil)
        #expect(Self.decodeBackward([]) == nil)
    }

    @Test("categories", arguments: [
        ("ü", UTF8Scalar.Category.letter), ("ж", .letter), ("ｃ", .letter), ("ß", .letter), ("한", .unspacedLetter),
        ("０", .letter), ("ﾊ", .unspacedLetter),
        ("李", .unspacedLetter), ("を", .unspacedLetter), ("ア", .unspacedLetter), ("ー", .unspacedLetter),
        ("ก", .unspacedLetter), ("𠀋", .unspacedLetter), ("・", .other), ("㈱", .other), ("、", .other),
        ("\u{200B}", .invisible), ("\u{200C}", .invisible), ("\u{200D}", .invisible), ("\u{2060}", .invisible),
        ("\u{FEFF}", .invisible), ("\u{00AD}", .invisible),
        ("\u{00A0}", .space), ("\u{2009}", .space), ("\u{202F}", .space), ("\u{3000}", .space),
        ("…", .other), ("。", .other), ("«", .other), ("’", .other), ("＠", .other), ("．", .other), ("﹫", .other),
        ("€", .other), ("😀", .other), ("×", .other),
    ])
    func category(character: String, expected: UTF8Scalar.Category) {
        #expect(UTF8Scalar.category(of: character.unicodeScalars.first!.value) == expected)
    }

    @Test func fullWidthFolding() {
        #expect(UTF8Scalar.asciiEquivalent(ofFullWidth: 0xFF43) == UInt8(ascii: "c"))  // ｃ
        #expect(UTF8Scalar.asciiEquivalent(ofFullWidth: 0xFF20) == UInt8(ascii: "@"))  // ＠
        #expect(UTF8Scalar.asciiEquivalent(ofFullWidth: 0xFF0E) == UInt8(ascii: "."))  // ．
        #expect(UTF8Scalar.asciiEquivalent(ofFullWidth: 0x0063) == nil)
        #expect(UTF8Scalar.asciiEquivalent(ofFullWidth: 0xFF61) == nil)  // ｡ is not a full-width ASCII form
    }
}
