/// Where sentences begin, for rules that read a capital letter as a name only inside a sentence (`Nice work.`
/// starts a sentence; `…, Nice.` names the city).
enum SentenceStart {
    /// Whether the word starting at `position` begins its text or sentence: nothing but spaces and tabs between it
    /// and the start of the text, a line break, `.`, `!`, `?`, `:` or a double quote.
    static func isAt(_ position: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = position
        while index > 0, text[index - 1] == 0x20 || text[index - 1] == 0x09 { index -= 1 }
        guard index > 0 else { return true }
        switch text[index - 1] {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: "\""), 0x0A, 0x0D:
            return true
        default:
            return false
        }
    }
}
