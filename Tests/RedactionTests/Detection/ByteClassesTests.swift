import Redaction
import RedactionTestSupport
import SyntheticData
import Testing

@Suite("Byte classes and prefilters")
struct ByteClassesTests {
    private func classes(_ text: String) -> ByteClasses {
        Array(text.utf8).withUnsafeBufferPointer { ByteClasses.present(in: $0) }
    }

    @Test func classifiesBytes() {
        #expect(classes("abc") == [.letter, .letterPair])
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

    /// ``ByteClasses/letterPair``: two ASCII letters in a row, either case, wherever they stand in the eight-byte steps
    /// (inside one, across two, in the last bytes); never for isolated letters, non-ASCII letters or `@`/`[`/`` ` ``
    /// (the bytes next to the letters).
    @Test func marksTwoLettersInARow() {
        for text in ["ab", "xY", "Zu", "1234567ab", "12345678ab", "123456ab", "1234567a" + "b-", "x1 ab", "ñab"] {
            #expect(classes(text).contains(.letterPair), "\(text.utf8.count) bytes")
        }
        let timestamps = ["2025-06-26T21:43:34Z", "2025-01-01T11:13:13.482Z", "0x8007045D", "10.0.22631.4521"]
        for text in timestamps + ["a1b2c3d4e5f6g7h8", "a b", "a@b", "a[b", "a`b", "a{b", "éé", "aé", "1234567a@b"] {
            #expect(!classes(text).contains(.letterPair), "\(text.utf8.count) bytes")
        }
    }

    @Test func seesClassesAfterLongRuns() {
        #expect(classes(String(repeating: "x", count: 10_000) + "@").contains(.at))
    }

    /// Random bytes of every length up to a few eight-byte steps past 256 (where the early end is checked): the classes
    /// present are those of the bytes one by one, and a letter pair where two bytes in a row are ASCII letters. Half
    /// the texts are letters and digits only (a pair in one text of a few, anywhere); the others any byte.
    @Test("classes present are those of each byte", arguments: 0..<120)
    func presentIsTheUnionOfEachBytesClasses(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let length = seed % 60 < 30 ? seed % 60 : 250 + Int(generator.next() % 40)
        let alphabet = Array("abcXYZ0123456789-. ".utf8)
        let bytes: [UInt8] = (0..<length).map { _ in
            seed < 60 ? UInt8(truncatingIfNeeded: generator.next()) : alphabet[Int(generator.next() % 19)]
        }
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        var expected = bytes.reduce(ByteClasses()) { $0.union(.of($1)) }
        if zip(bytes, bytes.dropFirst()).contains(where: { isLetter($0) && isLetter($1) }) {
            expected.insert(.letterPair)
        }
        #expect(bytes.withUnsafeBufferPointer { ByteClasses.present(in: $0) } == expected, "seed \(seed)")
    }

    /// A detector that runs on every buffer, whatever its wrapped detector's prefilter says.
    private struct Unfiltered: Detector {
        let base: any Detector
        var descriptor: DetectorDescriptor { base.descriptor }
        var prefilter: Prefilter { .always }
        func detect(
            in text: UnsafeBufferPointer<UInt8>, scratch: inout DetectionScratch, report: (Finding) -> Void
        ) throws(RedactionError) {
            try base.detect(in: text, scratch: &scratch, report: report)
        }
    }

    /// Every built-in detector finds through its prefilter what it finds run on every buffer: generated records, and
    /// the forms a prefilter of letter pairs must not miss (a one-letter Iberian street type before a name without
    /// two ASCII letters in a row, a `Name <address>` header of such names, city names with non-ASCII letters only
    /// between single ASCII ones) beside timestamps and codes without pairs.
    @Test func prefiltersHideNoFinding() throws {
        var texts = [
            "C/ A'b 5", "R. A'b 12", "C/ Ño 5", "A'b C'd <1@2>", "Iğdır", "Cúa", "Bălţi 3", "2025-06-26T21:43:34Z",
            "0x8007045D", "a at b dot co", "j @ c . io", "j＠c．ｃｏｍ", "10.0.22631.4521",
        ]
        var records = SupportCaseGenerator(seed: 47)
        for _ in 0..<150 {
            let record = records.next()
            texts += [record.line] + record.planted.map(\.value) + record.decoys.map(\.value)
        }
        var found = 0
        for detector in try BuiltInDetectors.all() {
            let filtered = DetectorSet([detector]), unfiltered = DetectorSet([Unfiltered(base: detector)])
            for (number, text) in texts.enumerated() {
                let expected = try unfiltered.findings(in: text)
                found += expected.count
                // Ranges and kinds only: never print the text.
                #expect(try filtered.findings(in: text) == expected, "\(detector.descriptor.id) text #\(number)")
            }
        }
        #expect(found > 300)
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
