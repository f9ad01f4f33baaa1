import Redaction
import RedactionTestSupport
import Testing

@Suite("Record-scoped propagation")
struct PropagationTests {
    static let detectors = try! DetectorSet.builtIn()

    private func redact(_ json: String, propagate: Bool = true) throws -> String {
        try redactedJSON(json, with: Redactor(detectors: Self.detectors, propagatesFieldValues: propagate))
    }

    @Test func namesFromFieldsAreFoundInFreeText() throws {
        expectSameText(
            try redact(#"{"customer":{"name":"Jane Doe"},"notes":["Hi Jane,","DOE said jane doe called","Janet and Janes stay"]}"#),
            #"{"customer":{"name":"[PERSON]"},"notes":["Hi [PERSON],","[PERSON] said [PERSON] called","Janet and Janes stay"]}"#)
    }

    /// With pseudonyms, a name part found in free text gets the token of the field that holds the same part, in any
    /// case: the note's `JANE` and the `first_name` field `Jane` are one person.
    @Test func pseudonymsOfPropagatedValuesMatchTheirField() throws {
        let key = try RedactionKey(bytes: Array(0..<32))
        var policy = RedactionPolicy()
        policy.operators = ["default": "pseudonym"]
        let redactor = try Redactor(policy: policy, key: key)
        let output = try redactedJSON(
            #"{"customer":{"first_name":"Jane","city":"Bilbao"},"note":"Hi JANE, the BILBAO office"}"#, with: redactor)
        let tokens = output.split(separator: "[").dropFirst().map { $0.prefix { $0 != "]" } }
        #expect(tokens.count == 4)
        #expect(tokens[0] == tokens[2] && tokens[0].hasPrefix("PERSON_"))
        #expect(tokens[1] == tokens[3] && tokens[1].hasPrefix("LOCATION_"))
    }

    /// A city that is also a word is found as the city only capitalised inside a sentence.
    @Test func ambiguousCitiesOnlyInsideSentences() throws {
        expectSameText(
            try redact(#"{"location":{"city":"Nice"},"d":"Nice work. Shipped to 3 rue X, Nice. nice"}"#),
            #"{"location":{"city":"[LOCATION]"},"d":"Nice work. Shipped to 3 rue X, [LOCATION]. nice"}"#)
    }

    @Test func commonWordsArePropagatedOnlyAsFullNames() throws {
        expectSameText(
            try redact(#"{"customer":{"name":"Will Smith"},"note":"we will call Will Smith; Smith agreed"}"#),
            #"{"customer":{"name":"[PERSON]"},"note":"we will call [PERSON]; [PERSON] agreed"}"#)
    }

    @Test func citiesStreetsAndMailboxNames() throws {
        expectSameText(
            try redact(#"{"location":{"city":"Bilbao"},"contact":{"email":"i.sanchez@northwind.es"},"d":"office in BILBAO; user i.sanchez reported"}"#),
            #"{"location":{"city":"[LOCATION]"},"contact":{"email":"[EMAIL]"},"d":"office in [LOCATION]; user [EMAIL] reported"}"#)
        expectSameText(
            try redact(#"{"customer":{"name":"Ana Sánchez"},"d":"SÁNCHEZ y sánchez"}"#),
            #"{"customer":{"name":"[PERSON]"},"d":"[PERSON] y [PERSON]"}"#)
    }

    @Test func detectorFindingsKeepTheirBytes() throws {
        // The name inside an obfuscated address does not split the address.
        expectSameText(
            try redact(#"{"customer":{"name":"Scott Anthony"},"d":"write scott (dot) anthony (at) example (dot) net"}"#),
            #"{"customer":{"name":"[PERSON]"},"d":"write [EMAIL]"}"#)
    }

    @Test func canBeSwitchedOffAndIsIdempotent() throws {
        // No cue before the name: only propagation finds it.
        let record = #"{"customer":{"name":"Jane Doe"},"note":"Jane called twice"}"#
        expectSameText(try redact(record, propagate: false), #"{"customer":{"name":"[PERSON]"},"note":"Jane called twice"}"#)
        let once = try redact(record)
        expectSameText(try redact(once), once)
    }

    @Test func cjkValuesMatchWithoutWordBoundaries() throws {
        expectSameText(
            try redact(#"{"customer":{"name":"佐藤 花子"},"location":{"city":"札幌"},"d":"札幌オフィスの佐藤です"}"#),
            #"{"customer":{"name":"[PERSON]"},"location":{"city":"[LOCATION]"},"d":"[LOCATION]オフィスの[PERSON]です"}"#)
    }

    /// Values are tried at word starts and, written in CJK, at any character: a name glued to CJK text or to a
    /// letter is inside a word; after a space or a match ending in punctuation it starts one.
    @Test func valuesAreTriedAtWordStartsAndCJKCharacters() throws {
        expectSameText(
            try redact(
                #"{"customer":{"name":"Jane Doe"},"location":{"city":"札幌"},"#
                    + #""d":"札幌Jane; 札幌 Jane; xJane, JANE. Doe札幌"}"#),
            #"{"customer":{"name":"[PERSON]"},"location":{"city":"[LOCATION]"},"#
                + #""d":"[LOCATION]Jane; [LOCATION] [PERSON]; xJane, [PERSON]. Doe[LOCATION]"}"#)
    }

    /// A value teaches only words of two letters or more that are not marks of redaction: an initial is no name
    /// part, and a masked value (`jo***`) or a tag is not learnt (re-redacting stays idempotent).
    @Test func initialsAndMaskedValuesAreNotLearnt() throws {
        expectSameText(
            try redact(#"{"customer":{"name":"J Quill"},"note":"J said Quill left"}"#),
            #"{"customer":{"name":"[PERSON]"},"note":"J said [PERSON] left"}"#)
        expectSameText(
            try redact(
                #"{"customer":{"name":"jo***"},"contact":{"email":"[EMAIL]"},"note":"jo*** and [EMAIL] wrote"}"#),
            #"{"customer":{"name":"[PERSON]"},"contact":{"email":"[EMAIL]"},"note":"jo*** and [EMAIL] wrote"}"#)
    }

    /// Values are compared where a word starts with their first two bytes, folded alike: an accented capital's
    /// second byte (`É` is `C3 89`, `é` `C3 A9`), an ASCII capital's, and a two-letter part at the very end.
    @Test func valuesAreComparedByTheirFirstTwoBytesInAnyCase() throws {
        expectSameText(
            try redact(#"{"customer":{"name":"Émilie Jo"},"d":"ÉMILIE et émilie, EMILIE; jO","e":"vu par Jo"}"#),
            #"{"customer":{"name":"[PERSON]"},"d":"[PERSON] et [PERSON], EMILIE; [PERSON]","e":"vu par [PERSON]"}"#)
    }

    /// Full values propagate even when they are also common words; only name parts are filtered.
    @Test func fullValuesPropagateEvenWhenCommon() throws {
        expectSameText(
            try redact(#"{"location":{"city":"Paris"},"customer":{"name":"Grace Hopper"},"d":"Paris office; Grace said; Hopper agreed"}"#),
            #"{"location":{"city":"[LOCATION]"},"customer":{"name":"[PERSON]"},"d":"[LOCATION] office; Grace said; [PERSON] agreed"}"#)
    }
}

extension PropagationTests {
    /// Short values the worker's memo knows clean from earlier records are read for each record's own values: with
    /// one scratch for all records (the second round all memo hits) every record comes out as with fresh scratch.
    /// The values recur under names they start like and names they do not, in other cases, after a digit, inside a
    /// word, and in CJK after kana (a CJK lead inside a word).
    @Test func recurringShortValuesAreReadForEachRecordsValues() throws {
        let redactor = Redactor(detectors: Self.detectors, propagatesFieldValues: true)
        let records = [
            ("Vera Lind", "Quill"), ("Ada Quill", "Quill"), ("Ada Lind", "Quill"), ("Ada Quill", "QUILL"),
            ("Ada Quill", "2 Quill"), ("Ada Lind", "2 Quill"), ("Ada Quill", "xQuill"), ("Ada Quill", "Lind-Quill"),
            ("佐藤 花子", "ですね"), ("佐藤 花子", "です佐藤"), ("Ada Lind", "です佐藤"), ("Ivo Ørsted", "Ørsted"),
            ("Ivo Lind", "Ørsted"), ("Ivo Ørsted", "ørsted"),
        ].map { #"{"customer":{"name":"\#($0.0)"},"status":"\#($0.1)","note":"see \#($0.1)"}"# }
        var scratch = RecordScratch()
        var propagated = 0
        for round in 0..<2 {
            for (number, record) in records.enumerated() {
                let shared = try redactedJSON(record, with: redactor, scratch: &scratch)
                expectSameText(shared, try redactedJSON(record, with: redactor), "round \(round), record \(number)")
                if shared.contains(#""status":"[PERSON]""#) || shared.contains(#""status":"2 [PERSON]""#) {
                    propagated += 1
                }
            }
        }
        #expect(propagated == 10)
    }
}
