@testable import Redaction
import Testing

@Suite("CountryCallingCodes")
struct CountryCallingCodesTests {
    static func digits(_ text: String) -> [UInt8] { text.utf8.map { $0 - UInt8(ascii: "0") } }

    @Test("code lengths", arguments: [
        ("14155550100", 1), ("74951234567", 1), ("442079460958", 2), ("4930901820", 2), ("551191234567", 2),
        ("35312345678", 3), ("8522123456", 3), ("97212345678", 3), ("2125221234", 3),
    ])
    func codeLength(number: String, expected: Int) {
        #expect(CountryCallingCodes.codeLength(of: Self.digits(number)) == expected)
    }

    @Test("spare codes are rejected", arguments: [
        "281234567", "801234567", "831234567", "8991234567", "0441234567", "9691234567", "42",
    ])
    func spareCodes(number: String) {
        #expect(CountryCallingCodes.codeLength(of: Self.digits(number)) == nil)
    }

    @Test("plausible numbers", arguments: [
        "14155550100", "442079460958", "4930901820", "33123456789", "81312345678", "919876543210", "5511912345678",
        "74951234567", "861012345678", "35312345678",
    ])
    func plausible(number: String) {
        #expect(CountryCallingCodes.isPlausibleInternational(Self.digits(number)))
    }

    @Test("implausible numbers", arguments: [
        "1234567",          // too short
        "12345678",         // +1 needs ten national digits
        "11155550100",      // NANP area code cannot start with 1
        "14151550100",      // NANP exchange cannot start with 1
        "4420794609581",    // UK national numbers have at most 10 digits
        "3312345678",       // French national numbers have 9 digits
        "2812345678",       // spare code
        "4930901820123456", // longer than E.164 allows
    ])
    func implausible(number: String) {
        #expect(!CountryCallingCodes.isPlausibleInternational(Self.digits(number)))
    }
}
