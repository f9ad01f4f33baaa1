import Redaction
import Testing

@Suite("Masked previews")
struct MaskedPreviewTests {
    @Test func masksLettersAndDigits() {
        #expect(MaskedPreview.mask("jane.doe@contoso.com") == "j***.d**@c******.c**")
        #expect(MaskedPreview.mask("+1 415-555-0100") == "+# ###-###-####")
        #expect(MaskedPreview.mask("Jürgen") == "J*****")
    }

    @Test func neverShowsMoreThanFirstLetters() {
        let secret = "hunter2password"
        let masked = MaskedPreview.mask(secret)
        #expect(!masked.contains("unter"))
        #expect(masked.count == secret.count)
    }

    @Test func cutsLongInputAndControlBytes() {
        #expect(MaskedPreview.mask(String(repeating: "a", count: 200), limit: 10).hasSuffix("…"))
        #expect(MaskedPreview.mask([0x00, 0x1B, 0xFF]) == "??*")
    }
}
