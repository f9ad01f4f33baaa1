@testable import Redaction
import RedactionTestSupport
import Testing

@Suite("Revealing encrypted tokens")
struct RevealerTests {
    static let key = try! RedactionKey(bytes: Array(0..<32))

    private func redact(_ json: String, key: RedactionKey = RevealerTests.key) throws -> String {
        try redactedJSON(json, with: Redactor(detectors: try DetectorSet.builtIn(), replacement: EncryptOperator(key: key)))
    }

    private func reveal(_ text: String, key: RedactionKey = RevealerTests.key, json: Bool = true) throws -> String {
        var output: [UInt8] = []
        try Array(text.utf8).withUnsafeBufferPointer { (buffer) throws(RedactionError) in
            _ = try Revealer(key: key).reveal(buffer, jsonEscaped: json, into: &output)
        }
        return String(decoding: output, as: UTF8.self)
    }

    @Test func restoresJSONByteForByte() throws {
        let record = #"{"customer":{"email":"jane@contoso.com","name":"Zoë \"Z\" Doe"},"note":"call +1 415-555-0134\nthanks"}"#
        let sealed = try redact(record)
        expectAbsent("jane", in: sealed)
        #expect(sealed.contains("_ENC_\(Self.key.id)_"))
        expectSameText(try reveal(sealed), record)
    }

    @Test func wrongKeyAndTamperingAreErrors() throws {
        let sealed = try redact(#"{"email":"jane@contoso.com"}"#)
        let other = try RedactionKey(bytes: Array(repeating: 9, count: 32))
        #expect {
            _ = try reveal(sealed, key: other)
        } throws: { error in
            guard let error = error as? RedactionError else { return false }
            return error.code == .revealFailed && error.reason.contains(Self.key.id) && error.byteOffset == 10
        }
        // Flip one character of the sealed part, drop one, add one: each fails authentication or decoding.
        let start = sealed.range(of: "_ENC_\(Self.key.id)_")!.upperBound
        var flipped = sealed
        let character = flipped[start]
        flipped.replaceSubrange(start...start, with: character == "B" ? "C" : "B")
        var truncated = sealed
        truncated.remove(at: truncated.index(before: truncated.lastIndex(of: "]")!))
        var extended = sealed
        extended.insert(contentsOf: "BB", at: start)
        for altered in [flipped, truncated, extended] {
            #expect {
                _ = try reveal(altered)
            } throws: { error in (error as? RedactionError)?.code == .revealFailed }
        }
    }

    @Test func leavesEverythingElseAlone() throws {
        expectSameText(try reveal("[EMAIL] and [NOT_ENC_TOKEN] [x_ENC_ABCDEFGH_BC] [", json: false),
                       "[EMAIL] and [NOT_ENC_TOKEN] [x_ENC_ABCDEFGH_BC] [")
    }
}
