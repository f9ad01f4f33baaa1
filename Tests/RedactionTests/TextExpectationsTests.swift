import RedactionTestSupport
import Testing

/// The expectations used on record text fail when they should, and their messages never carry the text.
@Suite("Text expectations")
struct TextExpectationsTests {
    @Test func differingTextsGiveAMaskedMessage() throws {
        let message = try #require(sameTextFailure("mail jane.doe@contoso.com now", "mail [EMAIL] now"))
        #expect(message.contains("differ at byte 5"))
        #expect(!message.contains("contoso") && !message.contains("jane"))
        #expect(sameTextFailure("same", "same") == nil)
    }

    @Test func presentNeedleGivesAMaskedMessage() throws {
        let message = try #require(absentFailure("jane.doe@contoso.com", in: "left jane.doe@contoso.com behind"))
        #expect(!message.contains("contoso"))
        #expect(absentFailure("jane.doe@contoso.com", in: "left [EMAIL] behind") == nil)
    }
}
