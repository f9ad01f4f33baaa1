@testable import Redaction
import Testing

@Suite("PHONE detector")
struct PhoneDetectorTests {
    static let detector = try! BuiltInDetectors.phone()

    static let positives: [MarkedText] = [
        // E.164 and international forms
        "call «+14155550100» now",
        "Phone: «+1 (415) 555-0100»",
        "London office «+44 20 7946 0958»",
        "UK «+44 (0)20 7946 0958» main line",
        "Berlin «+49 30 901820»",
        "Telefon: «+49 151 12345678»",
        "Paris «+33 1 23 45 67 89»",
        "Tokyo «+81 3-1234-5678»",
        "«+91 98765 43210» (Mumbai)",
        "São Paulo «+55 11 91234-5678»",
        "dotted «+1.415.555.0100»",
        "tel:«+14155550100»",
        "\"phone\":\"«+44 20 7946 0958»\"",
        "dial «0044 20 7946 0958» from abroad",
        // A list a phone word opens: each number links to the one before it (also once that one is a token).
        "Llamé al «941 856 878», al «941 856 879» y al «941 856 880».",
        "call me on [PHONE], or «941 856 879»",
        "call «941 856 878» / «941 856 879» / «941 856 870» / «941 856 871»",
        "«+1 415 555 0100» 2 items on hold",
        "Phone «+44 20 7946 0958» at 12:30",
        // North American
        "«(415) 555-0100»",
        "reach «415-555-0100» today",
        "«415.555.0100»",
        "toll free «1-800-555-0199»",
        "desk «415-555-0100 x204»",
        "«+1 415 555 0100 ext. 12»",
        "«(415) 555-0100 #123»",
        "Two: «415-555-0100», «415-555-0101»",
        // trunk-prefixed national forms
        "London «020 7946 0958» switchboard",
        "mobile «07700 900123»",
        "Zentrale «030 901820»",
        "«(030) 90182-0»",
        "Tel. «030/901820»",
        "Handy «0151 12345678»",
        "«01 23 45 67 89»",
        "portable «06.12.34.56.78»",
        "«03-1234-5678»",
        "携帯 «090-1234-5678»",
        "電話«03-1234-5678»",
        "«098765 43210»",
        // Brazil
        "«(11) 91234-5678»",
        "celular «11 91234-5678»",
        // only with a phone word
        "Tel.: «555-0100»",
        "phone: «98765 43210»",
        "call me at «4155550100»",
        "mobile «9876543210»",
        "cell «415 555 0100»",
        "Fax: «1 800 555 0199»",
        "TEL «03(1234)5678»",
        // localized phone wording before the number
        "Our on-site contact can be reached at «98765 43210» after 17:31.",
        "Best number to reach me is «98765-43210».",
        "Am besten erreichen Sie mich unter «98765 43210».",
        "Rückruf bitte unter «11 3456-7890», ich bin selten am Platz.",
        "Merci de me rappeler au «98765 43210», je suis rarement à mon bureau.",
        "Notre contact sur site est joignable au «612 345 678» après 14h30.",
        "Client appelé au «11 3456-7890», messagerie.",
        "Por favor, llámenme al «612 345 678», casi nunca estoy en mi mesa.",
        "El mejor número para localizarme es el «91 234 56 78».",
        "Nuestro contacto en la oficina está disponible en el «612 34 56 78» a partir de las 9:00.",
        "Llamé al cliente al «912 345 678», buzón de voz.",
        "Por favor, me liguem no «11 3456-7890», quase nunca estou na mesa.",
        "O melhor número para falar comigo é «21 3456-7890».",
        "Liguei para o cliente no «98765 43210», caixa postal.",
        "折り返しは«612 345 678»までお願いいたします。",
        "mon numéro : «98765 43210»",
        "mi número es el «612 345 678»",
        // verb-last wording after the number, CJK text glued on both sides
        "Ansprechpartner ist ab 17:50 unter «612 345 678» erreichbar.",
        "Kunde unter «98765 43210» angerufen, Mailbox.",
        "«98765 43210»に架電、留守電。",
        "日中は«11 3456-7890»にお電話ください。",
        "現地担当者には03:22以降«090(1234)5678»で連絡がつきます。",
        "エラー0x80070005を確認。«045(123)4567»に架電、留守電。",
        "折り返しは«02.61.91.19.61»までお願いいたします。",
        // signature position: alone on a line (or in a `|` cell) after a letter closing
        "Best regards,\nJane Example\n«98765 43210»",
        "\"Saludos,\\nAna Ejemplo\\n«612 345 678»\",\"internal_notes\":[]",
        "Atenciosamente,\nJoão Exemplo\n«11 3456-7890»",
        "Regards,\nJane Example | «98765 43210» | jane@example.com",
        "Mit freundlichen Grüßen\nErika Mustermann\n«0151-12345678»",
        "よろしくお願いいたします。\nサンプル株式会社\n山田 太郎\n«98765 43210»",
        // structured forms without any word
        "«0151-12345678»",
        "«030-12345678»",
        "«03(1234)5678»",
        "«090(1234)5678»",
    ]

