import Redaction
import Testing

@Suite("Luhn")
struct LuhnTests {
    @Test("accepts valid numbers", arguments: [
        "4111111111111111", "5555555555554444", "378282246310005", "6011111111111117", "3530111333300000",
        "30569309025904", "4222222222222", "6205500000000000004", "79927398713", "0000000000000000", "18",
        "4111 1111 1111 1111", "4111-1111-1111-1111", "3782 822463 10005",
    ])
    func valid(number: String) { #expect(Luhn.isValid(Array(number.utf8))) }

    @Test("rejects invalid numbers", arguments: [
        "4111111111111112", "5555555555554445", "378282246310006", "79927398710", "4111 1111 1111 1112", "1", "",
        "abc", "19",
    ])
    func invalid(number: String) { #expect(!Luhn.isValid(Array(number.utf8))) }

    @Test func everySingleDigitErrorIsCaught() {
        let valid = Array("4012888888881881".utf8)
        for position in valid.indices {
            for digit in UInt8(ascii: "0")...UInt8(ascii: "9") where digit != valid[position] {
                var changed = valid
                changed[position] = digit
                #expect(!Luhn.isValid(changed))
            }
        }
    }
}
