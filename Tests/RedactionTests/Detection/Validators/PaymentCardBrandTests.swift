import Redaction
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
}