    static let decoys: [MarkedText] = [
        // A list link needs a number and a short gap before it: spaced digits after words are not in a list.
        "the batch held 941 856 878 rows, then 941 856 879",
        "released 2024-01-15",
        "am 15.01.2024 geliefert",
        "due 01/15/2024",
        "2024/01/15",
        "at 12:30:45",
        "2024-01-15T10:30:00Z",
        "epoch 1705314600",
        "version 10.0.19041.1",
        "Windows 6.1.7601",
        "total $1,234,567.89",
        "1.234.567,89 €",
        "3F2504E0-4F89-11D3-9A0C-0305E82C3301",
        "install KB5034441",
        "see KB 890830",
        "error 0x80070005",
        "stop 0xC000021A",
        "SKU-4711-0815",
        "order 112-4567890-1234567",
        "Invoice 0151 12345678",
        "host 192.0.2.1",
        "192.0.2.1:8080 and localhost:8443",
        "case 120012345678901",
        "card 4111 1111 1111 1111",
        "card 5555-5555-5555-4444",
        "ISBN 978-3-16-148410-0",
        "ISBN 0-306-40615-2",
        "Redmond, WA 98052-6399",
        "Boston, MA 02134-1234",
        "load 45.5%",
        "Build 22631.3007",
        "range 1000-2000",
        "ports 8080-8090",
        "at 47.6205, -122.3493",
        "+47.6205, -122.3493",
        "UTC+05:30",
        "05 01 2024 10 30",
        "open 0800 1700",
        "call on 2024-01-15",
        "phone firmware 10.0.19041.1",
        "tel 1705314600",
        "+12345678 rows",
        "+28 1234 5678",
        "phone case 4111 1111 1111 1111",
        "call 192.168.100.200",
        "SR 1-2345678901",
        "Order No.: 415-555-0100",
        "phone 1000-2000",
        "processed 250 300 4000 items",
        // a phone number never starts inside a longer run of digit groups (Luhn-invalid serial numbers)
        "The serial number on the unit is 5104 0473 9278 2014.",
        "O número de série do equipamento é 4330 0440 8319 0098.",
        "Die Seriennummer des Geräts lautet 4847 0185 5705 7093.",
        "本体のシリアル番号は4706 0060 1500 9720です。",
        "serial 1234\u{A0}0473 9278 2014",
        // phone-shaped numbers without any evidence
        "se procesaron 612 345 678 registros",
        "Le numéro de commande est 98765 43210.",
        "El número de serie es 612 345 678.",
        "Total:\n612 345 678\n",
        "Ich hatte bereits Fall 46381857 eröffnet.",
        // evidence, but not a phone number
        "we reached 1 234 567 users",
        "Llamé 12 345 678 veces",
        "Best regards,\nJane Example\n2024-01-15",
        "Best regards,\nJane Example\n10.0.19041.1",
        "Saludos,\nAna\n12345",
        "Regards,\nJane Example | build 22631.3007 | jane@example.com",
        "unter 14:30:15 erreichbar",
        "2025/02/10に発送済み。連絡します",
        "Invoice 0151-12345678",
        "Order 030-12345678",
        "ケース 12345678と同じ。連絡ください",
    ]

    @Test("finds phone numbers", arguments: positives)
    func findsPhoneNumbers(sample: MarkedText) { expectFindings(of: Self.detector, in: sample) }

    @Test("ignores look-alikes", arguments: decoys)
    func ignoresDecoys(sample: MarkedText) { expectFindings(of: Self.detector, in: sample) }

    @Test("confidence follows the evidence", arguments: [
        ("call +1 415 555 0100", 0.9),
        ("0044 20 7946 0958", 0.8),
        ("(415) 555-0100", 0.8),
        ("415.555.0100", 0.7),
        ("phone 415.555.0100", 0.8),
        ("020 7946 0958", 0.75),
        ("Tel. 020 7946 0958", 0.85),
        ("phone: 98765 43210", 0.6),
    ])
    func confidence(text: String, expected: Double) throws {
        let findings = try DetectorSet([Self.detector]).findings(in: text)
        #expect(findings.count == 1)
        #expect(abs((findings.first?.confidence ?? 0) - expected) < 0.001)
    }

    @Test func safeOnInvalidUTF8() throws {
        var bytes = Array("tel ".utf8) + [0xFF, 0xC3] + Array("+44 20 7946 0958 ".utf8) + [0x80, 0xFE]
        let findings = try DetectorSet([Self.detector]).findings(in: bytes)
        #expect(findings.map(\.range) == [6..<22])
        bytes = [0xC2, 0x2B, 0x31, 0xA0, 0x34, 0x31, 0x35, 0xC2, 0xA0, 0x35, 0x35, 0x35, 0xFF, 0x30, 0x31, 0x30, 0x30]
        _ = try DetectorSet([Self.detector]).findings(in: bytes)
    }

    /// Long runs of digit groups must neither backtrack deeply nor overflow the JIT stack (this threw
    /// `matchLimitExceeded` before group counts were bounded).
    @Test("long group runs scan without hitting limits", arguments: [
        ("+", "1 "), ("+", "1-("), ("", "1 "), ("tel ", "12 "), ("0", "1 "), ("tel ", "12(34)"), ("0044", " 1"),
    ])
    func longRuns(prefix: String, unit: String) throws {
        let text = prefix + String(repeating: unit, count: 50_000)
        _ = try DetectorSet([Self.detector]).findings(in: text)
    }

    @Test func noBreakSpaceSeparators() throws {
        let findings = try DetectorSet([Self.detector]).findings(in: "Tel +33\u{A0}1\u{A0}23\u{A0}45\u{A0}67\u{A0}89")
        #expect(findings.map(\.range) == [4..<26])
    }
}
