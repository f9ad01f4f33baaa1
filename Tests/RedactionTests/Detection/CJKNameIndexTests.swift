@testable import Redaction
import Testing

@Suite("CJK name index")
struct CJKNameIndexTests {
    private func matches(_ index: CJKNameIndex, _ text: [UInt8]) -> [Range<Int>] {
        var found: [Range<Int>] = []
        text.withUnsafeBufferPointer { index.forEachMatch(in: $0) { found.append($0) } }
        return found
    }

    private func matches(_ index: CJKNameIndex, _ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return matches(index, bytes).map { String(decoding: bytes[$0], as: UTF8.self) }
    }

    @Test func leftmostLongestWithoutOverlap() {
        let index = CJKNameIndex(["札幌", "横浜", "横浜市", "北九州", "九州", "Tokyo", "東"])
        #expect(matches(index, "札幌と横浜市と北九州から") == ["札幌", "横浜市", "北九州"])
        #expect(matches(index, "九州の横浜") == ["九州", "横浜"])
        #expect(matches(index, "Tokyo 東 札") == [])  // Latin names and single characters are not indexed
        #expect(matches(index, "横") == [])
    }

    /// Random names of two to four characters over a few kanji (so that names share first characters and first
    /// pairs) in random texts of those kanji, ASCII and kana: the matches are those of trying every name at every
    /// character, leftmost and longest first, going on after each match.
    @Test("agrees with trying every name", arguments: 0..<100)
    func agreesWithTryingEveryName(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let kanji = ["東", "京", "大", "阪", "山", "川"]
        func pick(_ items: [String]) -> String { items[Int(generator.next() % UInt64(items.count))] }
        let names = (0..<Int(1 + generator.next() % 12)).map { _ in
            (0..<(2 + Int(generator.next() % 3))).map { _ in pick(kanji) }.joined()
        }
        let index = CJKNameIndex(names)
        let text = Array((0..<Int(generator.next() % 30)).map { _ in pick(kanji + ["a", " ", "の"]) }.joined().utf8)
        let nameBytes = Set(names.map { Array($0.utf8) })
        var naive: [Range<Int>] = []
        var position = 0
        while position < text.count {
            let longest = nameBytes.filter { name in
                position + name.count <= text.count && Array(text[position..<(position + name.count)]) == name
            }.map(\.count).max()
            if let longest {
                naive.append(position..<(position + longest))
                position += longest
            } else {
                position += 1
            }
        }
        #expect(matches(index, text) == naive, "seed \(seed)")
    }
}
