/// The word written just before a match, for rules that must not fire on labelled non-personal numbers
/// (`Order No.: 415-555-0100`, `Build 22631.3007`). Unlike ``ContextWords`` windows it looks only at the nearest
/// word, so `my case, call 415-555-0100` is judged by `call`, not by `case`.
enum PrecedingWord {
    /// Bytes skipped between the match and the word (spaces and label punctuation), at most 4 in a row.
    private static func isGap(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ":"), UInt8(ascii: "#"), UInt8(ascii: "."),
             UInt8(ascii: "="), UInt8(ascii: "-"), UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "\""),
             UInt8(ascii: "'"):
            return true
        default:
            return false
        }
    }

    /// The nearest ASCII word (letters only, lowercased, at most 16 letters) before `position`, separated from it only
    /// by label punctuation, with the words in `fillers` (`no`, `number`, …) stepped over, at most two of them.
    /// `nil` when digits, other text or nothing comes first.
    static func word(
        before position: Int, in text: UnsafeBufferPointer<UInt8>, skipping fillers: Set<String> = []
    ) -> String? {
        var end = position
        for _ in 0..<3 {
            var gapStart = end
            while gapStart > 0, end - gapStart < 4, isGap(text[gapStart - 1]) { gapStart -= 1 }
            var start = gapStart
            while start > 0, gapStart - start <= 16, ContextWords.isLetter(text[start - 1]) { start -= 1 }
            guard start < gapStart, gapStart - start <= 16 else { return nil }
            if start > 0, ContextWords.isWordByte(text[start - 1]) { return nil }
            let word = String(decoding: text[start..<gapStart].map(ContextWords.lowercased), as: UTF8.self)
            guard fillers.contains(word) else { return word }
            end = start
        }
        return nil
    }
}
