import Redaction
import RedactionTestSupport
import Testing

@Suite("Escaped whitespace in text")
struct EscapedWhitespaceTests {
    static let redactor = try! Redactor.builtIn()

    @Test("values after an escaped line break are found", arguments: [
        #"Best regards,\nJohn Miller\n+1 415-555-0134"#,
        #"\n\nSRX0048044388 again"#,
        #"notes:\tjane.doe@contoso.com"#,
        #"ip\r\n203.0.113.7"#,
    ])
    func foundAfterEscape(text: String) throws {
        let output = try Self.redactor.redact(text)
        #expect(output.contains("["), "\(MaskedPreview.mask(text))")
        // The escapes themselves are kept byte for byte.
        #expect(output.components(separatedBy: #"\n"#).count == text.components(separatedBy: #"\n"#).count)
    }

    @Test func escapedBackslashBeforeNIsNotAnEscape() throws {
        // `\\n` is a backslash then the letter n: "n415…" stays glued, and the backslashes survive.
        let text = #"path C:\\new\\nfile"#
        expectSameText(try Self.redactor.redact(text), text)
    }

    @Test func findingsNeverTearAnEscape() throws {
        let text = #"{"d":"mail jane@contoso.com\nthanks"}"#
        expectSameText(try Self.redactor.redact(text), #"{"d":"mail [EMAIL]\nthanks"}"#)
    }
}
