/// Text copied out of JSON, logs and CSV often spells line breaks and tabs as the escapes `\n`, `\r` and `\t`. Read
/// literally, `Miller\n503.555.0148` glues the letter `n` to the phone number and hides it from every detector that
/// wants a word boundary. Detection therefore runs on a same-length copy in which each such escape is replaced by a
/// space and the whitespace byte it stands for (`\n` → ` ` + LF), so offsets map one to one onto the original.
/// Escapes are read left to right, so `\\n` (an escaped backslash, then `n`) is left alone.
enum EscapedWhitespace {
    /// Copies `text` into `normalized` with escaped whitespace replaced; returns whether anything was replaced.
    static func normalize(_ text: UnsafeBufferPointer<UInt8>, into normalized: inout [UInt8]) -> Bool {
        normalized.removeAll(keepingCapacity: true)
        normalized.append(contentsOf: text)
        var replaced = false
        var index = 0
        let count = normalized.count
        normalized.withUnsafeMutableBufferPointer { bytes in
            while index + 1 < count {
                guard bytes[index] == UInt8(ascii: "\\") else {
                    index += 1
                    continue
                }
                let whitespace: UInt8? =
                    switch bytes[index + 1] {
                    case UInt8(ascii: "n"): 0x0A
                    case UInt8(ascii: "r"): 0x0D
                    case UInt8(ascii: "t"): 0x09
                    default: nil
                    }
                if let whitespace {
                    bytes[index] = UInt8(ascii: " ")
                    bytes[index + 1] = whitespace
                    replaced = true
                }
                index += 2
            }
        }
        return replaced
    }

    /// Keeps a finding from splitting an escape: a finding may not end on the first byte of a replaced escape or
    /// start on its second byte (either would tear `\n` apart in the output).
    static func adjust(_ range: Range<Int>, original: UnsafeBufferPointer<UInt8>, normalized: [UInt8]) -> Range<Int> {
        var lower = range.lowerBound, upper = range.upperBound
        while lower < upper, isEscapeTail(lower, original, normalized) { lower += 1 }
        while upper > lower, isEscapeHead(upper - 1, original, normalized) { upper -= 1 }
        return lower..<upper
    }

    private static func isEscapeHead(_ index: Int, _ original: UnsafeBufferPointer<UInt8>, _ normalized: [UInt8]) -> Bool {
        original[index] == UInt8(ascii: "\\") && normalized[index] == UInt8(ascii: " ")
    }

    private static func isEscapeTail(_ index: Int, _ original: UnsafeBufferPointer<UInt8>, _ normalized: [UInt8]) -> Bool {
        index > 0 && isEscapeHead(index - 1, original, normalized) && original[index] != normalized[index]
    }
}
