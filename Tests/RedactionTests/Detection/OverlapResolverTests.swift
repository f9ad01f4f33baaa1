import Testing

@testable import Redaction

@Suite("Overlap resolution")
struct OverlapResolverTests {
    private func finding(_ range: Range<Int>, _ confidence: Double, _ id: String = "d") -> Finding {
        Finding(kind: EntityKind(rawValue: id.uppercased()), range: range, detectorID: DetectorID(rawValue: id),
                confidence: confidence)
    }

    private func resolve(_ findings: [Finding]) -> [Finding] {
        var candidates = findings
        var scratch = OverlapResolver.Scratch()
        OverlapResolver.resolve(&candidates, scratch: &scratch)
        return candidates
    }

    /// One scratch serves resolution after resolution (a worker's): nothing of one is left in the next, whatever
    /// their sizes.
    @Test func reusedScratchKeepsNothing() {
        let sets = [
            [finding(0..<10, 0.6, "a"), finding(5..<8, 0.9, "b"), finding(20..<30, 0.7, "c")],
            [finding(2..<5, 0.8, "a"), finding(0..<10, 0.8, "a")],
            [finding(40..<44, 0.5, "d"), finding(0..<4, 0.8, "e"), finding(10..<14, 0.8, "f"), finding(3..<6, 0.9, "e")],
            [finding(1..<2, 0.5, "g"), finding(1..<2, 0.5, "h")],
        ]
        var scratch = OverlapResolver.Scratch()
        for round in 0..<3 {
            for (number, set) in sets.enumerated() {
                var candidates = set
                OverlapResolver.resolve(&candidates, scratch: &scratch)
                #expect(candidates == resolve(set), "set \(number), round \(round)")
            }
        }
    }

    @Test func higherConfidenceWins() {
        let result = resolve([finding(0..<10, 0.6, "a"), finding(5..<8, 0.9, "b")])
        #expect(result.map(\.detectorID.rawValue) == ["b"])
    }

    @Test func longerWinsAtEqualConfidence() {
        let result = resolve([finding(2..<5, 0.8, "a"), finding(0..<10, 0.8, "b")])
        #expect(result.map(\.range) == [0..<10])
    }

    @Test func earlierDetectorWinsExactTies() {
        let result = resolve([finding(0..<4, 0.8, "first"), finding(0..<4, 0.8, "second")])
        #expect(result.map(\.detectorID.rawValue) == ["first"])
    }

    @Test func sameKindOverlapsAreMergedNotDropped() {
        // A strong short e-mail finding and a weaker longer one of the same kind: the union is redacted.
        let strong = finding(10..<30, 0.95, "email")
        let weak = Finding(kind: strong.kind, range: 5..<33, detectorID: DetectorID(rawValue: "email.obfuscated"),
                           confidence: 0.85)
        let result = resolve([strong, weak])
        #expect(result.map(\.range) == [5..<33])
        #expect(result.first?.detectorID.rawValue == "email" && result.first?.confidence == 0.95)
    }

    @Test func mergeSpansSeveralAcceptedFindings() {
        let a = finding(0..<5, 0.9, "x"), b = finding(8..<12, 0.9, "x")
        let bridge = finding(3..<10, 0.5, "x")
        #expect(resolve([a, b, bridge]).map(\.range) == [0..<12])
    }

    @Test func otherKindOverlapIsDropped() {
        #expect(resolve([finding(0..<10, 0.9, "a"), finding(5..<20, 0.5, "b")]).map(\.range) == [0..<10])
    }

    @Test func adjacentFindingsBothSurviveSorted() {
        let result = resolve([finding(10..<20, 0.5), finding(0..<10, 0.5), finding(20..<21, 0.9)])
        #expect(result.map(\.range) == [0..<10, 10..<20, 20..<21])
    }

    @Test("one finding per byte, deterministic under permutation", arguments: 0..<50)
    func propertyNoOverlapAndOrderIndependent(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let findings = (0..<40).map { index -> Finding in
            let start = Int(generator.next() % 200)
            let length = 1 + Int(generator.next() % 15)
            return finding(start..<(start + length), Double(generator.next() % 4) / 4 + 0.1, "d\(index)")
        }
        let result = resolve(findings)
        for (left, right) in zip(result, result.dropFirst()) { #expect(left.range.upperBound <= right.range.lowerBound) }
        // Every dropped candidate overlaps an accepted one that is at least as strong.
        for candidate in findings where !result.contains(candidate) {
            #expect(result.contains { $0.range.overlaps(candidate.range) && $0.confidence >= candidate.confidence })
        }
        #expect(resolve(findings.reversed()).map(\.range) == result.map(\.range) || hasExactTies(findings))
    }

    private func hasExactTies(_ findings: [Finding]) -> Bool {
        Set(findings.map { "\($0.range)-\($0.confidence)" }).count != findings.count
    }
}

/// SplitMix64: a tiny deterministic generator for property tests.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
