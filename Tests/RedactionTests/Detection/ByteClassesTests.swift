import Redaction
import Testing

@Suite("Byte classes and prefilters")
struct ByteClassesTests {
    private func classes(_ text: String) -> ByteClasses {
        Array(text.utf8).withUnsafeBufferPointer { ByteClasses.present(in: $0) }
    }

    @Test func classifiesBytes() {
        #expect(classes("abc") == .letter)
        #expect(classes("a@b.c") == [.letter, .at, .dot])
        #expect(classes("12:30") == [.digit, .colon])
        #expect(classes("ü") == .highByte)
        #expect(classes("様") == [.highByte, .threeByteLead, .cjkLead])
        #expect(classes("€") == [.highByte, .threeByteLead])
        #expect(classes("😀") == .highByte)
        #expect(classes("") == [])
        #expect(classes("#=/_ +,%-([{") == [.hash, .equals, .slash, .underscore, .whitespace, .plus, .comma, .percent, .dash, .openBracket])
    }

    /// ``ByteClasses/cjkLead`` is the lead byte of U+3000–U+FFFF and nothing below: the Japanese rules it gates run
    /// on `〒` (the lowest lead byte, 0xE3) and a full-width `：` (the highest, 0xEF), not on the `’`, `–`, `…` and `€`
    /// of Latin-script text (0xE2).
    @Test func marksTheLeadBytesOfCJKText() {
        let cjk: ByteClasses = [.highByte, .threeByteLead, .cjkLead]
        for text in ["〒", "　", "さ", "様", "한", "：", "０", "\u{FFFD}"] {
            #expect(classes(text) == cjk, "U+\(String(text.unicodeScalars.first!.value, radix: 16))")
        }
        for text in ["’", "“", "–", "…", "€", "\u{0800}", "\u{2FFF}"] {
            let scalar = String(text.unicodeScalars.first!.value, radix: 16)
            #expect(classes(text) == [.highByte, .threeByteLead], "U+\(scalar)")
        }
    }

    /// Through a detector set, which gates them by the classes present: the Japanese rules still find what needs
    /// only bytes at either end of ``ByteClasses/cjkLead``, also after a Latin-script apostrophe.
    @Test func japaneseRulesRunWhereTheirBytesAre() throws {
        let set = DetectorSet(try BuiltInDetectors.all())
        let expected: [(String, EntityKind)] = [
            ("password：«Tokyo2024»", .secret), ("l’adresse 〒100-0001", .location),
            ("佐藤様にご連絡ください", .person), ("東京都千代田区丸の内1丁目1-1", .streetAddress), ("大阪に出張", .location),
        ]
        for (number, (text, kind)) in expected.enumerated() {
            #expect(try set.findings(in: text).contains { $0.kind == kind }, "text #\(number)")
        }
    }

    @Test func seesClassesAfterLongRuns() {
        #expect(classes(String(repeating: "x", count: 10_000) + "@").contains(.at))
    }

    /// Random bytes of every length up to a few eight-byte steps past 256 (where the early end is checked): the classes
    /// present are those of the bytes one by one.
    @Test("classes present are those of each byte", arguments: 0..<60)
    func presentIsTheUnionOfEachBytesClasses(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let length = seed < 30 ? seed : 250 + Int(generator.next() % 40)
        let bytes: [UInt8] = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
        let expected = bytes.reduce(ByteClasses()) { $0.union(.of($1)) }
        #expect(bytes.withUnsafeBufferPointer { ByteClasses.present(in: $0) } == expected, "seed \(seed)")
    }

    @Test func prefilterAdmits() {
        let email = Prefilter(allOf: [.at, .dot])
        #expect(email.admits([.at, .dot, .letter]))
        #expect(!email.admits([.at, .letter]))
        let either = Prefilter(anyOf: [.at, .highByte])
        #expect(either.admits(.highByte))
        #expect(!either.admits(.letter))
        #expect(Prefilter.always.admits([]))
    }

    @Test("union admits whatever either side admits", arguments: 0..<200)
    func unionIsSound(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        func random() -> ByteClasses { ByteClasses(rawValue: UInt32(truncatingIfNeeded: generator.next()) & ByteClasses.all.rawValue & 0x3F) }
        let left = Prefilter(allOf: random().intersection(random()), anyOf: seed % 3 == 0 ? [] : random())
        let right = Prefilter(allOf: random().intersection(random()), anyOf: seed % 5 == 0 ? [] : random())
        let union = left.union(right)
        for bits in 0..<64 {
            let present = ByteClasses(rawValue: UInt32(bits))
            if left.admits(present) || right.admits(present) { #expect(union.admits(present)) }
        }
    }
}
