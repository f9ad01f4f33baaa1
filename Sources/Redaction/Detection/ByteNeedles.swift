/// A few byte strings, any of which is looked for in a text in one pass: a cheap gate before a pattern or a scan that
/// needs one of them (`様`, `さん`, `区` …).
///
/// A table of the needles' first bytes rejects every other position with one load; only at a possible first byte
/// are the needles starting with it compared. Texts without such bytes (most of them) cost one table test per byte,
/// whatever the number of needles.
struct ByteNeedles: Sendable {
    /// The needles grouped by first byte (empty needles are ignored).
    private let byFirstByte: [[[UInt8]]]
    /// Whether some needle starts with the byte.
    private let isFirstByte: [Bool]

    /// A set of needles.
    init<Needles: Sequence<String>>(_ needles: Needles) {
        var groups = [[[UInt8]]](repeating: [], count: 256)
        for needle in needles where !needle.isEmpty {
            let bytes = Array(needle.utf8)
            groups[Int(bytes[0])].append(bytes)
        }
        byFirstByte = groups
        isFirstByte = groups.map { !$0.isEmpty }
    }

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
                        while offset < needle.count, text[index + offset] == needle[offset] { offset += 1 }
                        if offset == needle.count { return true }
                    }
                }
                index += 1
            }
            return false
        }
    }
}
