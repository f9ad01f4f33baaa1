@testable import Redaction
import Testing

@Suite("PaymentCardBrand")
struct PaymentCardBrandTests {
    @Test("recognises networks by prefix and length", arguments: [
        ("4111111111111111", "Visa"), ("4222222222222", "Visa"), ("4917610000000000003", "Visa"),
        ("5555555555554444", "Mastercard"), ("2221000000000009", "Mastercard"), ("2720999999999996", "Mastercard"),
        ("378282246310005", "American Express"), ("341111111111111", "American Express"),
        ("6011111111111117", "Discover"), ("6445644564456445", "Discover"), ("6500123456789017", "Discover"),
        ("30569309025904", "Diners Club"), ("36227206271667", "Diners Club"), ("38520000023237", "Diners Club"),
        ("3530111333300000", "JCB"), ("3589000000000003", "JCB"), ("6200000000000005", "UnionPay"),
        ("2200000000000004", "Mir"), ("6759649826438453", "Maestro"), ("5019717010103742", "Maestro"),
        ("5612345678901", "Maestro"), ("4111 1111 1111 1111", "Visa"),
    ])
    func recognises(number: String, brand: String) {
        #expect(PaymentCardBrand.brand(of: Array(number.utf8))?.name == brand)
    }

    @Test("rejects unknown prefixes and wrong lengths", arguments: [
        "1000000000000017", "2024011512345678", "2220999999999999", "2721000000000000", "7489231034567890",
        "9400100000000000", "411111111111116", "41111111111111", "3782822463100056", "55555555555544", "3000",
        "353011133330000", "",
    ])
    func rejects(number: String) { #expect(PaymentCardBrand.brand(of: Array(number.utf8)) == nil) }

    /// Every first four digits (0000 through 9999) at every length from 4 to 24 digits: the network found is the
    /// first of `all` whose length list holds the length and one of whose prefixes, each of its own number of
    /// digits, is the number's first digits (the definition, tried network by network).
    @Test func agreesWithTryingEveryNetworksPrefixes() {
        var compared = 0, found = 0
        for leading in 0...9999 {
            let head = [leading / 1000, leading / 100 % 10, leading / 10 % 10, leading % 10].map { UInt8(0x30 + $0) }
            for length in 4...24 {
                let number = head + Array(repeating: UInt8(ascii: "7"), count: length - 4)
                let expected = PaymentCardBrand.all.first { brand in
                    guard brand.lengths.contains(length) || brand.otherLengths.contains(length) else { return false }
                    return zip(brand.prefixes, brand.prefixDigits).contains { range, digits in
                        range.contains(Int(String(decoding: head.prefix(digits), as: UTF8.self))!)
                    }
                }
                let brand = PaymentCardBrand.brand(of: number)
                compared += 1
                if brand != nil { found += 1 }
                #expect(brand == expected, "prefix \(leading), length \(length)")
                #expect(PaymentCardBrand.hasBrand(number) == (expected != nil), "prefix \(leading), length \(length)")
            }
        }
        #expect(compared == 210_000 && found > 10_000)
    }
}
