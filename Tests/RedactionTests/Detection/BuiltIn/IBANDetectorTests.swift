import Redaction
import Testing

@Suite("IBAN detector")
struct IBANDetectorTests {
    static let detector = try! BuiltInDetectors.iban()

    /// Examples from the SWIFT IBAN registry, grouped and compact.
    static let positives: [MarkedText] = [
        "IBAN «DE89 3704 0044 0532 0130 00» please",
        "IBAN: «DE89370400440532013000»",
        "«GB82 WEST 1234 5698 7654 32»",
        "«GB29NWBK60161331926819»",
        "«FR14 2004 1010 0505 0001 3M02 606»",
        "«NL91 ABNA 0417 1643 00», thanks",
        "Belgium «BE68 5390 0754 7034» from the customer",
        "shortest: Norway «NO93 8601 1117 947»",
        "«CH93 0076 2011 6238 5295 7»",
        "«AT611904300234573201»",
        "«ES91 2100 0418 4502 0005 1332»",
        "«IT60 X054 2811 1010 0000 0123 456»",
        "«PL61 1090 1014 0000 0712 1981 2874»",
        "«LI21 0881 0000 2324 013A A»",
        "«MT84 MALT 0110 0001 2345 MTLC AST0 01S»",
        "longest: Saint Lucia «LC55 HEMM 0001 0001 0012 0012 0002 3015»",
        "Russia «RU02 0445 2560 0407 0281 0412 3456 7890 1»",
        "«QA58 DOHB 0000 1234 5678 90AB CDEF G»",
        "«SC18 SSCB 1101 0000 0000 0000 1497 USD»",
        "«BR18 0036 0305 0000 1000 9795 493C 1»",
        "«SA03 8000 0000 6080 1016 7519»",
        "«UA21 3223 1300 0002 6007 2335 6600 1»",
        "«XK05 1212 0123 4567 8906»",
        "lower case «de89 3704 0044 0532 0130 00»",
        "lower compact «gb82west12345698765432»",
        "\"iban\":\"«DE89370400440532013000»\"",
        "two: «BE68 5390 0754 7034» «BE68539007547034»",
        "iban=«NL91ABNA0417164300»&amount=10",
        "(«FI21 1234 5600 0007 85»)",
    ]

    static let decoys: [MarkedText] = [
        "wrong check digits DE88 3704 0044 0532 0130 00",
        "wrong check digits CH93 0076 2011 6238 5295 8",
        "wrong check digits NL91ABNA0417164301",
        "one short DE89 3704 0044 0532 0130 0",
        "one long DE89 3704 0044 0532 0130 001",
        "unknown country XX89 3704 0044 0532 0130 00",
        "not an IBAN country US64 SVBK US6S 3300 9673 86",
        "random AB12CDEF34GH56IJ78KL",
        "random GB12 ABCD 1234 5678 9012 34",
        "BIC DEUTDEFF",
        "BIC DEUTDEFF500",
        "BIC NWBKGB2L",
        "GUID de893704-0044-0532-0130-00abcdef1234",
        "trailing letter DE89370400440532013000X",
        "leading letter XDE89370400440532013000",
        "trailing digit DE893704004405320130001",
        "groups of three DE89 370 400 440 532 013 000",
        "dashes DE89-3704-0044-0532-0130-00",
        "double space DE89  3704 0044 0532 0130 00",
        "span id be12a3f4c5d6e7f8",
        "update KB5034441",
        "masked DE89 **** **** **** **30 00",
        "already redacted [IBAN]",
        "SKU AB12-3456-7890",
        "ISO code DE and postcode 89370",
    ]

    @Test("finds IBANs", arguments: positives)
    func findsIBANs(sample: MarkedText) { expectFindings(of: Self.detector, in: sample) }

    @Test("ignores look-alikes", arguments: decoys)
    func ignoresDecoys(sample: MarkedText) { expectFindings(of: Self.detector, in: sample) }

    @Test func confidenceIsHigh() throws {
        let findings = try DetectorSet([Self.detector]).findings(in: "IBAN DE89 3704 0044 0532 0130 00")
        #expect(findings.count == 1)
        #expect(findings.first?.confidence ?? 0 >= 0.95)
    }

    @Test func patternIsJITCompiled() throws {
        #expect(try BuiltInDetectors.iban().rules.allSatisfy(\.isJITCompiled))
    }

    @Test func safeOnInvalidUTF8() throws {
        var bytes = Array("x ".utf8) + [0xFF, 0xC3, 0x20] + Array("DE89370400440532013000 ".utf8) + [0x80, 0xFE]
        #expect(try DetectorSet([Self.detector]).findings(in: bytes).count == 1)
        bytes = [0xC3] + Array("DE89 3704 0044 0532 0130 00".utf8) + [0xE2, 0x80]
        _ = try DetectorSet([Self.detector]).findings(in: bytes)
    }
}
