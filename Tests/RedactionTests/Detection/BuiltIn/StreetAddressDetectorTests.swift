import Redaction
import RedactionTestSupport
import Testing

@Suite("Street address detector")
struct StreetAddressDetectorTests {
    private func redact(_ text: String) throws -> String {
        try Redactor(detectors: DetectorSet([try BuiltInDetectors.streetAddress()])).redact(text)
    }

    // MARK: US, UK, Canada, Australia

    @Test("English-language streets", arguments: [
        ("ship to 7602 Elm Street, Apt 9 please", "ship to [STREET_ADDRESS] please"),
        ("ship to 221B Baker Street today", "ship to [STREET_ADDRESS] today"),
        ("office at 12 N. Main St. since May", "office at [STREET_ADDRESS] since May"),
        ("mail 1600 Pennsylvania Avenue NW tomorrow", "mail [STREET_ADDRESS] tomorrow"),
        ("moved to 48 Oak Lane last week", "moved to [STREET_ADDRESS] last week"),
        ("deliver to 901 Maple Drive, Suite 200", "deliver to [STREET_ADDRESS]"),
        ("at 15 5th Avenue #12", "at [STREET_ADDRESS]"),
        ("billing: 7602 Elm Street, Springfield, IL 62704", "billing: [STREET_ADDRESS]"),
        ("billing: 7602 Elm Street, Apt 9, Springfield, IL 62704-1234", "billing: [STREET_ADDRESS]"),
        ("ship to 221B Baker Street, London NW1 6XE", "ship to [STREET_ADDRESS]"),
        ("Flat 3, 10 Station Road, SW1A 1AA", "Flat 3, [STREET_ADDRESS]"),
    ])
    func english(text: String, expected: String) throws {
        expectSameText(try redact(text), expected)
    }

    // MARK: Germany, Austria, Switzerland

    @Test("German-language streets", arguments: [
        ("wohnt in der Goethestraße 22 seit Mai", "wohnt in der [STREET_ADDRESS] seit Mai"),
        ("Hauptstr. 5a, bitte klingeln", "[STREET_ADDRESS], bitte klingeln"),
        ("Berliner Straße 7", "[STREET_ADDRESS]"),
        ("Lindenallee 12-14", "[STREET_ADDRESS]"),
        ("Goethestraße 22, 10115 Berlin", "[STREET_ADDRESS]"),
        ("Schillerweg 3 in 80331 München", "[STREET_ADDRESS] in 80331 München"),
        ("Lieferadresse: Am Markt 70a, 10115 Berlin", "Lieferadresse: [STREET_ADDRESS]"),
        ("Anschrift: An der Alster 12", "Anschrift: [STREET_ADDRESS]"),
        ("Bitte nach Im Tal 3 liefern", "Bitte nach [STREET_ADDRESS] liefern"),
    ])
    func german(text: String, expected: String) throws {
        expectSameText(try redact(text), expected)
    }

    /// Every German street ending makes a compound street name (the endings are looked up by their last two bytes
    /// first, so each must be found through that table).
    @Test("every German street ending", arguments: [
        "straße", "strasse", "str.", "weg", "allee", "platz", "gasse", "ring", "damm", "ufer", "chaussee", "steig",
        "pfad", "graben", "kai",
    ])
    func germanEnding(ending: String) throws {
        expectSameText(try redact("Lieferung an Rosen\(ending) 12 bitte"), "Lieferung an [STREET_ADDRESS] bitte")
    }

    // MARK: France, Belgium

    @Test("French-language streets", arguments: [
        ("envoyé au 25 rue de la Paix hier", "envoyé au [STREET_ADDRESS] hier"),
        ("25 rue de la Paix, 75002 Paris", "[STREET_ADDRESS]"),
        ("au 3 bis avenue Victor Hugo", "au [STREET_ADDRESS]"),
        ("12, place de la République", "[STREET_ADDRESS]"),
        ("8 boulevard Saint-Germain", "[STREET_ADDRESS]"),
    ])
    func french(text: String, expected: String) throws {
        expectSameText(try redact(text), expected)
    }

    // MARK: Spain, Portugal, Brazil

    @Test("Spanish- and Portuguese-language streets", arguments: [
        ("enviar a Calle Mayor, 5, 3º A", "enviar a [STREET_ADDRESS]"),
        ("vive en Avenida de la Constitución, 120", "vive en [STREET_ADDRESS]"),
        ("en Gran Vía, 10 hoy", "en [STREET_ADDRESS] hoy"),
        ("Paseo de Gracia 43, 08007 Barcelona", "[STREET_ADDRESS]"),
        ("mora na Rua Sete de Setembro, 123, apto 501", "mora na [STREET_ADDRESS]"),
        ("Avenida Paulista, 1000", "[STREET_ADDRESS]"),
    ])
    func iberian(text: String, expected: String) throws {
        expectSameText(try redact(text), expected)
    }

    // MARK: Japan

    @Test("Japanese addresses", arguments: [
        ("住所は千代田区丸の内2丁目8-1です。", "住所は[STREET_ADDRESS]です。"),
        ("東京都港区六本木6-10-1に移転", "[STREET_ADDRESS]に移転"),
        ("大阪市北区梅田7-13-16", "[STREET_ADDRESS]"),
    ])
    func japanese(text: String, expected: String) throws {
        expectSameText(try redact(text), expected)
    }

    // MARK: deliberately not addresses

    @Test("street names without numbers, storage drives and German dates stay", arguments: [
        "the office on Main Street",
        "Main Street 5 minutes away",
        "rue de la Paix",
        "la rue de la Paix est fermée",
        "Goethestraße ohne Nummer",
        "Calle Mayor",
        "3 Google Drive folders were shared",
        "2 USB Drive units",
        "copied 4 Shared Drive files",
        "Am Montag 12 Uhr",
        "Bitte an Frau Weber weiterleiten. Am Montag 12 Uhr.",
        "Lieferung an Sie am Freitag; Am Freitag 10 Uhr kommt der Techniker",
        "Paket an uns, Am Markt 5 Uhr",
        "Treffen Am Markt 5",
        "P.O. Box 1234",
        "order 12345 shipped",
        "Windows 11 is installed",
        "2 Factor Authentication",
    ])
    func notAddresses(text: String) throws {
        expectSameText(try redact(text), text)
    }

    @Test func germanArticleFormHasLowerConfidence() throws {
        let set = DetectorSet([try BuiltInDetectors.streetAddress()])
        let article = try set.findings(in: "Adresse: Am Markt 70a")
        let typed = try set.findings(in: "Adresse: Goethestraße 22")
        #expect(article.map(\.confidence) == [0.75])
        #expect(typed.map(\.confidence) == [0.85])
    }

    @Test func findsItsOwnExample() throws {
        let detector = try BuiltInDetectors.streetAddress()
        let findings = try DetectorSet([detector]).findings(in: detector.descriptor.example)
        #expect(!findings.isEmpty)
    }
}
