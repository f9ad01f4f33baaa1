import Redaction
import Testing

@Suite("Near-miss detectors")
struct NearMissDetectorsTests {
    static let set = DetectorSet(try! NearMissDetectors.all())

    private func kinds(_ text: String) throws -> [String] { try Self.set.findings(in: text).map(\.kind.rawValue) }

    @Test func cardShapedNumbersFailingLuhn() throws {
        #expect(try kinds("card 4111 1111 1111 1112") == ["CARD_FAILING_LUHN"])
        #expect(try kinds("card 4111111111111111").isEmpty)  // valid: a finding, not a near miss
        #expect(try kinds("order 1234567890123456").isEmpty)  // no card network starts with 1
    }

    @Test func emailsWithUnknownTopLevelDomains() throws {
        #expect(try kinds("mail jane@contoso.notatld") == ["EMAIL_UNKNOWN_TLD"])
        #expect(try kinds("mail jane@contoso.com").isEmpty)
    }

    @Test func ibansFailingTheChecksum() throws {
        #expect(try kinds("IBAN DE89 3704 0044 0532 0130 01") == ["IBAN_FAILING_CHECKSUM"])
        #expect(try kinds("IBAN DE89 3704 0044 0532 0130 00").isEmpty)
    }
}
