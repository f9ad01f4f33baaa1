import Redaction
import Testing

@Suite("CREDIT_CARD detector")
struct CreditCardDetectorTests {
    static let detector = try! BuiltInDetectors.creditCard()

    /// Published test numbers of every network, in every printed layout.
    static let positives: [MarkedText] = [
        "card «4111111111111111» exp 12/25",
        "Visa «4111 1111 1111 1111» on file",
        "Visa «4111-1111-1111-1111» on file",
        "Visa 13 digits «4222222222222»",
        "Visa 19 digits «4917610000000000003»",
        "\"pan\":\"«4012888888881881»\"",
        "Mastercard «5555555555554444»",
        "MC «5105 1051 0510 5100» declined",
        "2-series «2223003122003222»",
        "2-series grouped «2221 0000 0000 0009»",
        "2-series top «2720999999999996»",
        "Amex «3782 822463 10005» charged",
        "Amex compact «378282246310005»",
        "Amex «371449635398431»",
        "Discover «6011111111111117»",
        "Discover «6011 0009 9013 9424»",
        "Discover 644 «6445644564456445»",
        "JCB «3530111333300000»",
        "JCB «3566-0020-2036-0505»",
        "Diners «30569309025904»",
        "Diners «3056 930902 5904»",
        "Diners «38520000023237» and «36227206271667»",
        "UnionPay «6200000000000005»",
        "UnionPay 19 «6205500000000000004»",
        "Maestro «6759649826438453»",
        "Maestro 19 «6799990100000000019»",
        "Mir «2200 0000 0000 0004»",
        "no-break spaces «4111\u{00A0}1111\u{00A0}1111\u{00A0}1111»",
        "spaced dashes «4111 - 1111 - 1111 - 1111»",
        "mixed separators «4111 1111-1111 1111» in 4-4-4-4",
        "CVV after it «4111 1111 1111 1111» 123",
        "expiry after it «5555 5555 5555 4444» 12 25",
        "csv row 2,«4111111111111111»,«5555555555554444»,ok",
        "Card:«4111111111111111».",
        "qty 2 «4111111111111111»",
        "(«6011-1111-1111-1117»)",
    ]

    /// Look-alikes: checksum failures, identifiers without a card prefix, digits inside longer structures.
    static let decoys: [MarkedText] = [
        "Luhn-invalid 4111111111111112",
        "Luhn-invalid grouped 4111 1111 1111 1112",
        "Luhn-invalid Mastercard 5555 5555 5555 4445",
        "Amazon order 112-1234567-1234567",
        "case number 120012345678901",
        "case number 2024011512345678",
        "ticket 1000000000000017",
        "timestamp ms 1705314600000",
        "timestamp us 1705314600000000",
        "call +1 415 555 0100",
        "international +4915112345678",
        "IBAN DE89 3704 0044 0532 0130 00",
        "IBAN GB82 WEST 1234 5698 7654 32",
        "IBAN FR14 2004 1010 0505 0001 3M02 606",
        "GUID 6f9619ff-8b86-d011-b42d-00c04fc964ff",
        "GUID 41111111-1111-1111-1111-111111111111",
        "USPS 9400 1000 0000 0000 0000 00",
        "USPS 9400100000000000000000",
        "UPS 1Z999AA10123456784",
        "FedEx 7489 2310 3456 7890",
        "score 0.4111111111111111",
        "hash a4111111111111111b",
        "20 digits 41111111111111111111",
        "12 digits 411111111111",
        "Amex prefix, 16 digits 3782822463100056",
        "Visa prefix, 15 digits 411111111111116",
        "seven groups 4111 1111 1111 1111 1111 1111 1111",
        "after a dash run 123-4111111111111111",
        "account 1234 5678 9012 3456",
        "masked 4111 **** **** 1111",
        "already redacted [CREDIT_CARD]",
    ]

    @Test("finds card numbers", arguments: positives)
    func findsCards(sample: MarkedText) { expectFindings(of: Self.detector, in: sample) }

    @Test("ignores look-alikes", arguments: decoys)
    func ignoresDecoys(sample: MarkedText) { expectFindings(of: Self.detector, in: sample) }

    @Test func confidence() throws {
        let whole = try DetectorSet([Self.detector]).findings(in: "pay with 2221000000000009 today")
        #expect(whole.map(\.confidence) == [0.95])
        let trimmed = try DetectorSet([Self.detector]).findings(in: "pay with 4111 1111 1111 1111 123 today")
        #expect(trimmed.map(\.confidence) == [0.9])
    }

    @Test func safeOnInvalidUTF8() throws {
        var bytes = Array("x ".utf8) + [0xFF, 0xC3] + Array(" 4111 1111 1111 1111 ".utf8) + [0x80, 0xFE]
        #expect(try DetectorSet([Self.detector]).findings(in: bytes).count == 1)
        bytes = [0xC2, 0x34, 0x31, 0x31, 0x31, 0xC2, 0xA0, 0xE2, 0x80] + Array("1111111111111111".utf8) + [0xC2]
        _ = try DetectorSet([Self.detector]).findings(in: bytes)
    }
}
