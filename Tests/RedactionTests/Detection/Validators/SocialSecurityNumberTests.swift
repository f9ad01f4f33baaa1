import Redaction
import Testing

@Suite("SocialSecurityNumber")
struct SocialSecurityNumberTests {
    @Test("accepts issuable numbers", arguments: [
        "123-45-6789", "001-01-0001", "899-99-9999", "665-12-3456", "667-12-3456", "734-11-2222", "123456789",
        "123 45 6789",
    ])
    func valid(number: String) { #expect(SocialSecurityNumber.isValid(Array(number.utf8))) }

    @Test("rejects impossible numbers", arguments: [
        "000-12-3456", "666-12-3456", "900-12-3456", "999-99-9999", "123-00-4567", "123-45-0000", "12345678",
        "1234567890", "",
    ])
    func invalid(number: String) { #expect(!SocialSecurityNumber.isValid(Array(number.utf8))) }

    @Test func fieldBoundaries() {
        #expect(SocialSecurityNumber.isValid(area: 1, group: 1, serial: 1))
        #expect(!SocialSecurityNumber.isValid(area: 0, group: 1, serial: 1))
        #expect(!SocialSecurityNumber.isValid(area: 900, group: 1, serial: 1))
        #expect(!SocialSecurityNumber.isValid(area: 666, group: 1, serial: 1))
        #expect(!SocialSecurityNumber.isValid(area: 1, group: 0, serial: 1))
        #expect(!SocialSecurityNumber.isValid(area: 1, group: 100, serial: 1))
        #expect(!SocialSecurityNumber.isValid(area: 1, group: 1, serial: 0))
        #expect(!SocialSecurityNumber.isValid(area: 1, group: 1, serial: 10_000))
    }
}
