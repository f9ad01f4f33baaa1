@testable import Redaction
import RedactionTestSupport
import SyntheticData
import Testing

/// Rules searched around an anchor byte (``PatternRule/anchor``) must find exactly what a search from every position
/// finds: the anchor's lead bytes and limits are read off each pattern, and a wrong one loses or moves matches.
@Suite("Anchored pattern rules")
struct MatchAnchorTests {
    private static func start(_ text: String, anchor: MatchAnchor, at index: Int, floor: Int = 0) -> Int? {
        Array(text.utf8).withUnsafeBufferPointer { anchor.earliestStart(before: index, in: $0, floor: floor) }
    }

    @Test func earliestStartWalksBackOverLeadBytesWithinTheLimits() {
        let digitsThenDot = MatchAnchor(byte: UInt8(ascii: "."), lead: 0x30...0x39, minimumLead: 1, maximumLead: 3)
        #expect(Self.start("a12.3", anchor: digitsThenDot, at: 3) == 1)
        #expect(Self.start("12345.6", anchor: digitsThenDot, at: 5) == 2)  // at most three digits
        #expect(Self.start("ab.c", anchor: digitsThenDot, at: 2) == nil)  // fewer than one
        #expect(Self.start("123.4", anchor: digitsThenDot, at: 3, floor: 2) == 2)  // never before the floor
        #expect(Self.start("123.4", anchor: digitsThenDot, at: 3, floor: 3) == nil)
        let threeDigits = MatchAnchor(byte: UInt8(ascii: "-"), lead: 0x30...0x39, minimumLead: 3, maximumLead: 3)
        #expect(Self.start("x12-45", anchor: threeDigits, at: 3) == nil)
        #expect(Self.start("x123-45", anchor: threeDigits, at: 4) == 1)
        let unbounded = MatchAnchor(byte: UInt8(ascii: "@"), lead: Array("abc.".utf8), minimumLead: 1)
        #expect(Self.start(" abc.cab@x", anchor: unbounded, at: 8) == 1)
        #expect(Self.start("abc@x", anchor: unbounded, at: 3) == 0)
    }

    @Test func nextFindsTheAnchorByteFromAnOffset() {
        let at = MatchAnchor(byte: UInt8(ascii: "@"), lead: [], minimumLead: 0)
        Array("a@b@c".utf8).withUnsafeBufferPointer { text in
            #expect(at.next(in: text, from: 0) == 1)
            #expect(at.next(in: text, from: 2) == 3)
            #expect(at.next(in: text, from: 4) == nil)
            #expect(at.next(in: text, from: 5) == nil)
        }
    }

    /// The built-in detectors with an anchored rule, and copies of them searching every position.
    private static func anchoredDetectors() throws -> [(anchored: PatternDetector, plain: PatternDetector)] {
        try (BuiltInDetectors.all().compactMap { $0 as? PatternDetector } + [PersonContextDetector().japanese])
            .filter { $0.rules.contains { $0.anchor != nil } }
            .map { detector in
                let plain = PatternDetector(detector.descriptor, rules: detector.rules.map { rule in
                    var rule = rule
                    rule.anchor = nil
                    return rule
                })
                return (detector, plain)
            }
    }

    /// Texts made of the pieces the anchored patterns are built from (digits in runs of one to four, dots, dashes,
    /// `@`, local-part and domain words, hemisphere letters, signs, U+2212, two-byte letters, spaces, commas), so
    /// that anchors, their lead runs and the limits of those runs come in every arrangement.
    private static func pieces(seed: Int) -> String {
        var generator = SeededGenerator(seed: UInt64(seed))
        let pieces = [
            "1", "12", "123", "1234", "0", "255", ".", ".", "-", "-", "@", "@", " ", " ", ",", "jane", "j.doe", "x_y",
            "contoso", "com", "de", "N", "S", "E", "W", "+", "\u{2212}", "é", "ü", "%", "'", ":", "/", "a", "Z",
            "\u{00B0}", "mailto:", "<", ">", "\n", "case", "Case #", "ticket", "service request", "SR", "req", "n°",
            "Fall-Nr.", "お問い合わせ番号", "お問合せ番号", "ケース番号：", "Claim", "tracking id", "_", "#", "=",
            "佐藤", "花子", "鈴木拓也", "々", "様", "さん", "が承認", "から連絡", "にご連絡", "同僚の", "担当者：", "　",
            "タナカ", "ひろし", "。", "に", "\"", "\u{2032}", "º", "fe80", "db8", "::", "[", "]", "ffff", "%eth0",
            "/64", "a1b2",
        ]
        let count = 1 + Int(generator.next() % (seed % 5 == 0 ? 120 : 24))
        return (0..<count).map { _ in pieces[Int(generator.next() % UInt64(pieces.count))] }.joined()
    }

