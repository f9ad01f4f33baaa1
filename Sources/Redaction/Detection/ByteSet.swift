/// A set of byte values, a bit each: membership is one shift and mask, with no table to load.
struct ByteSet: Sendable {
    private var words: (UInt64, UInt64, UInt64, UInt64)

    /// The empty set.
    init() { words = (0, 0, 0, 0) }

    /// The set of `bytes`.
    init(_ bytes: some Sequence<UInt8>) {
        self.init()
        for value in bytes { insert(value) }
    }

    /// Adds `value` to the set.
    mutating func insert(_ value: UInt8) {
        let bit: UInt64 = 1 << UInt64(value & 63)
        switch value >> 6 {
        case 0: words.0 |= bit
        case 1: words.1 |= bit
        case 2: words.2 |= bit
        default: words.3 |= bit
        }
    }

    /// Whether `value` is in the set.
    @inline(__always)
    func contains(_ value: UInt8) -> Bool {
        let word: UInt64
        switch value >> 6 {
        case 0: word = words.0
        case 1: word = words.1
        case 2: word = words.2
        default: word = words.3
        }
        return word & (1 << UInt64(value & 63)) != 0
    }
}
