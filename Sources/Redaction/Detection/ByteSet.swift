/// A set of byte values, a bit each: membership is one shift and mask, with no table to load.
struct ByteSet: Sendable {
    private let words: (UInt64, UInt64, UInt64, UInt64)

    /// The set of `bytes`.
    init(_ bytes: some Sequence<UInt8>) {
        var words: [UInt64] = [0, 0, 0, 0]
        for value in bytes { words[Int(value >> 6)] |= 1 << UInt64(value & 63) }
        self.words = (words[0], words[1], words[2], words[3])
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
