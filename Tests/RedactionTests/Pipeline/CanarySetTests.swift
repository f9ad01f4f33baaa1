import Redaction
import Testing

@Suite("Canary set")
struct CanarySetTests {
    private func occurs(_ set: CanarySet, _ text: String) -> Bool {
        Array(text.utf8).withUnsafeBufferPointer { set.occurs(in: $0) }
    }

    @Test func findsAnyCanaryAnywhere() {
        let set = CanarySet(["he", "she", "his", "hers"])
        #expect(set.count == 4)
        #expect(occurs(set, "ushers"))
        #expect(occurs(set, "this"))
        #expect(occurs(set, "xxhe"))
        #expect(!occurs(set, "hi s"))
        #expect(!occurs(set, ""))
    }

    /// A canary found only through a failure link (the automaton must not miss suffixes).
    @Test func findsCanariesInsideFailedPrefixes() {
        let set = CanarySet(["abcd", "bc"])
        #expect(occurs(set, "abce"))
        #expect(!occurs(set, "abd"))
    }

    @Test func isByteExact() {
        let set = CanarySet([[0x00, 0xFF], Array("Jane".utf8)])
        #expect([UInt8]([1, 0x00, 0xFF, 2]).withUnsafeBufferPointer { set.occurs(in: $0) })
        #expect(!occurs(set, "jane"))
        #expect(occurs(set, "Jane"))
    }

    @Test func ignoresEmptyAndDuplicateValues() {
        let set = CanarySet(["", "x", "x"])
        #expect(set.count == 1)
        #expect(!occurs(CanarySet([String]()), "anything"))
    }

    /// Agrees with a naive substring search on random inputs.
    @Test(arguments: 0..<50) func agreesWithNaiveSearch(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        func word() -> [UInt8] { (0..<Int(generator.next() % 4 + 1)).map { _ in UInt8(97 + generator.next() % 3) } }
        let canaries = (0..<Int(generator.next() % 6 + 1)).map { _ in word() }
        let text = (0..<40).map { _ in UInt8(97 + generator.next() % 3) }
        let set = CanarySet(canaries)
        let naive = canaries.contains { canary in
            text.indices.contains { start in text[start...].starts(with: canary) }
        }
        #expect(text.withUnsafeBufferPointer { set.occurs(in: $0) } == naive)
    }
}
