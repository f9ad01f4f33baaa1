/// A few byte strings, any of which is looked for in a text in one pass: a cheap gate before a pattern or a scan that
/// needs one of them (`様`, `さん`, `区` …), optionally ignoring the case of ASCII letters.
///
/// A table of the needles' first bytes rejects every other position with one load; only at a possible first byte
/// are the needles starting with it compared. Texts without such bytes (most of them) cost one table test per byte,
/// whatever the number of needles.
struct ByteNeedles: Sendable {
    /// The needles grouped by first byte (empty needles are ignored).
    private let byFirstByte: [[[UInt8]]]
    /// Whether some needle starts with the byte.
    private let isFirstByte: [Bool]
    /// Whether ASCII letters match in either case.
    private let caseless: Bool

    /// A set of needles; with `caseless`, ASCII letters match in either case (needles are then folded to lower case).
    init<Needles: Sequence<String>>(_ needles: Needles, caseless: Bool = false) {
        var groups = [[[UInt8]]](repeating: [], count: 256)
        for needle in needles where !needle.isEmpty {
            let bytes = needle.utf8.map { caseless ? Self.folded($0) : $0 }
            groups[Int(bytes[0])].append(bytes)
            if caseless, bytes[0] >= 0x61, bytes[0] <= 0x7A { groups[Int(bytes[0] - 0x20)].append(bytes) }
        }
        byFirstByte = groups
        isFirstByte = groups.map { !$0.isEmpty }
        self.caseless = caseless
    }

    @inline(__always)
    private static func folded(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }

    /// Whether any needle occurs in `text`.
    func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = text.count
        return isFirstByte.withUnsafeBufferPointer { isFirst in
            var index = 0
            while index < count {
                let byte = text[index]
                if isFirst[Int(byte)] {
                    for needle in byFirstByte[Int(byte)] where needle.count <= count - index {
                        var offset = 1
                        while offset < needle.count,
                            (caseless ? Self.folded(text[index + offset]) : text[index + offset]) == needle[offset]
                        {
                            offset += 1
                        }
                        if offset == needle.count { return true }
                    }
                }
                index += 1
            }
            return false
        }
    }
}
