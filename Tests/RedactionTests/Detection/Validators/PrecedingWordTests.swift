@testable import Redaction
import Testing

@Suite("PrecedingWord")
struct PrecedingWordTests {
    static func word(_ text: String, before marker: String = "415") -> String? {
        let bytes = Array(text.utf8)
        let offset = bytes.firstRange(of: Array(marker.utf8))!.lowerBound
        return bytes.withUnsafeBufferPointer { buffer in
            PrecedingWord.word(before: offset, in: buffer, skipping: ["no", "number", "id"])
        }
    }

    @Test("nearest word", arguments: [
        ("Order No.: 415-555-0100", "order"),
        ("Caller ID: 415-555-0100", "caller"),
        ("my case, call 415-555-0100", "call"),
        ("Build 415", "build"),
        ("SKU-415", "sku"),
        ("(Tel. 415", "tel"),
        ("\"ticket\": \"415", "ticket"),
        ("Order number no. 415", "order"),
    ])
    func nearest(text: String, expected: String) {
        #expect(Self.word(text) == expected)
    }

    @Test("no word", arguments: ["415", "12 415", "x,  ,  415", "abc_415", "supercalifragilistic 415", "no no no 415"])
    func none(text: String) {
        #expect(Self.word(text) == nil)
    }
}
