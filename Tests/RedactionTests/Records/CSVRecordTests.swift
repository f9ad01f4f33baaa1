import Redaction
import RedactionTestSupport
import Testing

@Suite("CSV records")
struct CSVRecordTests {
    private func split(_ text: String) throws -> [(String, Bool)] {
        let bytes = Array(text.utf8)
        var fields: [CSVRecord.Field] = []
        try bytes.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) in
            try CSVRecord.split(buffer, into: &fields)
        }
        return fields.map { (String(decoding: bytes[$0.range], as: UTF8.self), $0.quoted) }
    }

    @Test func splitsQuotedAndPlainFields() throws {
        let fields = try split(#"a,"b, c","say ""hi""",,"multi"# + "\nline\"\r")
        #expect(fields.map(\.0) == ["a", #""b, c""#, #""say ""hi""""#, "", "\"multi\nline\""])
        #expect(fields.map(\.1) == [false, true, true, false, true])
        #expect(try split("").map(\.0) == [""])
        #expect(try split("x,").map(\.0) == ["x", ""])
    }

    @Test func rejectsMalformedQuoting() {
        #expect(throws: JSONSyntaxError.self) { try split(#""open"#) }
        #expect(throws: JSONSyntaxError.self) { try split(#""a"b,c"#) }
    }

    @Test func decodeEncodeRoundTrip() {
        for (text, quoted) in [("plain", false), ("with, comma", false), (#"quote " inside"#, false), ("nl\nx", false), ("q", true)] {
            var encoded: [UInt8] = []
            Array(text.utf8).withUnsafeBufferPointer { CSVRecord.encode($0, quoted: quoted, into: &encoded) }
            var decoded: [UInt8] = []
            let wasQuoted = encoded.first == UInt8(ascii: "\"")
            encoded.withUnsafeBufferPointer { CSVRecord.decode($0, quoted: wasQuoted, into: &decoded) }
            expectSameText(String(decoding: decoded, as: UTF8.self), text)
        }
    }

    @Test func continuationAcrossLines() {
        func opens(_ text: String, _ open: Bool = false) -> Bool {
            Array(text.utf8).withUnsafeBufferPointer { CSVRecord.continuesQuote($0, open: open) }
        }
        #expect(opens(#"a,"start of"#))
        #expect(!opens(#"a,"closed""doubled""#))
        #expect(!opens(#"end of field",b"#, true))
    }
}
