@testable import Redaction
import RedactionTestSupport
import Testing

@Suite("City detector")
struct CityDetectorTests {
    private func redact(_ text: String) throws -> String {
        try Redactor(detectors: DetectorSet([try BuiltInDetectors.city()])).redact(text)
    }

    @Test("city names from the gazetteer", arguments: [
        ("Users in Seattle are affected", "Users in [LOCATION] are affected"),
        ("our office in Frankfurt am Main.", "our office in [LOCATION]."),
        ("customer from São Paulo reported it", "customer from [LOCATION] reported it"),
        ("customer from Sao Paulo reported it", "customer from [LOCATION] reported it"),
        ("flights to Rio de Janeiro were cancelled", "flights to [LOCATION] were cancelled"),
        ("the team in New York City", "the team in [LOCATION]"),
        ("Düsseldorf, Köln und Zürich", "[LOCATION], [LOCATION] und [LOCATION]"),
        ("bureau de Lyon fermé", "bureau de [LOCATION] fermé"),
        ("Visit Berlin next week", "Visit [LOCATION] next week"),
        ("Meeting moved. Berlin office closed", "Meeting moved. [LOCATION] office closed"),
        ("Location: Toronto", "Location: [LOCATION]"),
    ])
    func latin(text: String, expected: String) throws {
        expectSameText(try redact(text), expected)
    }

    @Test("Japanese city names", arguments: [
        ("札幌で障害が発生しました。", "[LOCATION]で障害が発生しました。"),
        ("横浜市の顧客から連絡", "[LOCATION]の顧客から連絡"),
        ("名古屋と京都の拠点", "[LOCATION]と[LOCATION]の拠点"),
    ])
    func japanese(text: String, expected: String) throws {
        expectSameText(try redact(text), expected)
    }

    @Test("names that are also words, after a preposition of place", arguments: [
        ("Users in Reading are affected", "Users in [LOCATION] are affected"),
        ("le bureau de Nice est fermé", "le bureau de [LOCATION] est fermé"),
        ("Umzug nach Essen geplant", "Umzug nach [LOCATION] geplant"),
        ("a customer from Bath", "a customer from [LOCATION]"),
    ])
    func ambiguous(text: String, expected: String) throws {
        expectSameText(try redact(text), expected)
    }

    @Test("common words, lower case and longer proper nouns stay", arguments: [
        "Reading the logs now",
        "nice weather today",
        "Nice to meet you",
        "Essen ist fertig",
        "Tours are cancelled",
        "the Paris Agreement was signed",
        "we stayed at Hotel Berlin",
        "the Berlin Wall fell",
        "we called Contoso Dublin support",
        "the Seattle Seahawks won",
        "lowercase paris and seattle",
        "PARIS and SEATTLE in capitals",
    ])
    func notCities(text: String) throws {
        expectSameText(try redact(text), text)
    }

    @Test func findsItsOwnExample() throws {
        let detector = try BuiltInDetectors.city()
        let findings = try DetectorSet([detector]).findings(in: detector.descriptor.example)
        #expect(!findings.isEmpty)
    }

    /// The detector runs only on text with two ASCII letters in a row or a non-ASCII byte (``ByteClasses/letterPair``):
    /// every name of the gazetteer must have one or the other (`Iğdır` and `Cúa` have only the second).
    @Test func everyNameHasALetterPairOrANonASCIIByte() {
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
        let names = (CityGazetteer.latinNames + "|" + CityGazetteer.ambiguousNames).split(separator: "|")
            .map { Array($0.utf8) }
        #expect(names.count > 10_000)
        let without = names.filter { name in
            !name.contains { $0 >= 0x80 } && !zip(name, name.dropFirst()).contains { isLetter($0) && isLetter($1) }
        }
        #expect(without.isEmpty, "\(without.count) names")
    }
}
