@testable import Redaction
import Testing

@Suite("Byte needles")
struct ByteNeedlesTests {
    private func occurs(_ needles: ByteNeedles, _ text: String) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer { needles.occurs(in: $0) }
    }

    @Test func findsAnyNeedleAnywhere() {
        let needles = ByteNeedles(["様", "さん", "エスカレ"])
        #expect(occurs(needles, "佐藤様"))
        #expect(occurs(needles, "鈴木さんに"))
        #expect(occurs(needles, "エスカレーション"))
        #expect(!occurs(needles, "エスカ"))  // cut short at the end of the text
        #expect(!occurs(needles, "さ ん"))
        #expect(!occurs(needles, "Müller, São Paulo, 東京"))
        #expect(!occurs(needles, ""))
    }

    @Test func caselessNeedlesIgnoreTheCaseOfASCIILettersOnly() {
        let needles = ByteNeedles(["case", "Réclamation", "番号"], caseless: true)
        #expect(occurs(needles, "my CASE is"))
        #expect(occurs(needles, "Case"))
        #expect(occurs(needles, "RéCLAMATION 12"))
        #expect(!occurs(needles, "RÉCLAMATION 12"))  // only ASCII letters fold, as in PCRE2 byte mode
        #expect(occurs(needles, "受付番号"))
        #expect(!occurs(needles, "cas e"))
        #expect(!occurs(ByteNeedles(["case"]), "CASE"))  // case-sensitive by default
    }

    @Test func groupsTellWhichOccurEachWithItsOwnCase() {
        let needles = ByteNeedles(groups: [
            .init(["case", "番号"], caseless: true), .init(["ZIP", "CP"], caseless: false),
            .init(["xq"], caseless: true),
        ])
        func groups(_ text: String) -> UInt32 { Array(text.utf8).withUnsafeBufferPointer { needles.groups(in: $0) } }
        #expect(groups("CASE 12, ZIP 98052, boxq") == 0b111)
        #expect(groups("zip 98052, Case") == 0b001)  // the second group is case-sensitive
        #expect(groups("TCP/IP") == 0b010)
        #expect(groups("受付番号") == 0b001)
        #expect(groups("XQ") == 0b100)  // a needle of two bytes at the very end
        #expect(groups("nothing here") == 0)
        #expect(groups("") == 0)
        #expect(Array("a cp".utf8).withUnsafeBufferPointer { needles.occurs(in: $0) } == false)
        #expect(Array("a CP".utf8).withUnsafeBufferPointer { needles.occurs(in: $0) })
    }

    /// A whole-word needle counts only where no ASCII letter or digit stands before it and, when it ends with a
    /// letter, no letter after it; `_`, `-`, punctuation and non-ASCII bytes may.
    @Test func wholeWordNeedlesStandAlone() {
        let needles = ByteNeedles(groups: [.init(["un", "número", "連絡", "x9"], caseless: true, wholeWords: true)])
        for text in ["un saludo", "UN", "a_un", "(un)", "Un-saludo", "mi número", "el número2", "連絡b", "x9y", "éun"] {
            let found = occurs(needles, text)
            #expect(found, "\(text)")
        }
        for text in ["unable", "fun", "1un", "númeroA", "bx9", "9x9", "aun", "a連絡"] {
            let found = occurs(needles, text)
            #expect(!found, "\(text)")
        }
        // A group's partial needles count inside words too.
        let partial = ByteNeedles(groups: [.init(["un"], caseless: true, wholeWords: true, partialNeedles: ["ssn"])])
        for text in ["customerSsn", "x_ssns", "SSN", "un"] {
            let found = occurs(partial, text)
            #expect(found, "\(text)")
        }
        for text in ["unable", "ssxn"] {
            let found = occurs(partial, text)
            #expect(!found, "\(text)")
        }
    }

    @Test func emptyNeedlesAndSetsFindNothing() {
        #expect(!occurs(ByteNeedles([]), "anything"))
        #expect(!occurs(ByteNeedles([""]), "anything"))
    }

    /// Random needles in three groups, each caseless or not and whole words or not, over an alphabet of both cases,
    /// a digit, `_` and UTF-8 bytes: the groups found are those a naive search finds, and `occurs` is whether any is.
    @Test("agrees with a naive search", arguments: 0..<120)
    func agreesWithNaiveSearch(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let alphabet: [UInt8] = [0x61, 0x62, 0x41, 0x42, 0xE3, 0x81, 0x82, 0x31, 0x5F]
        func random(_ length: Int) -> [UInt8] {
            (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
        }
        // Needles built from invalid UTF-8 are repaired by String; search for what the set holds.
        let groups = (0..<3).map { _ in
            ByteNeedles.Group(
                (0..<2).map { _ in String(decoding: random(2 + Int(generator.next() % 2)), as: UTF8.self) },
                caseless: generator.next() % 2 == 0, wholeWords: generator.next() % 3 == 0,
                partialNeedles: generator.next() % 3 == 0
                    ? [String(decoding: random(2 + Int(generator.next() % 2)), as: UTF8.self)] : [])
        }
        let text = random(Int(generator.next() % 40))
        let set = ByteNeedles(groups: groups)
        let (naive, firstStarts) = Self.naiveGroups(groups, in: text)
        #expect(text.withUnsafeBufferPointer { set.groups(in: $0) } == naive)
        #expect(text.withUnsafeBufferPointer { set.occurs(in: $0) } == (naive != 0))
        // The earliest start of a group found is at or before its first needle, by less than its longest needle.
        var earliest = [Int](repeating: -1, count: groups.count)
        #expect(text.withUnsafeBufferPointer { set.groups(in: $0, earliestStarts: &earliest) } == naive)
        for index in groups.indices where naive & (1 << UInt32(index)) != 0 {
            #expect(earliest[index] <= firstStarts[index], "seed \(seed), group \(index)")
            #expect(earliest[index] > firstStarts[index] - 3, "seed \(seed), group \(index)")
        }
        // Walking the anchors from every offset: each anchor stands at most `maximumOffset` after a needle's start,
        // and each needle (of any group) is anchored at or after its start by at most that much, so a walk from
        // offset `p` meets every needle starting at `p` or later.
        var allStarts: [Int] = []
        for (index, group) in groups.enumerated() where naive & (1 << UInt32(index)) != 0 {
            for (needle, wholeWord) in Self.needles(of: group) {
                allStarts += Self.naiveStarts(of: needle, in: text, caseless: group.caseless, wholeWord: wholeWord)
            }
        }
        text.withUnsafeBufferPointer { text in
            for from in 0...text.count {
                var anchors: [Int] = []
                var position = from
                while let anchor = set.firstAnchor(in: text, from: position) {
                    #expect(anchor >= position, "seed \(seed)")
                    anchors.append(anchor)
                    position = anchor + 1
                }
                for anchor in anchors {
                    #expect(allStarts.contains { $0 <= anchor && anchor - $0 <= set.maximumOffset }, "seed \(seed)")
                }
                for start in allStarts where start >= from {
                    #expect(anchors.contains { $0 >= start && $0 - start <= set.maximumOffset }, "seed \(seed)")
                }
            }
        }
    }

    /// Long needles (up to 20 characters: several eight-byte words) planted in random texts in either case, some at
    /// the very end, over an alphabet of letters and of characters whose bytes differ from them or from each other
    /// only in `0x20` (`@` and `` ` ``, `[` and `{`, `_` and DEL, `Ã` and `ã`): the groups found are the naive
    /// search's.
    @Test("long needles agree with a naive search", arguments: 0..<200)
    func longNeedlesAgreeWithNaiveSearch(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let alphabet = ["a", "b", "A", "B", "@", "`", "[", "{", "_", "\u{7F}", "Ã", "ã", "1", " "]
        func random(_ length: Int) -> String { Self.text(length, of: alphabet, &generator) }
        let groups = (0..<3).map { _ in
            ByteNeedles.Group(
                (0..<2).map { _ in random(2 + Int(generator.next() % 19)) },
                caseless: generator.next() % 2 == 0, wholeWords: generator.next() % 4 == 0)
        }
        var text = Array(random(Int(generator.next() % 50)).utf8)
        for _ in 0..<Int(generator.next() % 3) {
            let group = groups[Int(generator.next() % 3)]
            var needle = Array(group.needles[Int(generator.next() % 2)].utf8)
            for index in needle.indices where generator.next() % 2 == 0 && (needle[index] | 0x20) &- 0x61 < 26 {
                needle[index] ^= 0x20
            }
            let at = generator.next() % 3 == 0 ? text.count : Int(generator.next() % UInt64(text.count + 1))
            text.insert(contentsOf: needle, at: at)
        }
        let set = ByteNeedles(groups: groups)
        let (naive, _) = Self.naiveGroups(groups, in: text)
        #expect(text.withUnsafeBufferPointer { set.groups(in: $0) } == naive, "seed \(seed)")
    }

    /// Texts of up to 300 bytes, read sixty-four positions at a time (`redact_anchor_hits`), with needles planted
    /// across the blocks' edges (starting up to four bytes before or after a multiple of 64) and at the end: the
    /// groups found, and each group's earliest start, are the naive search's.
    @Test("needles across the filter's blocks agree with a naive search", arguments: 0..<150)
    func needlesAcrossBlocksAgreeWithNaiveSearch(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let alphabet = ["a", "e", "s", "t", "A", "S", " ", "-", "1", "é"]
        func random(_ length: Int) -> String { Self.text(length, of: alphabet, &generator) }
        let groups = (0..<4).map { _ in
            ByteNeedles.Group(
                (0..<3).map { _ in random(2 + Int(generator.next() % 6)) },
                caseless: generator.next() % 2 == 0, wholeWords: generator.next() % 4 == 0)
        }
        var text = Array(random(60 + Int(generator.next() % 240)).utf8)
        for _ in 0..<Int(1 + generator.next() % 3) {
            let needle = Array(groups[Int(generator.next() % 4)].needles[Int(generator.next() % 3)].utf8)
            let edge = 64 * Int(1 + generator.next() % 4) + Int(generator.next() % 9) - 4
            let at = generator.next() % 4 == 0 ? text.count : min(edge, text.count)
            text.insert(contentsOf: needle, at: at)
        }
        let set = ByteNeedles(groups: groups)
        let (naive, firstStarts) = Self.naiveGroups(groups, in: text)
        var earliest = [Int](repeating: -1, count: groups.count)
        #expect(text.withUnsafeBufferPointer { set.groups(in: $0, earliestStarts: &earliest) } == naive, "seed \(seed)")
        for index in groups.indices where naive & (1 << UInt32(index)) != 0 {
            #expect(earliest[index] <= firstStarts[index], "seed \(seed), group \(index)")
        }
    }

    /// `length` characters of `alphabet`, drawn by `generator`.
    private static func text(_ length: Int, of alphabet: [String], _ generator: inout SeededGenerator) -> String {
        (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
    }

    /// The groups of `groups` some needle of which occurs in `text`, searched position by position, and each
    /// group's first start (`Int.max` when absent).
    private static func naiveGroups(_ groups: [ByteNeedles.Group], in text: [UInt8]) -> (UInt32, [Int]) {
        var found: UInt32 = 0
        var firstStarts = [Int](repeating: .max, count: groups.count)
        for (index, group) in groups.enumerated() {
            for (needle, wholeWord) in needles(of: group) {
                let starts = naiveStarts(of: needle, in: text, caseless: group.caseless, wholeWord: wholeWord)
                if let first = starts.first {
                    found |= 1 << UInt32(index)
                    firstStarts[index] = min(firstStarts[index], first)
                }
            }
        }
        return (found, firstStarts)
    }

    /// A group's needles, each with whether it must stand as a whole word.
    private static func needles(of group: ByteNeedles.Group) -> [(bytes: [UInt8], wholeWord: Bool)] {
        group.needles.map { (Array($0.utf8), group.wholeWords) } + group.partialNeedles.map { (Array($0.utf8), false) }
    }

    /// Every start of `needle` in `text`, compared byte by byte (ASCII letters folded when `caseless`), as a whole
    /// word when `wholeWord` (no letter or digit before it; no letter after it when it ends with a letter).
    private static func naiveStarts(of needle: [UInt8], in text: [UInt8], caseless: Bool, wholeWord: Bool) -> [Int] {
        guard !needle.isEmpty, needle.count <= text.count else { return [] }
        func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
        func fold(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
        func standsAlone(_ start: Int) -> Bool {
            let end = start + needle.count
            return (start == 0 || !(isLetter(text[start - 1]) || (0x30...0x39).contains(text[start - 1])))
                && (end == text.count || !isLetter(text[end]) || !isLetter(needle.last!))
        }
        return (0...(text.count - needle.count)).filter { start in
            needle.indices.allSatisfy { offset in
                caseless ? fold(text[start + offset]) == fold(needle[offset]) : text[start + offset] == needle[offset]
            } && (!wholeWord || standsAlone(start))
        }
    }
}
