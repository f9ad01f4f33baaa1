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

    @Test func emptyNeedlesAndSetsFindNothing() {
        #expect(!occurs(ByteNeedles([]), "anything"))
        #expect(!occurs(ByteNeedles([""]), "anything"))
    }

    @Test("agrees with a naive search", arguments: 0..<50)
    func agreesWithNaiveSearch(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let alphabet: [UInt8] = [0x61, 0x62, 0xE3, 0x81, 0x82]
        func random(_ length: Int) -> [UInt8] {
            (0..<length).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }
        }
        let needles = (0..<3).map { _ in random(1 + Int(generator.next() % 3)) }
        let text = random(Int(generator.next() % 40))
        let set = ByteNeedles(needles.map { String(decoding: $0, as: UTF8.self) })
        // Needles built from invalid UTF-8 are repaired by String; compare against what the set holds.
        let held = needles.map { Array(String(decoding: $0, as: UTF8.self).utf8) }
        let naive = held.contains { needle in
            !needle.isEmpty && needle.count <= text.count
                && (0...(text.count - needle.count)).contains { Array(text[$0..<($0 + needle.count)]) == needle }
        }
        #expect(text.withUnsafeBufferPointer { set.occurs(in: $0) } == naive)
    }
}
