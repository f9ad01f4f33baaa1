@testable import Redaction
import Testing

@Suite("Term index")
struct TermIndexTests {
    /// The longest term at each word of `text`: `(first word, last word, value)` for every word where one starts.
    private func matches(_ index: TermIndex<Int>, _ text: [UInt8]) -> [[Int]] {
        var words: [Range<Int>] = []
        var lookup = TermLookup()
        TermIndex<Int>.words(in: text, into: &words, hashes: &lookup.hashes)
        return text.withUnsafeBufferPointer { text in
            words.indices.compactMap { start in
                index.longestMatch(at: start, words: words, in: text, lookup: &lookup).map { [start, $0.end, $0.value] }
            }
        }
    }

    private func matches(_ index: TermIndex<Int>, _ text: String) -> [[Int]] { matches(index, Array(text.utf8)) }

    @Test func longestTermOfOneOrMoreWordsAnyCaseAnySpacing() {
        let index = TermIndex([("New York", 1), ("New York City", 2), ("York", 3), ("San José del Cabo", 4)])
        #expect(index.count == 4)
        #expect(matches(index, "in new  york\tcity today") == [[1, 3, 2], [2, 2, 3]])
        #expect(matches(index, "NEW YORK, city") == [[0, 1, 1], [1, 1, 3]])
        #expect(matches(index, "new, york") == [[1, 1, 3]])  // a comma between the words
        #expect(matches(index, "San José del Cabo") == [[0, 3, 4]])
        #expect(matches(index, "San José del Mar, new") == [])  // prefixes of a term are not terms
    }

    @Test func firstValueOfADuplicateTermWins() {
        let index = TermIndex([("Reading", 1), ("reading", 2), ("Reading Room", 3), ("READING ROOM", 4)])
        #expect(index.count == 2)
        #expect(matches(index, "Reading room") == [[0, 1, 3]])
        #expect(matches(index, "reading") == [[0, 0, 1]])
    }

    /// Random terms of one to four words over a small vocabulary (so that terms share first words and prefixes) in
    /// random texts of those words and separators: the longest match at every word is the one found by trying every
    /// number of words at every word, after thousands of insertions (the hash table grows several times).
    @Test("agrees with trying every length", arguments: 0..<60)
    func agreesWithTryingEveryLength(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let vocabulary = ["a", "b", "ab", "Ba", "c-d", "é", "x1", "O'Neil"]
        let separators = [" ", "  ", "\t", ", ", "-", " . "]
        func pick<T>(_ items: [T]) -> T { items[Int(generator.next() % UInt64(items.count))] }
        var terms: [(String, Int)] = []
        for value in 0..<(1 + Int(generator.next() % 3000)) {
            terms.append(((0...Int(generator.next() % 4)).map { _ in pick(vocabulary) }.joined(separator: " "), value))
        }
        let index = TermIndex(terms)
        var text = ""
        for _ in 0..<Int(generator.next() % 30) { text += pick(vocabulary) + pick(separators) }
        let bytes = Array(text.utf8)
        var words: [Range<Int>] = []
        var hashes: [UInt64] = []
        TermIndex<Int>.words(in: bytes, into: &words, hashes: &hashes)
        // First value per normalised term.
        var values: [String: Int] = [:]
        for (term, value) in terms where values[term.lowercased()] == nil { values[term.lowercased()] = value }
        #expect(index.count == values.count, "seed \(seed)")
        func asciiLowercased(_ bytes: ArraySlice<UInt8>) -> String {
            String(decoding: bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        var naive: [[Int]] = []
        for start in words.indices {
            var best: [Int]?
            var key = ""
            for end in start..<words.count {
                if end > start {
                    let gap = bytes[words[end - 1].upperBound..<words[end].lowerBound]
                    guard gap.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) else { break }
                    key += " "
                }
                key += asciiLowercased(bytes[words[end]])
                if let value = values[key] { best = [start, end, value] }
            }
            if let best { naive.append(best) }
        }
        #expect(matches(index, bytes) == naive, "seed \(seed)")
    }

    /// Random texts of up to 600 bytes (hundreds of words: the pass gathers them in batches of 64) over letters,
    /// digits, `'`, `-`, UTF-8, separators and the bytes next to the letters once case is folded (`@`, `[`, `` ` ``,
    /// `{`), zero and 0xFF, so that words start, end and run across every offset of the pass's words of eight: the
    /// words are the maximal runs of word bytes from a letter, digit or non-ASCII byte, less trailing `'` and `-`,
    /// and each hash is that of the word's ASCII-lower-cased bytes.
    @Test("words and hashes agree with a straightforward split", arguments: 0..<40)
    func wordsAgreeWithAStraightforwardSplit(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let alphabet = Array("aZ9'- ,.\t@[`{".utf8) + [0xC3, 0xA9, 0x00, 0xFF]
        let text: [UInt8] = (0..<Int(generator.next() % 600)).map { _ in
            alphabet[Int(generator.next() % UInt64(alphabet.count))]
        }
        func isWordByte(_ byte: UInt8) -> Bool {
            byte >= 0x80 || (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-")
        }
        func isEdge(_ byte: UInt8) -> Bool {
            isWordByte(byte) && byte != UInt8(ascii: "'") && byte != UInt8(ascii: "-")
        }
        var expected: [Range<Int>] = []
        var index = 0
        while index < text.count {
            guard isEdge(text[index]) else {
                index += 1
                continue
            }
            let start = index
            var end = index
            while index < text.count, isWordByte(text[index]) {
                if isEdge(text[index]) { end = index + 1 }
                index += 1
            }
            expected.append(start..<end)
        }
        var words: [Range<Int>] = []
        var hashes: [UInt64] = []
        TermIndex<Int>.words(in: text, into: &words, hashes: &hashes)
        #expect(words == expected, "seed \(seed)")
        let expectedHashes = expected.map { word in
            ShortBytesHash.fnv1a(text[word].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
        }
        #expect(hashes == expectedHashes, "seed \(seed)")
    }
}
