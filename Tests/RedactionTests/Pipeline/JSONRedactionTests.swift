import Foundation
import Redaction
import SyntheticData
import RedactionTestSupport
import Testing

@Suite("JSON record redaction")
struct JSONRedactionTests {
    static let redactor = try! Redactor.builtIn()

    private func redact(_ json: String, redactor: Redactor = JSONRedactionTests.redactor) throws -> String {
        try redactedJSON(json, with: redactor)
    }

    @Test func copiesEverythingButFindingsExactly() throws {
        let json = #"{ "b" : 1.50e+3 , "a":"see \u00e9 jane.doe@contoso.com" ,"z":[ true,null ] }"#
        expectSameText(try redact(json), #"{ "b" : 1.50e+3 , "a":"see é [EMAIL]" ,"z":[ true,null ] }"#)
    }

    @Test func decodesEscapesBeforeScanning() throws {
        expectSameText(try redact(#"{"m":"jane\u0040contoso.com"}"#), #"{"m":"[EMAIL]"}"#)
        expectSameText(try redact(#"{"m":"ip\t203.0.113.7\nnext"}"#), #"{"m":"ip\t[IPV4]\nnext"}"#)
        expectSameText(try redact(#"{"m":"untouched \u00e9 escapes stay"}"#), #"{"m":"untouched \u00e9 escapes stay"}"#)
    }

    @Test func scansKeysToo() throws {
        expectSameText(try redact(#"{"jane@contoso.com":true}"#), #"{"[EMAIL]":true}"#)
    }

    @Test func numbersWithFindingsBecomeStrings() throws {
        expectSameText(try redact(#"{"n":4111111111111111,"m":42}"#), #"{"n":"[CREDIT_CARD]","m":42}"#)
    }

    @Test func fieldsNamedLikePersonalDataAreRedactedWhole() throws {
        let json = #"{"customer":{"name":"Jane Doe","phone":"030 1234"},"product":{"name":"Backup 6.2"},"ip_address":"2001:db8::1","Claim-ID":"CLM-4711","city":"Köln"}"#
        expectSameText(try redact(json), #"{"customer":{"name":"[PERSON]","phone":"[PHONE]"},"product":{"name":"Backup 6.2"},"ip_address":"[IPV6]","Claim-ID":"[CASE_NUMBER]","city":"[LOCATION]"}"#)
        let off = Redactor(detectors: try DetectorSet.builtIn(), fieldNames: nil)
        expectSameText(try redact(#"{"customer":{"name":"Jane Doe"}}"#, redactor: off), #"{"customer":{"name":"Jane Doe"}}"#)
        expectSameText(try redact(#"{"emails":["a","b"],"email":null,"phone":""}"#), #"{"emails":["a","b"],"email":null,"phone":""}"#)
        expectSameText(try redact(#"{"email":["a","b"]}"#), #"{"email":["[EMAIL]","[EMAIL]"]}"#)
    }

    @Test func elasticsearchBulkAndSourceExportsWorkUnchanged() throws {
        // Bulk file: an action line, then the source line; and a search-hit export with `_source`.
        expectSameText(
            try redact(#"{"index":{"_index":"cases","_id":"120012345678901"}}"#),
            #"{"index":{"_index":"cases","_id":"[CASE_NUMBER]"}}"#)
        expectSameText(
            try redact(#"{"_index":"cases","_id":"a1","_source":{"customer":{"name":"Jane Doe","email":"jane@contoso.com"},"ip":"203.0.113.7"}}"#),
            #"{"_index":"cases","_id":"a1","_source":{"customer":{"name":"[PERSON]","email":"[EMAIL]"},"ip":"[IPV4]"}}"#)
    }

    @Test func invalidJSONThrowsWithOffsetAndWritesNothing() {
        var output: [UInt8] = Array("keep".utf8)
        var scratch = RecordScratch()
        #expect {
            try Array(#"{"a":"jane@contoso.com","#.utf8).withUnsafeBufferPointer { (buffer) throws(RedactionError) in
                try Self.redactor.redactJSON(buffer, into: &output, scratch: &scratch)
            }
        } throws: { error in
            (error as? RedactionError)?.code == .invalidJSON && (error as? RedactionError)?.byteOffset == 24
        }
        #expect(output == Array("keep".utf8))
    }

    /// A personal field that already holds a kind tag (`[EMAIL]`, `[PERSON_2]`, the shortest `[A]`) is left as it is,
    /// so that redacting redacted output changes nothing; anything else there is replaced whole.
    @Test func kindTagsInPersonalFieldsAreLeftAlone() throws {
        let cases = [
            ("[EMAIL]", true), ("[PERSON_2]", true), ("[A]", true), ("[EMAIL", false), ("EMAIL]", false), ("[]", false),
            ("[e]", false), (" [EMAIL]", false), ("[EMAIL] ", false), ("x[EMAIL]", false), ("[EMA IL]", false),
        ]
        for (number, (value, isTag)) in cases.enumerated() {
            let record = #"{"customer":{"email":"\#(value)"}}"#
            expectSameText(try redact(record), isTag ? record : #"{"customer":{"email":"[EMAIL]"}}"#, "case \(number)")
        }
    }

    /// Generated records: output is valid JSON with the same structure, and redacting it again changes nothing.
    @Test func generatedRecordsStayValidAndIdempotent() throws {
        var generator = SupportCaseGenerator(seed: 5)
        for _ in 0..<500 {
            let record = generator.next()
            let once = try redact(record.line)
            let parsedIn = try JSONSerialization.jsonObject(with: Data(record.line.utf8)) as? [String: Any]
            let parsedOut = try JSONSerialization.jsonObject(with: Data(once.utf8)) as? [String: Any]
            #expect(parsedIn.map { Set($0.keys) } == parsedOut.map { Set($0.keys) })
            expectSameText(try redact(once), once, "not idempotent")
        }
    }

    /// Replaces every key, string and number token by `T`: what remains is the structure and the bytes between
    /// tokens, which redaction must never change.
    private func skeleton(_ json: String) throws -> String {
        let bytes = Array(json.utf8)
        var tokens: [JSONToken] = [], containers: [UInt8] = [], owners: [Int] = []
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) in
            try JSONScanner().scan(buffer, tokens: &tokens, containers: &containers, owners: &owners)
        }
        var result: [UInt8] = []
        var copied = 0
        for token in tokens {
            result += bytes[copied..<token.range.lowerBound]
            result.append(UInt8(ascii: "T"))
            copied = token.range.upperBound
        }
        result += bytes[copied...]
        return String(decoding: result, as: UTF8.self)
    }

    @Test func bytesOutsideTokensAreNeverChanged() throws {
        var generator = SupportCaseGenerator(seed: 77, options: .long)
        let nothing = Redactor(detectors: DetectorSet([]), fieldNames: nil)
        for _ in 0..<200 {
            let line = generator.next().line
            let spaced = line.replacingOccurrences(of: "\":", with: "\" :\t").replacingOccurrences(of: ",\"", with: " ,  \"")
            for input in [line, spaced] {
                let output = try redact(input)
                expectSameText(try skeleton(output), try skeleton(input))
                expectSameText(try redact(input, redactor: nothing), input)
            }
        }
    }
}
