import Redaction
import RedactionTestSupport
import Testing

/// Settling: a value rewritten once is scanned again until nothing more is found, so redaction is a fixed point
/// even where a context rule reads a distance that a replacement shortened.
@Suite("Settling rewrites")
struct SettleTests {
    /// A phone number alone on its line is a phone within 120 bytes after a sign-off; a very long name in between
    /// keeps it out of reach until the name has become `[PERSON]` (found by libFuzzer).
    static let record = #"{"d":"Best regards,\nJessi"# + String(repeating: "g", count: 110) + #"ca Baker\n91076-86145"}"#

    @Test func settlingMakesRedactionAFixedPoint() throws {
        var redactor = try Redactor.builtIn()
        redactor.settlesRewrites = true
        let once = try redactedJSON(Self.record, with: redactor)
        expectSameText(try redactedJSON(once, with: redactor), once)
        expectSameText(once, #"{"d":"Best regards,\n[PERSON]\n[PHONE]"}"#)
    }

    @Test func withoutSettlingTheSecondPassFindsMore() throws {
        let redactor = try Redactor.builtIn()
        let once = try redactedJSON(Self.record, with: redactor)
        let changed = try redactedJSON(once, with: redactor) != once
        #expect(changed)
    }

    @Test func streamVerificationSettlesInsteadOfRejecting() throws {
        let stream = StreamRedactor(redactor: try Redactor.builtIn(), verify: true)
        #expect(stream.redactor.settlesRewrites)
    }
}
