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
        #expect(!before(words, "cases123456", at: "123456"))
        #expect(!before(words, "suitcase number 123456", at: "123456"))
    }

    /// Words are looked up by their first byte: every word of a long list is found, whatever the case of its ASCII
    /// letters; a word's non-ASCII letters match only as written; a leading space stands for any separator after a
    /// word start, as inside a phrase; an empty word occurs at every word start.
    @Test func findsEveryWordOfALongList() {
        let list = ["phone", "ph", "tel", "téléphone", "電話", "call back", "rückruf", "mobil", "mobile", "fax"]
        let words = ContextWords(list)
        for word in list {
            #expect(before(words, "x " + word + ": 612 345 678", at: "612"), "word \(list.firstIndex(of: word)!)")
            if word.allSatisfy(\.isASCII) { #expect(before(words, word.uppercased() + " 612", at: "612")) }
        }
        #expect(before(words, "Téléphone 612", at: "612"))
        #expect(!before(words, "RÜCKRUF 612", at: "612"))
        #expect(!before(words, "telephone 612", at: "612"))
        #expect(!before(words, "x phones 612", at: "612"))
        let spaced = ContextWords([" no"])
        #expect(before(spaced, "id,\tno 612", at: "612"))
        #expect(before(spaced, "id,-no 612", at: "612"))
        #expect(before(spaced, "id, no 612", at: "612"))
        #expect(!before(spaced, "id,no 612", at: "612"))
        #expect(before(ContextWords(["", "zzz"]), "a 612", at: "612"))
        #expect(!before(ContextWords(["zzz"]), "a 612", at: "612"))
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
