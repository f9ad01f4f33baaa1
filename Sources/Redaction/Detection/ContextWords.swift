/// Words whose presence near a match changes its meaning: `case #` before a short id, `version` before a dotted
/// quad, `SSN` before nine bare digits. Compared case-insensitively (ASCII) as whole words; a phrase matches with
/// any run of spaces, tabs, `_`, or `-` between its words.
public struct ContextWords: Sendable, Hashable {
    /// The words, lowercased.
    public let words: [String]
    /// How many bytes before (or after) the match are searched.
    public let window: Int
    /// The words' UTF-8 bytes, grouped by first byte: at each position only the words starting with its byte are
    /// compared.
    private let byFirstByte: [[[UInt8]]]
    /// Whether an empty word is listed (it occurs at every word start).
    private let hasEmptyWord: Bool

    /// Creates a context word list searched within `window` bytes of a match.
    public init(_ words: [String], window: Int = 40) {
        self.words = words.map { $0.lowercased() }
        self.window = window
        var groups = [[[UInt8]]](repeating: [], count: 256)
        for word in self.words where !word.isEmpty {
            let bytes = Array(word.utf8)
            // A leading space stands for any separator (see `matches`).
            let firsts = bytes[0] == 0x20 ? [0x20, 0x09, UInt8(ascii: "_"), UInt8(ascii: "-")] : [bytes[0]]
            for first in firsts { groups[Int(first)].append(bytes) }
        }
        self.byFirstByte = groups
        self.hasEmptyWord = self.words.contains("")
    }

    /// Whether any word ends within `window` bytes before `position`.
    public func occurs(before position: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let lower = max(0, position - window)
        return firstOccurrence(in: text, from: lower, to: position) != nil
    }

    /// Whether any word starts within `window` bytes after `position`.
    public func occurs(after position: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let upper = min(text.count, position + window)
        return firstOccurrence(in: text, from: position, to: upper) != nil
    }

    /// Whether any word occurs within `window` bytes before `range.lowerBound` or after `range.upperBound`.
    public func occurs(around range: Range<Int>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        occurs(before: range.lowerBound, in: text) || occurs(after: range.upperBound, in: text)
    }

    /// Start of the first whole-word occurrence of any word fully inside `lower..<upper`.
    func firstOccurrence(in text: UnsafeBufferPointer<UInt8>, from lower: Int, to upper: Int) -> Int? {
        guard lower < upper else { return nil }
        var start = lower
        while start < upper {
            if start == 0 || !Self.isWordByte(text[start - 1]) {
                if hasEmptyWord { return start }
                for word in byFirstByte[Int(Self.lowercased(text[start]))]
                where matches(word, in: text, at: start, limit: upper) {
                    return start
                }
            }
            start += 1
        }
        return nil
    }

    private func matches(_ word: [UInt8], in text: UnsafeBufferPointer<UInt8>, at start: Int, limit: Int) -> Bool {
        var position = start
        var index = 0
        while index < word.count {
            guard position < limit else { return false }
            let expected = word[index]
            if expected == UInt8(ascii: " ") {
                // A space in a phrase matches one or more separators.
                guard Self.isSeparator(text[position]) else { return false }
                while position < limit, Self.isSeparator(text[position]) { position += 1 }
                index += 1
                continue
            }
            guard Self.lowercased(text[position]) == expected else { return false }
            position += 1
            index += 1
        }
        // Whole word: the next byte must not continue a word (a letter); digits and punctuation may follow.
        if position < text.count, Self.isLetter(text[position]), let last = word.last, Self.isLetter(last) {
            return false
        }
        return true
    }

    @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
    @inline(__always) static func isLetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return lower >= 0x61 && lower <= 0x7A
    }
    @inline(__always) static func isWordByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "_")
    }
    @inline(__always) static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
    }
}
