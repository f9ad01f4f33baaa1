/// The generator's only source of randomness: xoshiro256** (Blackman & Vigna, 2018) seeded through SplitMix64.
///
/// Written out here rather than taken from the standard library so that a seed produces the same stream on every
/// machine, operating system and Swift version: `SystemRandomNumberGenerator` is not seedable, and the standard
/// library's `random(in:using:)`, `shuffled(using:)` and `randomElement(using:)` do not promise a stable algorithm.
/// Every draw in this module goes through the methods below.
struct SeededRandom {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// Expands `seed` into the 256-bit state with SplitMix64, as the xoshiro authors recommend (never all zero).
    init(seed: UInt64) {
        var mixer = SplitMix64(state: seed)
        s0 = mixer.next()
        s1 = mixer.next()
        s2 = mixer.next()
        s3 = mixer.next()
    }

    /// Starts from an explicit state (for checking against the reference implementation's test vectors).
    init(state: (UInt64, UInt64, UInt64, UInt64)) {
        (s0, s1, s2, s3) = state
    }

    /// The next 64 random bits (xoshiro256** reference algorithm).
    @inline(__always)
    mutating func next() -> UInt64 {
        let result = rotateLeft(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotateLeft(s3, 45)
        return result
    }

    /// A number in `0..<bound` by Lemire's multiply-high reduction (bias below 2⁻⁵⁰ for our bounds; no rejection
    /// loop, so every call consumes exactly one draw).
    @inline(__always)
    mutating func below(_ bound: Int) -> Int {
        Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(truncatingIfNeeded: bound)).high)
    }

    /// A number in `range` (inclusive).
    @inline(__always)
    mutating func within(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// `true` with probability `probability` (53-bit uniform double compared exactly; deterministic in IEEE 754).
    @inline(__always)
    mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) * 0x1.0p-53 < probability
    }

    /// A uniformly chosen element of a non-empty array.
    @inline(__always)
    mutating func pick<Element>(_ items: [Element]) -> Element {
        items[below(items.count)]
    }

    /// An index chosen with probability proportional to `weights[index]` (weights ≥ 0, sum > 0).
    mutating func weighted(_ weights: [Int]) -> Int {
        var total = 0
        for weight in weights { total += weight }
        var roll = below(total)
        for (index, weight) in weights.enumerated() {
            if roll < weight { return index }
            roll -= weight
        }
        return weights.count - 1
    }

    @inline(__always)
    private func rotateLeft(_ value: UInt64, _ count: UInt64) -> UInt64 {
        (value << count) | (value >> (64 - count))
    }
}

/// SplitMix64 (Steele, Lea & Flood, 2014), used only to expand a 64-bit seed into xoshiro's state.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
