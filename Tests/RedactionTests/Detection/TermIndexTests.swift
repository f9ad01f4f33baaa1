#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
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
    /// `{`), zero, 0x7F, 0xFF and 0xC1/0xDA (a capital with the high bit set), with runs of up to 40 letters, so
    /// that words start, end and run across every offset of the pass's windows of sixteen and hash words of eight:
    /// the words are the maximal runs of word bytes from a letter, digit or non-ASCII byte, less trailing `'` and
    /// `-`, and each hash is that of the word's ASCII-lower-cased bytes. The same from a collection without
    /// contiguous storage.
    @Test("words and hashes agree with a straightforward split", arguments: 0..<60)
    func wordsAgreeWithAStraightforwardSplit(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let alphabet = Array("aAzZ09'- ,.\t@[`{".utf8) + [0xC3, 0xA9, 0x00, 0x7F, 0xFF, 0xC1, 0xDA]
        var text: [UInt8] = []
        for _ in 0..<Int(generator.next() % 300) {
            if generator.next() % 8 == 0 {
                text += (0..<Int(generator.next() % 40)).map { _ in UInt8(0x41 + generator.next() % 26) | 0x20 }
            }
            text.append(alphabet[Int(generator.next() % UInt64(alphabet.count))])
        }
        #expect(Self.wordsAndHashes(text) == Self.straightforwardSplit(text), "seed \(seed)")
        let lazyText = text.lazy.map { $0 }
        var words: [Range<Int>] = []
        var hashes: [UInt64] = []
        TermIndex<Int>.words(in: lazyText, into: &words, hashes: &hashes)
        #expect(Split(words: words, hashes: hashes) == Self.straightforwardSplit(text), "seed \(seed)")
    }

    /// Texts of every length up to 40 ending where a page ends and the next page cannot be read (the pass loads
    /// sixteen bytes at a time and eight at a time for a hash, and must not read past a text's end into another
    /// page), and texts whose bytes a slice starts late in (ranges are the slice's indices).
    @Test func wordsOfTextsAtThePageEndAndOfSlices() throws {
        let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
        let mapping = try #require(mmap(nil, 2 * pageSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0))
        try #require(mapping != MAP_FAILED)
        defer { munmap(mapping, 2 * pageSize) }
        #expect(mprotect(mapping + pageSize, pageSize, PROT_NONE) == 0)
        let pattern = Array("Ab-c d'E 9z \u{e9}-".utf8)
        for length in 0...40 {
            let text = (0..<length).map { pattern[$0 % pattern.count] }
            let start = (mapping + pageSize - length).assumingMemoryBound(to: UInt8.self)
            start.initialize(from: text, count: length)
            var words: [Range<Int>] = []
            var hashes: [UInt64] = []
            TermIndex<Int>.words(in: UnsafeBufferPointer(start: start, count: length), into: &words, hashes: &hashes)
            let expected = Self.straightforwardSplit(text)
            #expect(words == expected.words && hashes == expected.hashes, "length \(length)")
        }
        let text = Array("x, Jane O'Neil-Smith called".utf8)
        var words: [Range<Int>] = []
        var hashes: [UInt64] = []
        TermIndex<Int>.words(in: text[3...], into: &words, hashes: &hashes)
        #expect(words == [3..<7, 8..<20, 21..<27])
        #expect(hashes == [ShortBytesHash.of(Array("jane".utf8)), ShortBytesHash.of(Array("o'neil-smith".utf8)),
                           ShortBytesHash.of(Array("called".utf8))])
    }

    /// ``ShortBytesHash`` is the same function of the bytes whether they are contiguous or not, and tells apart keys
    /// that differ in one byte or only in length (a trailing zero byte).
    @Test func hashOfContiguousAndOtherBytes() {
        var generator = SeededGenerator(seed: 7)
        var seen = Set<UInt64>()
        for length in 0..<40 {
            let bytes = (0..<length).map { _ in UInt8(truncatingIfNeeded: generator.next()) }
            let hash = ShortBytesHash.of(bytes)
            #expect(hash == ShortBytesHash.of(bytes.lazy.map { $0 }), "length \(length)")
            #expect(seen.insert(hash).inserted, "length \(length)")
            #expect(hash != ShortBytesHash.of(bytes + [0]), "length \(length)")
            if length > 0 {
                var changed = bytes
                changed[length - 1] ^= 1
                #expect(hash != ShortBytesHash.of(changed), "length \(length)")
            }
        }
    }

    private static func wordsAndHashes(_ text: [UInt8]) -> Split {
        var split = Split()
        TermIndex<Int>.words(in: text, into: &split.words, hashes: &split.hashes)
        return split
    }

    private struct Split: Equatable {
        var words: [Range<Int>] = []
        var hashes: [UInt64] = []
    }

    private static func straightforwardSplit(_ text: [UInt8]) -> Split {
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
        let hashes = expected.map { word in
            ShortBytesHash.of(text[word].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 })
        }
        return Split(words: expected, hashes: hashes)
    }
}
