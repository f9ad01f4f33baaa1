import Redaction
import Testing

@Suite("US_SSN detector")
struct USSSNDetectorTests {
    static let detector = try! BuiltInDetectors.usSSN()

    static let positives: [MarkedText] = [
        "SSN «123-45-6789» on file",
        "dashed without context «536-22-1234»",
        "lowest «001-01-0001»",
        "highest area «899-99-9999»",
        "around 666: «665-12-3456» and «667-12-3456»",
        "randomised area «773-12-3456»",
        "\"ssn\":\"«123-45-6789»\"",
        "(«123-45-6789»)",
        "tab\t«123-45-6789»\tnext",
        "ends the sentence «123-45-6789».",
        "SSNs «123-45-6789», «234-56-7890»",
        "SSN-«123-45-6789»",
        "SS# «536-22-1234»",
        "SSN «123-45-6789» phone 415-555-0100",
        "customer ssn: «123456789»",
        "Social Security Number «219 09 9999»",
        "Social security: «734 11 2222»",
        "soc sec «123.45.6789»",
        "social sec no «123456789»",
        "SOCIAL SECURITY NO. «123456789»",
        "ss no «123456789»",
        "SS#«123456789»",
        "social_security_number=«123456789»",
        "{\"customer_ssn\":\"«123456789»\"}",
        "customerSsn=«123456789»",
        "employee SSN (verified 2024-01-15): «123456789»",
        "SSN: «123456789», DOB on file",
    ]

    static let decoys: [MarkedText] = [
        "area 000: 000-12-3456",
        "area 666: 666-12-3456",
        "ITIN area 900-12-3456",
        "advertising 987-65-4321",
        "group 00: 123-00-4567",
        "serial 0000: 123-45-0000",
        "date 2024-01-15",
        "call 415-555-0100",
        "ZIP+4 98052-6399",
        "order 123456789",
        "longer dash run 123-45-6789-0",
        "longer dash run 1-123-45-6789",
        "glued to letters ABC123-45-6789",
        "part number PN-123-45-6789",
        "five digits first 12345-67-8901",
        "five digits last 123-45-67890",
        "SSN 000000000",
        "SSN 666123456",
        "SSN 1234567890",
        "ssn 12345678",
        "spaced without context 123 45 6789",
        "dotted without context 123.45.6789",
        "ISBN 978-0-306-40615-7",
        "masked SSN ***-**-6789",
        "already redacted SSN [US_SSN]",
        "SSN was not provided. The customer's reference is 123456789",
        "Assn. member 123456789",
        "classic ZIP+4 undashed 980526399",
    ]

    @Test("finds SSNs", arguments: positives)
    func findsSSNs(sample: MarkedText) { expectFindings(of: Self.detector, in: sample) }

    @Test("ignores look-alikes", arguments: decoys)
    func ignoresDecoys(sample: MarkedText) { expectFindings(of: Self.detector, in: sample) }

    @Test func confidence() throws {
        let set = DetectorSet([Self.detector])
        #expect(try set.findings(in: "id 123-45-6789").map(\.confidence) == [0.85])
        #expect(try set.findings(in: "SSN 123-45-6789").map(\.confidence) == [0.95])
        #expect(try set.findings(in: "SSN 123456789").map(\.confidence) == [0.9])
    }

    @Test func safeOnInvalidUTF8() throws {
        var bytes = Array("SSN ".utf8) + [0xFF, 0xC3, 0x20] + Array("123456789 ".utf8) + [0x80, 0xFE]
        #expect(try DetectorSet([Self.detector]).findings(in: bytes).count == 1)
        bytes = [0xC3] + Array("123-45-6789".utf8) + [0xE2, 0x80]
        #expect(try DetectorSet([Self.detector]).findings(in: bytes).count == 1)
    }
}