    @Test func anchoredRulesFindWhatASearchFromEveryPositionFinds() throws {
        let detectors = try Self.anchoredDetectors()
        let kinds = Set(detectors.map(\.anchored.descriptor.kind))
        #expect(kinds.isSuperset(of: [.email, .ipv4, .ipv6, .usSSN, .geoCoordinates, .caseNumber, .person]))
        var texts = (0..<3_000).map(Self.pieces(seed:))
        var records = SupportCaseGenerator(seed: 77)
        for _ in 0..<100 {
            let record = records.next()
            texts.append(record.line)
            texts += record.planted.map(\.value) + record.decoys.map(\.value)
        }
        texts += try BuiltInDetectors.all().map(\.descriptor.example)
        // Each anchor at the ends of its lead: the shortest local part, the longest lead before a coordinate's dot
        // (hemisphere, space, U+2212 and three digits), one to three digits before an address's first dot, three
        // digits before an SSN's first dash.
        texts += [
            "a@contoso.com", "mail b@fabrikam.de.", "x.y@contoso.com", "é@contoso.com", "S \u{2212}33.8688, 151.2093",
            "N 047.6062, W 122.3321", "S\u{2212}033.8688 E151.2093", "at \u{2212}33.8688, 151.2093 now",
            "N +47.6062 W -122.3321", "1.2.3.4", "10.20.30.40", "40°42'46.1\"N 74°00'21.6\"W",
            "at 1º2′3″S, 151°12'36\"E", "x 140°42'46.1\"N 74°00'21.6\"W", "NBSP\u{A0}12°34'56\"N 123°4'5\"E",
            "192.168.100.200", "ip 8.8.8.8:53", "ssn 123-45-6789", "x 078-05-1120 y",
            // Coordinates at the ends of the decimals' range (three and fifteen; sixteen is none), after another
            // dotted number, and a quad after a version.
            "at -12.345, 67.890 ok", "(1.234, 5.678)", "pos 47.123456789012345, -122.123456789012345",
            "pos 47.1234567890123456, -122.1234", "v1.2 at -12.345, 67.890", "4.1 at 10.0.0.1, 1.2.3.4",
            "999-12-1234 123-45-6789 123-45-67890",
            // IPv6 addresses led by a bracket, by long hex runs and by a key, and after clock times.
            "[2001:db8::1]:443", "x[fe80::1]", "2001:0db8:0000:0000:0000:ff00:0042:8329", "fe80::1%eth0",
            "2001:db8::/32", "::ffff:192.0.2.1", "addr:fe80::1", "at 12:30:45 from fe80::1ff:fe23:4567:890a",
            // Case words at the longest lead before their core (`お問い合わせ` before `番号`), next to each other and
            // right after another case number.
            "お問い合わせ番号：12345", "お問い合わせ番号 A-778", "case 12 case 13", "Ticket #55, SR 1234567 and REQ-9",
            "service request 4455 service request 4456", "Fall-Nr. 123 fall 4", "tracking id: ZX-99/7",
            // Japanese names of the longest form (four kanji, an ideographic space, five katakana) before the cue
            // that starts furthest after them, and after a relation word.
            "件は佐藤花子　タナカタナから連絡", "同僚の鈴木拓也が承認", "担当者：山田太郎さん", "佐藤様と鈴木様",
        ]
        var found = 0
        for (anchored, plain) in detectors {
            let anchoredSet = DetectorSet([anchored]), plainSet = DetectorSet([plain])
            for (number, text) in texts.enumerated() {
                let expected = try plainSet.findings(in: text)
                found += expected.count
                // Ranges and kinds only: never print the text.
                #expect(
                    try anchoredSet.findings(in: text) == expected,
                    "detector \(anchored.descriptor.id.rawValue), text #\(number)")
            }
        }
        #expect(found > 500)
    }
}
