import Redaction
import RedactionTestSupport
import Testing

@Suite("Postal code detector")
struct PostalCodeDetectorTests {
    private func redact(_ text: String) throws -> String {
        try Redactor(detectors: DetectorSet([try BuiltInDetectors.postalCode()])).redact(text)
    }

    @Test("a postal code after a label (only the code)", arguments: [
        ("ZIP 98052", "ZIP [LOCATION]"),
        ("zip: 98052-6399 on file", "zip: [LOCATION] on file"),
        ("Postcode: SW1A 1AA", "Postcode: [LOCATION]"),
        ("post code M1 1AE", "post code [LOCATION]"),
        ("Postal code K1A 0B1", "Postal code [LOCATION]"),
        ("PLZ 10115", "PLZ [LOCATION]"),
        ("Postleitzahl: 8001", "Postleitzahl: [LOCATION]"),
        ("code postal 75002", "code postal [LOCATION]"),
        ("CP 28013 Madrid", "CP [LOCATION] Madrid"),
        ("código postal 28013", "código postal [LOCATION]"),
        ("CEP: 01310100", "CEP: [LOCATION]"),
        ("郵便番号 100-0005", "郵便番号 [LOCATION]"),
        ("郵便番号:100-0005", "郵便番号:[LOCATION]"),
        ("郵便番号：100-0005", "郵便番号：[LOCATION]"),
    ])
    func labelled(text: String, expected: String) throws {
        expectSameText(try redact(text), expected)
    }

    /// The documented `CEP 01310-100`: the hyphenated forms are tried before the bare five digits.
    @Test func brazilianCEPWithHyphenIsFoundWhole() throws {
        let redacted = try redact("CEP 01310-100")
        expectSameText(redacted, "CEP [LOCATION]")
    }

    @Test("a code after the Japanese postal mark", arguments: [
        ("〒100-0005 東京都千代田区", "[LOCATION] 東京都千代田区"),
        ("住所：〒 530-0001", "住所：[LOCATION]"),
        ("〒１００－０００５", "[LOCATION]"),
    ])
    func japaneseMark(text: String, expected: String) throws {
        expectSameText(try redact(text), expected)
    }

    @Test("state and ZIP after a US city", arguments: [
        ("Springfield, IL 62704", "Springfield, [LOCATION]"),
        ("lives in Redmond, WA 98052-6399 now", "lives in Redmond, [LOCATION] now"),
        ("Austin,TX 73301", "Austin,[LOCATION]"),
    ])
    func usStateZip(text: String, expected: String) throws {
        expectSameText(try redact(text), expected)
    }

    @Test("bare numbers and unlabelled codes stay", arguments: [
        "order 98052 shipped",
        "error 10115 again",
        "amount 75002 EUR",
        "98052",
        "ticket 01310-100",
        "call 100-0005",
        "springfield, IL 62704",
        "ratio, IL 62704",
        "Springfield IL 62704",
        "Springfield, XX 62704",
        "Springfield, IL 627041",
        "ZIP file 12345 bytes",
        "zipcode unknown",
        "PLZ unbekannt",
    ])
    func notPostalCodes(text: String) throws {
        expectSameText(try redact(text), text)
    }

    @Test func confidenceFollowsTheRule() throws {
        let set = DetectorSet([try BuiltInDetectors.postalCode()])
        #expect(try set.findings(in: "ZIP 98052").map(\.confidence) == [0.85])
        #expect(try set.findings(in: "〒100-0005").map(\.confidence) == [0.9])
        #expect(try set.findings(in: "Springfield, IL 62704").map(\.confidence) == [0.85])
    }

    @Test func findsItsOwnExample() throws {
        let detector = try BuiltInDetectors.postalCode()
        let findings = try DetectorSet([detector]).findings(in: detector.descriptor.example)
        #expect(!findings.isEmpty)
    }
}
